struct BodySpellingRule: Rule {
    static let description = RuleDescription(
        identifier: "body.spelling", severity: .warning,
        summary: "A word of the new text that the language's Hunspell dictionary does not know; names, addresses, links, codes, acronyms and the config's spelling-words are left alone.",
        guideline: .proofread, usesLists: [.hunspellDictionary, .spellingWords, .spellingPrefixes, .spellingSuffixes, .acronyms, .nameEndings, .stopwords],
        triggering: [
            RuleExample.reply("en", body: "We will ↓recieve the parcel tomorrow and refund you ↓imediately."),
            RuleExample.reply("el", body: "Η επιστροφή των χρημάτων ↓εγινε σήμερα."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată ↓astazi."),
            RuleExample.reply("et", body: "Tagastasime raha täna ja see ↓jouab peagi."),
            RuleExample.reply("id", body: "Dana Anda ↓sudha kami kembalikan hari ini."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "Anna, your order A-1042 (tracking 58217, ref 3308) ships from Jo at shop.example; see https://example.com/helpp/refundz or write to anna@example.com about the IBAN."),
            RuleExample.reply("el", body: "Κύριε Παπαδόπουλε, η παραγγελία A-1042 στάλθηκε· δείτε https://example.gr/epistrofi και τον ΑΦΜ σας."),
            RuleExample.reply("ro", body: "Domnule Popescu, comanda A-1042 a fost expediată; detalii la https://example.ro/retur și la ion@example.ro."),
            RuleExample.reply("et", body: "Mari, tellimus A-1042 on teel; vaata https://example.ee/tagastus ja KMKR andmeid."),
            RuleExample.reply("id", body: "Pak Budi, pesanan A-1042 sudah diproses dan transaksinya selesai; lihat https://example.co.id/retur dan NPWP Anda."),
        ]
    )

    /// Distinct wrong words per draft that get suggestions; the rest are reported without.
    static let maxSuggestedWords = 10
    /// Longer "words" (UTF-8 bytes: 60 Latin or 30 Greek letters) are pasted codes or hashes,
    /// not prose; Hunspell itself stops at 100 bytes.
    static let maxLength = 60

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard !draft.words.isEmpty, let name = draft.language.scalar(.hunspellDictionary) else { return [] }
        let checker: SpellChecker
        switch DictionaryShelf.shared.checker(name) {
        case let .found(found):
            checker = found
        case let .missing(folders):
            return [Finding("no Hunspell dictionary for '\(draft.language.code)' (looked in \(folders.joined(separator: ", ")) for \(name).dic); spelling not checked",
                            at: .message, severity: .info)]
        }
        let vocabulary = Vocabulary(checker, language: draft.language)
        // A word repeats within a reply; ask the shared cache once per draft.
        var verdicts: [WordKey: Bool] = [:]
        var exemptions: SpellingExemptions?
        var suggested = Set<WordKey>()
        var findings: [Finding] = []
        for (index, word) in draft.words.enumerated() where SpellingExemptions.isCandidate(word.text, maxLength: Self.maxLength) {
            let text = word.text
            let key = WordKey(String(text))
            if verdicts[key] == nil { verdicts[key] = vocabulary.knows(key.text) }
            guard verdicts[key] == false else { continue }
            // Names, links and codes matter only for the few words the dictionary rejects.
            var exempt = exemptions ?? SpellingExemptions(draft)
            defer { exemptions = exempt }
            guard !exempt.skips(index, of: draft.words) else { continue }
            // Hunspell takes milliseconds per suggestion list; a draft of pasted gibberish must not take minutes.
            let suggestions = suggested.count < Self.maxSuggestedWords || suggested.contains(key)
                ? checker.suggestions(for: key.text) : []
            suggested.insert(key)
            findings.append(Finding(Self.message(text, dictionary: name, suggestions: suggestions),
                                    at: word.line.location(word.range), excerpt: String(text), suggestion: suggestions.first))
        }
        return findings
    }

    static func message(_ word: Substring, dictionary: String, suggestions: [String]) -> String {
        let quoted = suggestions.map { "'\($0)'" }
        let alternatives = quoted.count <= 1 ? quoted.joined() : quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
        return "'\(word)' is not in the \(dictionary) dictionary" + (suggestions.isEmpty ? "" : "; did you mean \(alternatives)?")
    }
}
