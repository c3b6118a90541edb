struct SubjectPunctuationRule: Rule {
    static let description = RuleDescription(
        identifier: "subject.punctuation", severity: .warning,
        summary: "The subject has more than one \"!\" or a run like \"!!\", \"?!\", \"??\".",
        guideline: .subjectLine,
        triggering: [
            RuleExample.reply("en", subject: "Your refund is on its way↓!!"),
            RuleExample.reply("en", subject: "Good news! Your refund is on its way↓!"),
            RuleExample.reply("el", subject: "Η επιστροφή σας εγκρίθηκε↓?!"),
            RuleExample.reply("ro", subject: "Rambursarea a fost aprobată↓!!!"),
            RuleExample.reply("et", subject: "Kas pakk jõudis kohale↓??"),
            RuleExample.reply("id", subject: "Dana Anda sudah dikembalikan↓!!"),
        ],
        nonTriggering: [
            RuleExample.reply("en", subject: "Your refund is on its way!"),
            RuleExample.reply("el", subject: "Η επιστροφή σας εγκρίθηκε"),
            RuleExample.reply("ro", subject: "Rambursarea a fost aprobată!"),
            RuleExample.reply("et", subject: "Kas pakk jõudis kohale?"),
            RuleExample.reply("id", subject: "Dana Anda sudah dikembalikan"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let field = draft.message.subject else { return [] }
        let characters = Array(field.value)
        var findings: [Finding] = []
        var index = 0
        var exclamations = 0
        while index < characters.count {
            guard characters[index] == "!" || characters[index] == "?" else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end] == "!" || characters[end] == "?" { end += 1 }
            let run = String(characters[index..<end])
            exclamations += run.filter { $0 == "!" }.count
            if run.count > 1 {
                let one = run.containsBytes("!") && !run.containsBytes("?") ? "!" : "?"
                findings.append(Finding("subject has '\(run)'; one mark is enough", at: .header(field, start: index, end: end),
                                        excerpt: run, suggestion: one, safeFix: true))
            } else if run == "!", exclamations > 1 {
                findings.append(Finding("subject has \(exclamations) exclamation marks; keep at most one",
                                        at: .header(field, start: index, end: end), excerpt: run, suggestion: ""))
            }
            index = end
        }
        return findings
    }
}
