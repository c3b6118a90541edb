/// What counts as a word of a language for `body.spelling`: what its Hunspell dictionary
/// accepts, the language's and the user's `spelling-words`, and a known word with one of
/// the language's `spelling-prefixes` or `spelling-suffixes` glued on (Indonesian
/// `transaksinya`, `kirimkan`, `diproses`, which id_ID's affix rules miss).
struct Vocabulary {
    let checker: SpellChecker
    let language: LanguageData
    /// The shortest stem left after taking an affix off.
    static let minimumStem = 3

    init(_ checker: SpellChecker, language: LanguageData) {
        self.checker = checker
        self.language = language
    }

    func knows(_ word: String) -> Bool {
        if isListedOrAccepted(word) { return true }
        // Affixes are folded like every list; Indonesian has no accents to lose.
        let prefixes = language.list(.spellingPrefixes), suffixes = language.list(.spellingSuffixes)
        guard !prefixes.isEmpty || !suffixes.isEmpty else { return false }
        let lower = word.lowercased()
        let prefixCuts = [0] + prefixes.filter { lower.hasPrefix($0) }.map(\.count)
        let suffixCuts = [0] + suffixes.filter { lower.hasSuffix($0) }.map(\.count)
        for prefix in prefixCuts {
            for suffix in suffixCuts where prefix + suffix > 0 && lower.count - prefix - suffix >= Self.minimumStem {
                if isListedOrAccepted(String(lower.dropFirst(prefix).dropLast(suffix))) { return true }
            }
        }
        return false
    }

    private func isListedOrAccepted(_ word: String) -> Bool {
        // Folded, so case, accents and Romanian cedilla or comma forms do not matter.
        checker.accepts(word) || language.list(.spellingWords).contains(TextFolding.fold(word))
    }
}
