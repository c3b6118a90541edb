/// A piece of text next to its folded form (see `TextFolding`), so phrases are matched
/// case- and accent-insensitively and the match is mapped back to the original.
struct FoldedText {
    let original: Substring
    let folded: String
    /// Folding kept one character per character, so offsets carry over.
    private let aligned: Bool

    init(_ original: Substring) {
        self.original = original
        self.folded = TextFolding.fold(original)
        self.aligned = folded.count == original.count
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

    /// Every occurrence of each phrase, on word boundaries, as ranges of `folded`.
    func occurrences(of phrases: [String]) -> [(phrase: String, range: Range<String.Index>)] {
        var found: [(String, Range<String.Index>)] = []
        for phrase in phrases where !phrase.isEmpty {
            var searchStart = folded.startIndex
            while let range = folded[searchStart...].range(of: phrase) {
                if Self.isBoundary(folded, at: range.upperBound), Self.isBoundaryBefore(folded, at: range.lowerBound),
                   !found.contains(where: { $0.1.overlaps(range) }) {
                    found.append((phrase, range))
                }
                searchStart = folded.index(after: range.lowerBound)
            }
        }
        return found.sorted { $0.1.lowerBound < $1.1.lowerBound }
    }

    static func isBoundary(_ text: String, at index: String.Index) -> Bool {
        guard index < text.endIndex else { return true }
        return !text[index].isWordCharacter
    }

    static func isBoundaryBefore(_ text: String, at index: String.Index) -> Bool {
        guard index > text.startIndex else { return true }
        return !text[text.index(before: index)].isWordCharacter
    }
}

extension Character {
    var isWordCharacter: Bool { isLetter || isNumber }
}
