struct ClosingSignOffMissingRule: Rule {
    static let description = RuleDescription(
        identifier: "closing.signoff-missing", severity: .warning,
        summary: "No sign-off phrase (\"Best regards\", \"Με εκτίμηση\", \"Cu stimă\") before the signature.",
        guideline: .closePolitely, usesLists: [.signOffs, .signOffMark, .signOffForms, .greetings, .formalWords],
        triggering: [
            RuleExample.reply("en", closing: "↓Jo Baker\nSupport Specialist").suggesting("Best regards,"),
            RuleExample.reply("el", closing: "↓Μαρία Γεωργίου").suggesting("Με εκτίμηση,"),
            RuleExample.reply("ro", closing: "↓Ana Ionescu").suggesting("Cu stimă,"),
            // Estonian writes no comma after a sign-off.
            RuleExample.reply("et", greeting: "Lugupeetud härra Tamm", closing: "↓Kati Kask").suggesting("Lugupidamisega"),
            RuleExample.reply("id", closing: "↓Dewi Lestari").suggesting("Salam,"),
            // The suggestion keeps the draft's register, as the greeting suggestion does.
            RuleExample.reply("en", greeting: "Hi Anna,", closing: "↓Jo Baker").suggesting("Best wishes,"),
            RuleExample.reply("el", greeting: "Γεια σου Άννα,", closing: "↓Κώστας Μελετίου").suggesting("Φιλικά,"),
            RuleExample.reply("ro", greeting: "Salut, Irina,", closing: "↓Cosmin Marin").suggesting("Numai bine,"),
            RuleExample.reply("et", closing: "↓Kati Kask").suggesting("Parimate soovidega"),
            RuleExample.reply("id", greeting: "Yth. Bapak Budi,", closing: "↓Dewi Lestari").suggesting("Hormat kami,"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", closing: "Kind regards, Jo"),
            RuleExample.reply("en", closing: "Thanks,\nJo\n-- \nJo Baker | Example Shop"),
            RuleExample.reply("el", closing: "Φιλικά,\nΜαρία"),
            RuleExample.reply("ro", closing: "Toate cele bune,\nAna"),
            RuleExample.reply("et", closing: "Parimate soovidega\nKati"),
            // Informal sign-offs agents write.
            RuleExample.reply("el", greeting: "Γεια σου Άννα,", closing: "Τα λέμε,\nΚώστας"),
            RuleExample.reply("el", greeting: "Γεια σου Σοφία,", closing: "Καλή σου μέρα,\nΓιάννης"),
            RuleExample.reply("et", closing: "Kuulmiseni\nSiim"),
            RuleExample.reply("id", closing: "Hormat kami,\nDewi"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard draft.signOff == nil else { return [] }
        var lastParagraph: [TextLine] = []
        for line in draft.newText.reversed() {
            if line.isBlank {
                if lastParagraph.isEmpty { continue } else { break }
            }
            lastParagraph.insert(line, at: 0)
        }
        guard let last = lastParagraph.last else { return [] }
        // Point at the sender's name, the line a sign-off should precede, when it is there.
        let target: TextLine
        if let first = draft.signature.first {
            target = first
        } else if let first = lastParagraph.first, lastParagraph.count <= 5, Draft.looksLikeName(first.trimmed),
                  draft.paragraphs.count > 1 {
            target = first
        } else {
            target = last
        }
        // The draft's register picks the sign-off; most languages write a comma after it, Estonian none.
        let forms = draft.language.map(.signOffForms)[GreetingSuggestion(draft).register.rawValue] ?? []
        let signOff = forms.first ?? draft.language.writtenList(.signOffs).first ?? "Best regards"
        let example = signOff + (draft.language.scalar(.signOffMark) ?? ",")
        let text = target.trimmed
        return [Finding("no sign-off before the signature; end with one, e.g. '\(example)'",
                        at: target.location(text.startIndex..<text.endIndex), excerpt: String(text))]
    }
}
