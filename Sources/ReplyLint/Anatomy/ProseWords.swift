/// The words of some lines, folded, each with the line and range it came from, so a
/// phrase that wraps onto the next line still matches and a match maps back to its text.
struct ProseWords {
    struct Word {
        var folded: String
        var line: TextLine
        /// Indices into `line.full`.
        var range: Range<String.Index>
        /// Grapheme offset in the lines joined by single spaces (for sentence boundaries).
        var offset: Int
        /// Nothing but spaces since the previous clause break (start, or `.` `,` `;` `:` `!` `?`).
        var startsClause: Bool
    }

    private(set) var words: [Word] = []

    init(_ lines: [TextLine]) {
        var base = 0
        var clauseBreak = true
        for line in lines {
            append(line, base: base, clauseBreak: &clauseBreak)
            base += line.text.count + 1
        }
    }

    private mutating func append(_ line: TextLine, base: Int, clauseBreak: inout Bool) {
        let characters = Array(line.text)
        let indices = Array(line.text.indices)
        let folded = Array(TextFolding.fold(line.text))
        let aligned = folded.count == characters.count
        for span in Self.spans(characters) {
            if span.lowerBound > 0, characters[..<span.lowerBound].reversed().prefix(while: { !$0.isWordCharacter })
                .contains(where: { ".,;:!?()".contains($0) }) {
                clauseBreak = true
            }
            let text = aligned ? String(folded[span]) : TextFolding.fold(String(characters[span]))
            let end = span.upperBound < indices.count ? indices[span.upperBound] : line.text.endIndex
            words.append(Word(folded: Self.normalised(text), line: line, range: indices[span.lowerBound]..<end,
                              offset: base + span.lowerBound, startsClause: clauseBreak))
            clauseBreak = false
        }
        if let last = characters.last(where: { !$0.isWhitespace }), ".!?:;,".contains(last) { clauseBreak = true }
    }

    /// Runs of letters and digits, joined across an inner apostrophe or hyphen (`you're`, `site-ul`).
    static func spans(_ characters: [Character]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start: Int?
        for (position, character) in characters.enumerated() {
            if character.isWordCharacter {
                if start == nil { start = position }
                continue
            }
            let joins = "'’-‐".contains(character) && start != nil
                && position + 1 < characters.count && characters[position + 1].isWordCharacter
            if joins { continue }
            if let open = start { spans.append(open..<position) }
            start = nil
        }
        if let open = start { spans.append(open..<characters.count) }
        return spans
    }

    /// A folded phrase as the words `ProseWords` would make of it.
    static func split(_ phrase: String) -> [String] {
        let characters = Array(phrase)
        return spans(characters).map { normalised(String(characters[$0])) }
    }

    private static func normalised(_ word: String) -> String {
        word.contains("’") || word.contains("‐")
            ? String(word.map { $0 == "’" ? "'" : $0 == "‐" ? "-" : $0 }) : word
    }
}

/// A phrase list indexed by first word, for matching against `ProseWords`. Built once per
/// language in `LanguageSet`.
struct PhraseIndex: Sendable {
    /// The lists indexed for every language.
    static let keys = ["next-steps", "closed-matter", "further-help", "job-titles", "generic-subjects",
                       "website-references", "attachment-words", "sequence-words", "imperatives",
                       "request-words", "mailbox-names"]

    /// Each phrase's words under its first word, longest first.
    private var byFirst: [String: [[String]]] = [:]

    init(_ phrases: [String]) {
        for phrase in phrases {
            let words = Self.words(phrase)
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(words)
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.count > $1.count } }
    }

    private static func words(_ phrase: String) -> [String] { ProseWords.split(phrase) }

    var isEmpty: Bool { byFirst.isEmpty }

    /// How many words the longest phrase starting at `position` spans, if one does.
    func match(_ words: [ProseWords.Word], at position: Int) -> Int? {
        guard let candidates = byFirst[words[position].folded] else { return nil }
        for phrase in candidates where position + phrase.count <= words.count {
            if zip(phrase.indices, phrase).allSatisfy({ words[position + $0.0].folded == $0.1 }) { return phrase.count }
        }
        return nil
    }

    /// Non-overlapping matches, left to right, as ranges of word positions.
    func matches(_ words: [ProseWords.Word]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var position = 0
        while position < words.count {
            if let length = match(words, at: position) {
                found.append(position..<(position + length))
                position += length
            } else {
                position += 1
            }
        }
        return found
    }

    func contains(in words: [ProseWords.Word]) -> Bool {
        words.indices.contains { match(words, at: $0) != nil }
    }
}

extension Draft {
    /// A phrase list of the draft's language, indexed for `ProseWords`.
    func phrases(_ key: String) -> PhraseIndex { languages.phrases(language.code, key) }

    /// Each body paragraph (list items included) as words.
    var proseParagraphs: [ProseWords] { paragraphs.map(ProseWords.init) }

    /// Where a finding about something the end of a reply lacks points: the sign-off,
    /// else the last body paragraph's first line.
    var closingAnchor: TextLine? {
        if let signOff { return TextLine(index: signOff.line.index, full: signOff.line.full, text: signOff.line.full[signOff.range]) }
        return paragraphs.last?.first
    }
}

extension TextLine {
    /// The location of the line's trimmed text.
    var trimmedLocation: FindingLocation {
        let text = trimmed
        return location(text.startIndex..<text.endIndex)
    }
}
