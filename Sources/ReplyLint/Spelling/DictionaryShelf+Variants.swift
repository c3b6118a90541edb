/// Which of a language's dictionaries check a draft: the one of the region its tag names
/// (`en-GB` → en_GB), else every installed one of the language (a word right in any is right).
extension DictionaryShelf {
    enum Choice {
        /// The dictionaries, the one that gives suggestions first.
        case found([SpellChecker])
        /// None of the language's dictionaries is installed: `name` is the first that was looked for.
        case missing(name: String, lookedIn: [String])
    }

    /// The names to try for `language` and `region`, best first, and whether all of them check
    /// (an unknown region) or only the first installed one (a region with its own dictionary).
    static func candidates(_ language: LanguageData, region: String?) -> (names: [String], union: Bool) {
        let variants = language.map(.hunspellVariants)
        let base = language.scalar(.hunspellDictionary).map { [$0] } ?? []
        if let region, let named = variants[region], !named.isEmpty { return (named, false) }
        var seen = Set<String>()
        let all = (base + variants.keys.sorted().flatMap { variants[$0] ?? [] }).filter { seen.insert($0).inserted }
        return (all, true)
    }

    func dictionaries(for language: LanguageData, region: String?) -> Choice? {
        let (names, union) = Self.candidates(language, region: region)
        guard let first = names.first else { return nil }
        var found: [SpellChecker] = []
        for name in names {
            guard case let .found(checker) = checker(name) else { continue }
            found.append(checker)
            if !union { return .found(found) }
        }
        if found.isEmpty, !union {
            // The region's dictionary is not installed: any of the language's will do.
            return dictionaries(for: language, region: nil)
        }
        return found.isEmpty ? .missing(name: first, lookedIn: folders) : .found(found)
    }

    /// Every dictionary any of these languages may need, for preloading a batch.
    static func allNames(_ languages: [LanguageData]) -> [String] {
        var seen = Set<String>()
        return languages.flatMap { candidates($0, region: nil).names }.filter { seen.insert($0).inserted }
    }
}
