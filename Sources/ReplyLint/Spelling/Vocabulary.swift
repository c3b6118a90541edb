/// What counts as a word of a language for `body.spelling`: what one of its Hunspell
/// dictionaries accepts, the language's and the user's `spelling-words` (and the `jargon` and
/// `slang` other rules report), acronyms joined by a hyphen, and the forms the
/// language's rules make of a known word:
/// - `spelling-prefixes` and `spelling-suffixes` glued on (Indonesian `transaksinya`,
///   `diproses`, `terverifikasi`, which id_ID's affix rules miss), or, written `re-` and `-ul`,
///   joined by a hyphen (English `re-send`, Romanian `voucher-ul`);
/// - `spelling-endings`: an ending swapped for another (Estonian `lähtestada` from `lähtestama`);
/// - with `reduplication: hyphen`, a known word written twice across a hyphen, the first
///   time perhaps after a short prefix (Indonesian `selambat-lambatnya`, `sesegera-segeranya`).
///
/// A hyphenated word is known when it is known whole; otherwise each part is checked.
struct Vocabulary {
    let checkers: [SpellChecker]
    let language: LanguageData
    /// Asks only what the dictionaries answer without loading Hunspell: a word this calls
    /// unknown may still be known (`SpellChecker.knownCheaply`); one it calls known is.
    var cheaply = false
    /// The shortest stem left after taking an affix off.
    static let minimumStem = 3
    /// The longest prefix before a reduplicated word (Indonesian `meng`, `memper` is rare).
    static let maximumReduplicationPrefix = 4

    init(_ checkers: [SpellChecker], language: LanguageData) {
        self.checkers = checkers
        self.language = language
    }

    init(_ checker: SpellChecker, language: LanguageData) {
        self.init([checker], language: language)
    }

    /// Whether `word` is a word of the language (a hyphenated one whole or by its parts).
    func knows(_ word: String) -> Bool {
        unknownParts(of: word).isEmpty
    }

    /// The hyphen-separated parts of `word` (offsets into `word.split("-")`) that are not words of
    /// the language; empty when the word is known. A word without a hyphen is one part.
    func unknownParts(of word: String) -> [Int] {
        if knowsPlain(word) { return [] }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return [0] }
        if isReduplication(parts) { return [] }
        let prefixes = Set(hyphenAffixes(.spellingPrefixes)), suffixes = Set(hyphenAffixes(.spellingSuffixes))
        return parts.indices.filter { index in
            let folded = TextFolding.fold(parts[index])
            if index == 0, prefixes.contains(folded) { return false }
            if index == parts.count - 1, index > 0, suffixes.contains(folded) { return false }
            // An acronym joined to a word: `SSL-sertifikaat`, `PIN-kood`, `AWB-ul`.
            let letters = parts[index].filter(\.isLetter)
            if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return false }
            return parts[index].isEmpty || !knowsPlain(parts[index])
        }
    }

    /// A word without the hyphen rules: listed, accepted by a dictionary, or a known word
    /// with glued affixes or a swapped ending.
    private func knowsPlain(_ word: String) -> Bool {
        if isListedOrAccepted(word) { return true }
        let lower = word.lowercased()
        let prefixes = gluedAffixes(.spellingPrefixes), suffixes = gluedAffixes(.spellingSuffixes)
        if !prefixes.isEmpty || !suffixes.isEmpty {
            let prefixCuts = [0] + prefixes.filter { lower.hasPrefix($0) }.map(\.count)
            let suffixCuts = [0] + suffixes.filter { lower.hasSuffix($0) }.map(\.count)
            for prefix in prefixCuts {
                for suffix in suffixCuts where prefix + suffix > 0 && lower.count - prefix - suffix >= Self.minimumStem {
                    if isListedOrAccepted(String(lower.dropFirst(prefix).dropLast(suffix))) { return true }
                }
            }
        }
        for (ending, replacements) in language.map(.spellingEndings) where lower.hasSuffix(ending) {
            let stem = lower.dropLast(ending.count)
            guard stem.count >= Self.minimumStem else { continue }
            if replacements.contains(where: { isListedOrAccepted(stem + $0) }) { return true }
        }
        return false
    }

    /// `selambat-lambatnya`, `sesegera-segeranya`, `anak-anak`: a known word repeated after a
    /// hyphen, with a short prefix before the first (`se`, `ber`, `meng`) and perhaps a glued
    /// suffix after the second, where the language writes reduplication with a hyphen.
    private func isReduplication(_ parts: [String]) -> Bool {
        guard language.scalar(.reduplication) == "hyphen", parts.count == 2 else { return false }
        let first = parts[0].lowercased(), second = parts[1].lowercased()
        let bases = [second] + gluedAffixes(.spellingSuffixes).filter { second.hasSuffix($0) }.map { String(second.dropLast($0.count)) }
        return bases.contains { base in
            base.count >= Self.minimumStem && first.hasSuffix(base) && first.count - base.count <= Self.maximumReduplicationPrefix
                && knowsPlain(base)
        }
    }

    /// Affixes glued straight onto a word: the entries without a hyphen.
    private func gluedAffixes(_ key: ListKey) -> [String] {
        language.list(key).filter { !$0.contains("-") }
    }

    /// Affixes joined by a hyphen (`re-`, `-ul`), without it.
    private func hyphenAffixes(_ key: ListKey) -> [String] {
        language.list(key).filter { $0.hasPrefix("-") || $0.hasSuffix("-") }.map { String($0.trimming { $0 == "-" }) }
    }

    /// Lists whose words are spelt right by definition: `body.jargon` and `body.emoticon`
    /// report them for what they are, and a second finding calling them misspelt would be wrong.
    static let listedKeys: [ListKey] = [.spellingWords, .jargon, .slang]

    private func isListedOrAccepted(_ word: String) -> Bool {
        // Folded, so case, accents and Romanian cedilla or comma forms do not matter.
        // The dictionaries first: most words are in them, and their verdicts are cached.
        if checkers.contains(where: { cheaply ? $0.knownCheaply(word) : $0.accepts(word) }) { return true }
        let folded = TextFolding.fold(word)
        return Self.listedKeys.contains { language.set($0).contains(folded) }
    }
}
