struct BodySpellingRule: Rule {
    static let description = RuleDescription(
        identifier: "body.spelling", severity: .warning,
        summary: "A word of the new text that the language's Hunspell dictionary does not know; names, addresses, links, codes, acronyms and the config's spelling-words are left alone.",
        guideline: .proofread, usesLists: [.hunspellDictionary, .hunspellVariants, .spellingWords, .spellingPrefixes, .spellingSuffixes, .spellingEndings, .reduplication, .jargon, .slang, .acronyms, .nameEndings, .stopwords],
        triggering: [
            RuleExample.reply("en", body: "We will ↓recieve the parcel tomorrow and refund you ↓imediately."),
            RuleExample.reply("el", body: "Η επιστροφή των χρημάτων ↓εγινε σήμερα."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată ↓astazi."),
            RuleExample.reply("et", body: "Tagastasime raha täna ja see ↓jouab peagi."),
            RuleExample.reply("id", body: "Dana Anda ↓sudha kami kembalikan hari ini."),
            // A draft that names its region is held to that region's spelling.
            RuleExample.reply("en-US", body: "We have ↓cancelled the order and the refund leaves our distribution ↓centre today."),
            RuleExample.reply("en-GB", body: "Your favourite ↓color is back in stock."),
            // A hyphenated word the dictionary lacks: its unknown part is reported.
            RuleExample.reply("en", body: "Your pre-↓ordr ships on Monday."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "Anna, your order A-1042 (tracking 58217, ref 3308) ships from Jo at shop.example; see https://example.com/helpp/refundz or write to anna@example.com about the IBAN."),
            RuleExample.reply("el", body: "Κύριε Παπαδόπουλε, η παραγγελία A-1042 στάλθηκε· δείτε https://example.gr/epistrofi και τον ΑΦΜ σας."),
            RuleExample.reply("ro", body: "Domnule Popescu, comanda A-1042 a fost expediată; detalii la https://example.ro/retur și la ion@example.ro."),
            RuleExample.reply("et", body: "Mari, tellimus A-1042 on teel; vaata https://example.ee/tagastus ja KMKR andmeid."),
            RuleExample.reply("id", body: "Pak Budi, pesanan A-1042 sudah diproses dan transaksinya selesai; lihat https://example.co.id/retur dan NPWP Anda."),
            // British, American or either, as the draft's Content-Language says.
            RuleExample.reply("en-GB", body: "I have authorised the refund for your cancelled order, and the 2 litre kettle in the colour you chose leaves our centre today."),
            RuleExample.reply("en-US", body: "I have authorized the refund for your canceled order, and the kettle in the color you chose leaves our center today."),
            RuleExample.reply("en", body: "The colour and the color are both fine when the draft names no region."),
            // Support vocabulary, hyphenated words, productive affixes.
            RuleExample.reply("en", body: "Your pre-order voucher and the tracking link are in the email we re-sent; log in to the website to see the chargeback."),
            RuleExample.reply("el", body: "Ο κούριερ θα σας καλέσει· δείτε τον ιστότοπο για τον εκπτωτικό κωδικό."),
            RuleExample.reply("ro", body: "Voucherul și link-ul sunt pe site-ul nostru; scrieți-ne dacă nu le găsiți."),
            RuleExample.reply("et", body: "Pakk jõuab kolmapäeval pakiautomaati; parooli saate lähtestada lingi kaudu."),
            RuleExample.reply("id", body: "Pertama-tama, pesanan Anda sudah terverifikasi dan akan tiba selambat-lambatnya hari Kamis."),
            // Units after a number, everyday words and shop words the dictionaries lack.
            RuleExample.reply("et", body: "168 cm pikkuse juures sobib M-raam; pead ainult lenksu kinni keerama. Kuller skannib paki."),
            RuleExample.reply("id", body: "Terima kasih sudah bertanya dulu. Untuk tinggi 158 cm, rangka S paling cocok."),
            RuleExample.reply("el", body: "Σου την ξανάστειλα τώρα. Μόλις ο κούριερ σκανάρει το δέμα, θα σου γράψω."),
        ]
    )

    /// Distinct wrong words per draft that get suggestions; the rest are reported without.
    static let maxSuggestedWords = 10
    /// Wrong words per draft that get a search two edits deep (10–20 ms) when nothing is one
    /// edit away; the rest get suggestions one edit away (1–2 ms each) or none.
    static let deeplySuggestedWords = 1
    /// Longer "words" (UTF-8 bytes: 60 Latin or 30 Greek letters) are pasted codes or hashes,
    /// not prose; Hunspell itself stops at 100 bytes.
    static let maxLength = 60

    /// A wrong word's suggestions: those one edit away, else, while the draft has a deeper
    /// search left, those two edits away.
    static func suggestions(_ word: String, _ checker: SpellChecker, deepLeft: inout Int) -> [String] {
        let near = checker.editSuggestions(for: word)
        guard near.isEmpty, deepLeft > 0 else { return near }
        deepLeft -= 1
        return checker.editSuggestions(for: word, deeper: true)
    }

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard !draft.words.isEmpty, let choice = DictionaryShelf.shared.dictionaries(for: draft.language, region: draft.region) else { return [] }
        let checkers: [SpellChecker]
        switch choice {
        case let .found(found):
            checkers = found
        case let .missing(name, folders):
            return [Finding("no Hunspell dictionary for '\(draft.language.code)' (looked in \(folders.joined(separator: ", ")) for \(name).dic); spelling not checked",
                            at: .message, severity: .info)]
        }
        let vocabulary = Vocabulary(checkers, language: draft.language)
        let names = checkers.map(\.name)
        let words = Self.hyphenJoined(draft.words)
        // A word repeats within a reply; ask the shared cache once per draft.
        var unknown: [WordKey: [Int]] = [:], cheaplyKnown: [WordKey: Bool] = [:]
        var cheap = vocabulary
        cheap.cheaply = true
        var exemptions: SpellingExemptions?
        var suggestions: [WordKey: [String]] = [:]
        var deepLeft = Self.deeplySuggestedWords
        var findings: [Finding] = []
        for (index, word) in words.enumerated() where SpellingExemptions.isCandidate(word.text, maxLength: Self.maxLength) {
            let key = WordKey(String(word.text))
            if cheaplyKnown[key] == nil { cheaplyKnown[key] = cheap.knows(key.text) }
            guard cheaplyKnown[key] == false else { continue }
            // Names, links and codes matter only for the few words the dictionary rejects; asked
            // before Hunspell decides what a compiled list lacks, so a name never loads Hunspell.
            var exempt = exemptions ?? SpellingExemptions(draft)
            defer { exemptions = exempt }
            guard !exempt.skips(index, of: words) else { continue }
            if unknown[key] == nil { unknown[key] = vocabulary.unknownParts(of: key.text) }
            guard let parts = unknown[key], !parts.isEmpty else { continue }
            for part in Self.parts(word, parts) where SpellingExemptions.isCandidate(part.text, maxLength: Self.maxLength) {
                let partKey = WordKey(String(part.text))
                if suggestions[partKey] == nil {
                    suggestions[partKey] = suggestions.count < Self.maxSuggestedWords
                        ? SuggestionFilter.real(Self.suggestions(partKey.text, checkers[0], deepLeft: &deepLeft), for: partKey.text, vocabulary: vocabulary)
                        : []
                }
                let found = suggestions[partKey] ?? []
                findings.append(Finding(Self.message(part.text, dictionaries: names, suggestions: found),
                                        at: part.line.location(part.range), excerpt: String(part.text), suggestion: found.first))
            }
        }
        return findings
    }

    /// The words with those joined by a lone hyphen made one (`pertama-tama`, `site-ul`,
    /// `follow-up`): the dictionary is asked about the whole before its parts.
    static func hyphenJoined(_ words: [Word]) -> [Word] {
        var joined: [Word] = []
        joined.reserveCapacity(words.count)
        for word in words {
            if let last = joined.last, last.line.index == word.line.index,
               last.range.upperBound < word.range.lowerBound,
               word.line.full.index(after: last.range.upperBound) == word.range.lowerBound,
               word.line.full[last.range.upperBound] == "-" {
                joined[joined.count - 1].range = last.range.lowerBound..<word.range.upperBound
            } else {
                joined.append(word)
            }
        }
        return joined
    }

    /// The parts of a hyphenated word at these offsets (the whole word when it has one part).
    static func parts(_ word: Word, _ offsets: [Int]) -> [Word] {
        let text = word.text
        guard text.contains("-") else { return [word] }
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        return offsets.compactMap { offset in
            guard pieces.indices.contains(offset), !pieces[offset].isEmpty else { return nil }
            return Word(line: word.line, range: pieces[offset].startIndex..<pieces[offset].endIndex)
        }
    }

    static func message(_ word: Substring, dictionaries: [String], suggestions: [String]) -> String {
        let quoted = suggestions.map { "'\($0)'" }
        let alternatives = quoted.count <= 1 ? quoted.joined() : quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
        let names = dictionaries.count <= 1 ? dictionaries.joined() : dictionaries.dropLast().joined(separator: ", ") + " or " + (dictionaries.last ?? "")
        return "'\(word)' is not in the \(names) dictionary" + (suggestions.isEmpty ? "" : "; did you mean \(alternatives)?")
    }
}
