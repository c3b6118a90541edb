struct BodyBareReferenceRule: Rule {
    static let description = RuleDescription(
        identifier: "body.bare-reference", severity: .warning,
        summary: "Mentions the website, help centre, FAQ, knowledge base or documentation with no URL in the new text.",
        guideline: .linkWhenLong, usesLists: [.websiteReferences],
        triggering: [
            RuleExample.reply("en", body: "You can change the address yourself on ↓our website."),
            RuleExample.reply("en", body: "The answer is in the ↓FAQ, and more in our ↓knowledge\nbase."),
            RuleExample.reply("el", body: "Θα βρείτε τις οδηγίες στις ↓συχνές ερωτήσεις."),
            RuleExample.reply("ro", body: "Găsiți instrucțiunile pe ↓site-ul nostru."),
            RuleExample.reply("et", body: "Juhised leiate meie ↓abikeskusest."),
            RuleExample.reply("id", body: "Panduannya ada di ↓pusat bantuan kami."),
            // Case endings, short forms and inserted words agents write.
            RuleExample.reply("et", body: "Vaadake ↓KKK-st, seal on kõik suurused."),
            RuleExample.reply("id", body: "Tabelnya bisa dilihat di ↓web kami atau di ↓website resmi kami."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "You can change the address on our website: https://shop.example/account"),
            RuleExample.reply("en", body: "Our size guide was wrong, and we have corrected it."),
            RuleExample.reply("el", body: "Οι οδηγίες είναι στο κέντρο βοήθειας: https://help.example.gr/odigies"),
            RuleExample.reply("ro", body: "Instrucțiunile sunt pe site-ul nostru, la www.example.ro/ajutor."),
            RuleExample.reply("et", body: "Juhised leiate meie abikeskusest: https://abi.example.ee/juhend"),
            RuleExample.reply("id", body: "Panduannya ada di pusat bantuan kami: https://bantuan.example.co.id/panduan"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard !draft.links.contains(where: { !$0.inSignature }) else { return [] }
        let references = draft.phraseMatcher(.websiteReferences)
        return draft.prose.flatMap { paragraph in
            references.matches(paragraph.words).map { match in
                let first = paragraph.words[match.lowerBound]
                let text = paragraph.text(match)
                return Finding("'\(text)' with no link; paste the exact URL of the page you mean",
                               at: paragraph.line(of: first).location(first.range), excerpt: text)
            }
        }
    }
}
