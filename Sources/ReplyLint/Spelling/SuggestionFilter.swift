/// Which of Hunspell's suggestions are worth showing: real words of the language, close to
/// what was written. Hunspell fills its list as far as it can (`cent re` for `centre`,
/// `can celled` for `cancelled`, any word sharing letters for gibberish); a wrong suggestion
/// taught as a fix is worse than none.
enum SuggestionFilter {
    /// The suggestions, best first, without those far from `word`, splits into two words
    /// unless Hunspell ranks the split first (`alot` → `a lot`), and words the language's
    /// vocabulary does not know.
    static func real(_ suggestions: [String], for word: String, vocabulary: Vocabulary) -> [String] {
        let written = TextFolding.fold(word)
        return suggestions.enumerated().compactMap { offset, suggestion in
            let split = suggestion.contains(" ") || suggestion.contains("-") && !word.contains("-")
            if split, offset > 0 { return nil }
            let folded = TextFolding.fold(suggestion)
            guard distance(Array(written.unicodeScalars), Array(folded.replacing(" ", with: "").unicodeScalars)) <= maxDistance(written) else { return nil }
            return split || vocabulary.knows(suggestion) ? suggestion : nil
        }
    }

    /// How many edits a suggestion may be away: one in a short word, up to three in a long one.
    static func maxDistance(_ word: String) -> Int {
        let length = word.unicodeScalars.count
        return length <= 4 ? 1 : length <= 8 ? 2 : 3
    }

    /// Edits (insert, delete, replace, swap of neighbours) between two words.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], before[j - 2] + 1) }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
