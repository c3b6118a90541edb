struct BodyAllCapsRule: Rule {
    static let minLetters = RuleParameter.integer(
        "min-letters", default: 4, help: "Shortest all-capitals word that counts as shouting.")

    static let description = RuleDescription(
        identifier: "body.all-caps", severity: .warning,
        summary: "A shouting word in the new text: 4+ letters in capitals, not an acronym, a link or a code.",
        guideline: .tone, usesLists: [.acronyms, .capitalAccents, .sentenceMarks, .hunspellDictionary, .hunspellVariants, .spellingWords],
        parameters: [Self.minLetters],
        triggering: [
            RuleExample.reply("en", body: "Your refund was issued ↓TODAY and will arrive ↓VERY soon."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε ↓ΣΗΜΕΡΑ και θα φτάσει σύντομα."),
            // 'Σημαντικό', capitalised after the Greek question mark ';'.
            RuleExample.reply("el", body: "Πότε θα φτάσει η επιστροφή; ↓ΣΗΜΑΝΤΙΚΟ είναι να κρατήσετε την απόδειξη."),
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
        var spelling: CaseSpelling?
        return draft.words.compactMap { word in
            let text = word.text
            guard Capitals.isShouting(text, minLetters: minLetters, acronyms: acronyms),
                  text.allSatisfy({ $0.isLetter }),
                  !draft.links.contains(where: { $0.line.index == word.line.index && $0.range.overlaps(word.range) })
            else { return nil }
            let speller = spelling ?? CaseSpelling(draft)
            spelling = speller
            let first = speller.startsSentence(word.line.full, before: word.range.lowerBound,
                                               atStart: Self.lineStartsSentence(word.line, draft, speller))
            let calmed = speller.calmed(text, capitalised: first)
            guard case let .one(calm) = calmed else {
                return Finding("'\(text)' in capitals reads as shouting; \(SubjectAllCapsRule.advice(calmed))",
                               at: word.line.location(word.range), excerpt: String(text))
            }
            return Finding("'\(text)' in capitals reads as shouting; write '\(calm)'",
                           at: word.line.location(word.range), excerpt: String(text), suggestion: calm)
        }
    }

    /// Whether a line of the new text starts a sentence: the first, one after a blank line or
    /// the greeting, or one after a line that ends with a sentence mark.
    static func lineStartsSentence(_ line: TextLine, _ draft: Draft, _ spelling: CaseSpelling) -> Bool {
        guard let position = draft.newText.firstIndex(where: { $0.index == line.index }), position > 0 else { return true }
        let previous = draft.newText[position - 1]
        if previous.isBlank || draft.greeting?.line.index == previous.index { return true }
        guard let last = previous.text.last(where: { !$0.isWhitespace }) else { return true }
        return spelling.sentenceMarks.contains(last)
    }
}
