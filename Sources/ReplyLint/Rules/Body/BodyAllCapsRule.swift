struct BodyAllCapsRule: Rule {
    static let minLetters = RuleParameter.integer(
        "min-letters", default: 4, help: "Shortest all-capitals word that counts as shouting.")

    static let description = RuleDescription(
        identifier: "body.all-caps", severity: .warning,
        summary: "A shouting word in the new text: 4+ letters in capitals, not an acronym, a link or a code.",
        guideline: .tone, usesLists: [.acronyms],
        parameters: [Self.minLetters],
        triggering: [
            RuleExample.reply("en", body: "Your refund was issued ↓TODAY and will arrive ↓VERY soon."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε ↓ΣΗΜΕΡΑ και θα φτάσει σύντομα."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată ↓ASTĂZI și ajunge în curând."),
            RuleExample.reply("et", body: "Tagastasime raha ↓TÄNA ja see jõuab peagi."),
            RuleExample.reply("id", body: "Dana Anda sudah kami kembalikan ↓HARI INI."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "Your IBAN and the FAQ are at https://example.com/HELP/REFUNDS. Code: AB12CD, ref A-1042."),
            RuleExample.reply("el", body: "Ο ΑΦΜ και ο ΦΠΑ της παραγγελίας A-1042 είναι σωστοί."),
            RuleExample.reply("ro", body: "CNP-ul și TVA-ul sunt corecte pentru comanda A-1042."),
            RuleExample.reply("et", body: "KMKR number ja arve on korras."),
            RuleExample.reply("id", body: "NPWP dan faktur PPN sudah benar."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let acronyms = draft.language.set(.acronyms)
        let minLetters = context.int(Self.minLetters)
        return draft.words.compactMap { word in
            let text = word.text
            guard Capitals.isShouting(text, minLetters: minLetters, acronyms: acronyms),
                  text.allSatisfy({ $0.isLetter }),
                  !draft.links.contains(where: { $0.line.index == word.line.index && $0.range.overlaps(word.range) })
            else { return nil }
            let calm = Capitals.calmed(text, capitalised: false)
            return Finding("'\(text)' in capitals reads as shouting; write '\(calm)'",
                           at: word.line.location(word.range), excerpt: String(text), suggestion: calm)
        }
    }
}
