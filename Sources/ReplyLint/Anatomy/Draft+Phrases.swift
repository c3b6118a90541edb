/// A phrase of a word list found in the draft, where it stands.
struct PhraseMatch: Sendable {
    /// The line of its first word.
    var line: TextLine
    /// The match on that line, as indices into `line.full`: to its last word, or to the end of
    /// the line when it wraps onto the next.
    var range: Range<String.Index>
    /// The list entry that matched, folded.
    var phrase: String
    /// The words matched as written, joined by spaces across lines.
    var text: String
    var location: FindingLocation
    /// Where it stands in `Draft.newTextWords`: the block, and the words it covers there.
    var block: Int = 0
    var words: Range<Int> = 0..<0
}

/// Word-list phrases in the new text, the way every phrase rule looks for them.
extension Draft {
    /// Every match of the list in the new text (each blank-line-separated block, so a phrase may
    /// wrap onto the next line), skipping matches with a word on a line `include` rejects. A
    /// phrase inside a link, an e-mail address or a dotted name ("U.S.", "cache.example.com")
    /// is part of something else and does not count.
    func phrases(_ matcher: PhraseMatcher, where include: (TextLine) -> Bool = { _ in true }) -> [PhraseMatch] {
        guard !matcher.isEmpty else { return [] }
        var found: [PhraseMatch] = []
        for (blockNumber, block) in newTextWords.enumerated() {
            let words = block.words
            for hit in matcher.hits(words) {
                let first = words[hit.words.lowerBound], last = words[hit.words.upperBound - 1]
                let line = block.line(of: first), lastLine = block.line(of: last)
                guard hit.words.allSatisfy({ include(block.line(of: words[$0])) }) else { continue }
                let range = first.range.lowerBound..<(first.lineNumber == last.lineNumber ? last.range.upperBound : line.full.endIndex)
                guard !isInsideName(line, first.range.lowerBound..<(first.lineNumber == last.lineNumber ? last.range.upperBound : first.range.upperBound)),
                      first.lineNumber == last.lineNumber || !isInsideName(lastLine, lastLine.full.startIndex..<last.range.upperBound)
                else { continue }
                let location = FindingLocation.body(line: line.index, column: line.column(of: first.range.lowerBound),
                                                    endLine: lastLine.index, endColumn: lastLine.column(of: last.range.upperBound))
                found.append(PhraseMatch(line: line, range: range, phrase: matcher.entries[hit.entry],
                                         text: block.text(hit.words), location: location,
                                         block: blockNumber, words: hit.words))
            }
        }
        return found
    }

    /// The phrases of one of the language's lists (`"blame"`), as `phrases(_:where:)` finds them.
    func phrases(_ list: ListKey, where include: (TextLine) -> Bool = { _ in true }) -> [PhraseMatch] {
        phrases(phraseMatcher(list), where: include)
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
