/// A phrase of a word list found in the draft, where it stands.
struct PhraseMatch: Sendable {
    var line: TextLine
    /// The match, as indices into `line.full`.
    var range: Range<String.Index>
    /// The list entry that matched, folded.
    var phrase: String

    var text: Substring { line.full[range] }
    var location: FindingLocation { line.location(range) }
}

/// Word-list phrases in the new text, the way every phrase rule looks for them.
extension Draft {
    /// Every occurrence of the phrases in the new-text lines that `include` accepts: case- and
    /// accent-insensitive, on word boundaries, the longest phrase winning where two overlap.
    /// A phrase inside a link, an e-mail address or a dotted name ("U.S.", "cache.example.com")
    /// is part of something else and does not count.
    func phrases(_ set: PhraseSet, where include: (TextLine) -> Bool = { _ in true }) -> [PhraseMatch] {
        guard !set.isEmpty else { return [] }
        var found: [PhraseMatch] = []
        for (line, folded) in zip(newText, foldedNewText) where include(line) {
            for (phrase, range) in folded.occurrences(of: set) {
                let original = folded.originalRange(range)
                guard !isInsideName(line, original) else { continue }
                found.append(PhraseMatch(line: line, range: original, phrase: phrase))
            }
        }
        return found
    }

    /// The phrases of one of the language's lists (`"blame"`), as `phrases(_:where:)` finds them.
    func phrases(_ list: ListKey, where include: (TextLine) -> Bool = { _ in true }) -> [PhraseMatch] {
        phrases(language.phraseSet(list), where: include)
    }

    private func isInsideName(_ line: TextLine, _ range: Range<String.Index>) -> Bool {
        if links.contains(where: { $0.line.index == line.index && $0.range.overlaps(range) }) { return true }
        let full = line.full
        let tokenStart = full[..<range.lowerBound].lastIndex(where: \.isWhitespace).map(full.index(after:)) ?? full.startIndex
        let tokenEnd = full[range.upperBound...].firstIndex(where: \.isWhitespace) ?? full.endIndex
        if full[tokenStart..<tokenEnd].containsBytes("@") { return true }
        // A dot or underscore joining the match to a neighbouring word: "U.S.", "api_key", "x.example".
        if range.upperBound < full.endIndex, "._".contains(full[range.upperBound]) {
            let next = full.index(after: range.upperBound)
            if next < full.endIndex, full[next].isWordCharacter { return true }
        }
        if range.lowerBound > full.startIndex {
            let before = full.index(before: range.lowerBound)
            if "._".contains(full[before]), before > full.startIndex, full[full.index(before: before)].isWordCharacter { return true }
        }
        return false
    }
}
