/// A piece of text next to its folded form (see `TextFolding`), so phrases are matched
/// case- and accent-insensitively and the match is mapped back to the original.
struct FoldedText {
    let original: Substring
    let folded: String
    /// Folding kept one character per character, so offsets carry over.
    private let aligned: Bool
    /// Where a phrase may start in `folded`: no letter or digit right before.
    private let starts: [String.Index]

    init(_ original: Substring) {
        self.original = original
        let folded = TextFolding.fold(original)
        self.folded = folded
        // ASCII folds to ASCII of the same length; only other text needs counting.
        self.aligned = folded.utf8.count == original.utf8.count && !original.utf8.contains { $0 >= 0x80 }
            || folded.count == original.count
        var starts: [String.Index] = []
        var previousIsWord = false
        for index in folded.indices {
            if !previousIsWord { starts.append(index) }
            previousIsWord = folded[index].isWordCharacter
        }
        self.starts = starts
    }

    /// The original range of a range of `folded`.
    func originalRange(_ range: Range<String.Index>) -> Range<String.Index> {
        guard aligned else { return original.startIndex..<original.endIndex }
        let lower = folded.distance(from: folded.startIndex, to: range.lowerBound)
        let length = folded.distance(from: range.lowerBound, to: range.upperBound)
        let start = original.index(original.startIndex, offsetBy: lower)
        return start..<original.index(start, offsetBy: length)
    }

    /// The first phrase of `phrases` (folded, longest first) that `folded` starts with,
    /// ending on a word boundary; returns its range in `folded`.
    func prefix(in phrases: [String], from start: String.Index? = nil) -> (phrase: String, range: Range<String.Index>)? {
        let base = start ?? folded.startIndex
        let rest = folded[base...]
        for phrase in phrases where rest.hasPrefix(phrase) {
            let end = folded.index(base, offsetBy: phrase.count)
            if Self.isBoundary(folded, at: end) { return (phrase, base..<end) }
        }
        return nil
    }

    /// Every occurrence of each phrase, on word boundaries, as ranges of `folded`. Where two
    /// overlap, the one earlier in the list (longest first) wins.
    func occurrences(of phrases: PhraseSet) -> [(phrase: String, range: Range<String.Index>)] {
        var candidates: [(order: Int, phrase: String, range: Range<String.Index>)] = []
        for index in starts {
            guard let entries = phrases.byFirstCharacter[folded[index]] else { continue }
            // Both sides are folded the same way, so bytes compare as characters would, faster.
            let rest = folded.utf8[index...]
            for (order, phrase) in entries where rest.starts(with: phrase.utf8) {
                guard let end = folded.index(index, offsetBy: phrase.count, limitedBy: folded.endIndex),
                      folded.utf8.distance(from: index, to: end) == phrase.utf8.count else { continue }
                if Self.isBoundary(folded, at: end) { candidates.append((order, phrase, index..<end)) }
            }
        }
        candidates.sort { ($0.order, $0.range.lowerBound) < ($1.order, $1.range.lowerBound) }
        var found: [(phrase: String, range: Range<String.Index>)] = []
        for candidate in candidates where !found.contains(where: { $0.range.overlaps(candidate.range) }) {
            found.append((candidate.phrase, candidate.range))
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    static func isBoundary(_ text: String, at index: String.Index) -> Bool {
        guard index < text.endIndex else { return true }
        return !text[index].isWordCharacter
    }
}

/// Folded phrases prepared for searching many lines: grouped by their first character, so a
/// line is read once and only the phrases that can start at a word are compared.
struct PhraseSet {
    let byFirstCharacter: [Character: [(order: Int, phrase: String)]]

    init(_ phrases: [String]) {
        var groups: [Character: [(order: Int, phrase: String)]] = [:]
        for (order, phrase) in phrases.enumerated() {
            if let first = phrase.first { groups[first, default: []].append((order, phrase)) }
        }
        byFirstCharacter = groups
    }

    var isEmpty: Bool { byFirstCharacter.isEmpty }
}

extension Character {
    /// A letter or digit; ASCII is answered without Unicode's property tables.
    var isWordCharacter: Bool {
        if let ascii = asciiValue {
            return (0x30...0x39).contains(ascii) || (0x61...0x7A).contains(ascii | 0x20)
        }
        return isLetter || isNumber
    }
}
