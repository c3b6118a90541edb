struct BodyExclamationRule: Rule {
    static let max = RuleParameter.integer(
        "max", default: 2, help: "Most single exclamation marks the new text may have.")

    static let description = RuleDescription(
        identifier: "body.exclamation", severity: .warning,
        summary: "\"!!\" anywhere in the new text, or more exclamation marks than allowed (two by default).",
        guideline: .tone,
        parameters: [Self.max],
        triggering: [
            RuleExample.reply("en", body: "Your refund was issued today↓!! It will arrive soon."),
            RuleExample.reply("en", body: "Great news! Your refund was issued! It arrives Friday↓!"),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα↓!!"),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată↓!!!"),
            RuleExample.reply("et", body: "Tagastasime raha täna↓!!"),
            RuleExample.reply("id", body: "Dana Anda sudah dikembalikan↓!!"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "Good news! Your refund was issued today!"),
            RuleExample.reply("el", body: "Καλά νέα! Η επιστροφή έγινε σήμερα."),
            RuleExample.reply("ro", body: "Vești bune! Rambursarea a fost efectuată."),
            RuleExample.reply("et", body: "Head uudised! Raha on tagastatud."),
            RuleExample.reply("id", body: "Kabar baik! Dana Anda sudah dikembalikan."),
            // The mark that ends a greeting or sign-off line is the language's convention, not tone.
            RuleExample.reply("et", greeting: "Tere, Kristiina!", body: "Aitäh, et küsisid! Jah, saadame üle Eesti.",
                              closing: "Ilusat päeva!\nRasmus Tamm"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        var count = 0
        let max = context.int(Self.max)
        // "Tere, Kristiina!", "Ilusat päeva!": a single mark ending the greeting or sign-off line.
        let conventional = Set([draft.greeting?.line.index, draft.signOff?.line.index].compactMap { $0 })
        for line in draft.newText {
            var index = line.text.startIndex
            while index < line.text.endIndex {
                guard line.text[index] == "!" else { index = line.text.index(after: index); continue }
                let run = line.text[index...].prefix { $0 == "!" }
                if run.count == 1, conventional.contains(line.index), line.text[run.endIndex...].allSatisfy(\.isWhitespace) {
                    index = run.endIndex
                    continue
                }
                count += run.count
                if run.count > 1 {
                    findings.append(Finding("'\(run)' reads as shouting; one '!' is enough",
                                            at: line.location(index..<run.endIndex), excerpt: String(run), suggestion: "!", safeFix: true))
                } else if count > max {
                    findings.append(Finding("\(count) exclamation marks in the reply; keep to \(max) at most",
                                            at: line.location(index..<run.endIndex), excerpt: "!", suggestion: "."))
                }
                index = run.endIndex
            }
        }
        return findings
    }
}
