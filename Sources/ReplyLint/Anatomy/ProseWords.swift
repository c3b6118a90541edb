/// The words of some lines, folded, each with the line and range it came from, so a
/// phrase that wraps onto the next line still matches and a match maps back to its text.
/// Built once per paragraph when the draft is (`Draft.prose`): rules share it.
struct ProseWords: Sendable {
    struct Word: Sendable {
        /// The folded word's number in `LanguageSet.vocabulary`, -1 when no phrase list has it.
        var id: Int
        /// Position in `lines`.
        var lineNumber: Int
        /// Indices into that line's `full`.
        var range: Range<String.Index>
        /// Grapheme offset in the lines joined by single spaces (for sentence boundaries).
        var offset: Int
        /// Nothing but spaces since the previous clause break (start, or `.` `,` `;` `:` `!` `?`).
        var startsClause: Bool
        /// A full stop, `!` or `?` since the previous word (or the first word): phrases do not run across it.
        var startsSentence: Bool
        /// The word folded (`TextFolding.fold`), with `’` as `'`.
        var folded: String
        /// The word as written.
        var original: Substring
    }

    private(set) var lines: [TextLine]
    private(set) var words: [Word] = []

    init(_ lines: [TextLine], vocabulary: [String: Int]) {
        self.lines = lines
        var base = 0
        var clauseBreak = (clause: true, sentence: true)
        for (number, line) in lines.enumerated() {
            base += append(line, number, base: base, clauseBreak: &clauseBreak, vocabulary) + 1
        }
    }

    func line(of word: Word) -> TextLine { lines[word.lineNumber] }

    /// The text a run of words covers, as written (joined by spaces across lines).
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        let a = words[first], b = words[last]
        if a.lineNumber == b.lineNumber { return String(lines[a.lineNumber].full[a.range.lowerBound..<b.range.upperBound]) }
        return range.map { String(lines[words[$0].lineNumber].full[words[$0].range]) }.joined(separator: " ")
    }

    /// Adds the words of one line in a single pass over it and its folded form; returns its length.
    private mutating func append(_ line: TextLine, _ number: Int, base: Int, clauseBreak: inout (clause: Bool, sentence: Bool),
                                  _ vocabulary: [String: Int]) -> Int {
        let text = line.text
        let folded = TextFolding.fold(text)
        var scanner = Scanner(clauseBreak: clauseBreak.clause, sentenceBreak: clauseBreak.sentence)
        var aligned = true
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII folds byte for byte: walk bytes, not graphemes.
            var index = text.utf8.startIndex, foldedIndex = folded.utf8.startIndex
            while index < text.utf8.endIndex, foldedIndex < folded.utf8.endIndex {
                scanner.step(Self.kind(text.utf8[index]), index, foldedIndex)
                index = text.utf8.index(after: index)
                foldedIndex = folded.utf8.index(after: foldedIndex)
            }
            aligned = index == text.utf8.endIndex && foldedIndex == folded.utf8.endIndex
        } else if let count = TextFolding.scalarCharacterCount(text), TextFolding.scalarCharacterCount(folded) == count {
            // Every scalar a character of its own on both sides, one for one: walk scalars.
            let scalars = text.unicodeScalars, foldedScalars = folded.unicodeScalars
            var index = scalars.startIndex, foldedIndex = foldedScalars.startIndex
            while index < scalars.endIndex {
                scanner.step(Self.kind(scalars[index]), index, foldedIndex)
                index = scalars.index(after: index)
                foldedIndex = foldedScalars.index(after: foldedIndex)
            }
        } else {
            var index = text.startIndex, foldedIndex = folded.startIndex
            while index < text.endIndex {
                scanner.step(Self.kind(text[index]), index, foldedIndex)
                index = text.index(after: index)
                if foldedIndex < folded.endIndex { foldedIndex = folded.index(after: foldedIndex) } else { aligned = false }
            }
            aligned = aligned && foldedIndex == folded.endIndex
        }
        scanner.finish(text.endIndex, folded.endIndex)
        clauseBreak = (scanner.clauseBreak, scanner.sentenceBreak)
        for span in scanner.spans {
            let foldedWord = Self.normalised(aligned ? String(folded[span.folded]) : TextFolding.fold(text[span.original]))
            words.append(Word(id: vocabulary[foldedWord] ?? -1, lineNumber: number, range: span.original,
                              offset: base + span.offset, startsClause: span.clause, startsSentence: span.sentence,
                              folded: foldedWord, original: text[span.original]))
        }
        return scanner.offset
    }

    /// `stop` ends a sentence (`.` `!` `?`) and a clause.
    enum Kind { case word, joiner, clause, stop, other }

    static func kind(_ byte: UInt8) -> Kind {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: .word
        case 0x27, 0x2D: .joiner   // ' -
        case 0x21, 0x2E, 0x3F: .stop   // ! . ?
        case 0x28, 0x29, 0x2C, 0x3A, 0x3B: .clause   // ( ) , : ;
        default: .other
        }
    }

    /// For a scalar that is a character of its own, what `kind(_: Character)` says of that character.
    static func kind(_ scalar: Unicode.Scalar) -> Kind {
        if scalar.isASCII { return kind(UInt8(scalar.value)) }
        if TextFolding.isWordScalar(scalar) { return .word }
        return scalar == "’" || scalar == "‐" ? .joiner : .other
    }

    static func kind(_ character: Character) -> Kind {
        if let ascii = character.asciiValue { return kind(ascii) }
        if character.isWordCharacter { return .word }
        return character == "’" || character == "‐" ? .joiner : .other
    }

    /// Words as runs of letters and digits, joined across one inner apostrophe or hyphen.
    private struct Scanner {
        var clauseBreak: Bool
        var sentenceBreak: Bool
        var spans: [(original: Range<String.Index>, folded: Range<String.Index>, offset: Int, clause: Bool, sentence: Bool)] = []
        var open: (original: String.Index, folded: String.Index, offset: Int, clause: Bool, sentence: Bool)?
        var joiner: (original: String.Index, folded: String.Index)?
        var offset = 0

        init(clauseBreak: Bool, sentenceBreak: Bool = true) {
            self.clauseBreak = clauseBreak
            self.sentenceBreak = sentenceBreak
        }

        mutating func step(_ kind: Kind, _ original: String.Index, _ folded: String.Index) {
            defer { offset += 1 }
            if kind == .word {
                if open == nil {
                    open = (original, folded, offset, clauseBreak, sentenceBreak)
                    clauseBreak = false
                    sentenceBreak = false
                }
                joiner = nil
                return
            }
            if open != nil, kind == .joiner, joiner == nil {
                joiner = (original, folded)
                return
            }
            if open != nil { close(at: joiner ?? (original, folded)) }
            if kind == .clause || kind == .stop { clauseBreak = true }
            if kind == .stop { sentenceBreak = true }
        }

        mutating func finish(_ original: String.Index, _ folded: String.Index) {
            if open != nil { close(at: joiner ?? (original, folded)) }
        }

        private mutating func close(at end: (original: String.Index, folded: String.Index)) {
            guard let word = open else { return }
            spans.append((word.original..<end.original, word.folded..<end.folded, word.offset, word.clause, word.sentence))
            open = nil
            joiner = nil
        }
    }

    /// A folded phrase as the words `ProseWords` would make of it.
    static func split(_ phrase: String) -> [String] {
        var scanner = Scanner(clauseBreak: true)
        var index = phrase.startIndex
        while index < phrase.endIndex {
            scanner.step(kind(phrase[index]), index, index)
            index = phrase.index(after: index)
        }
        scanner.finish(phrase.endIndex, phrase.endIndex)
        return scanner.spans.map { normalised(String(phrase[$0.original])) }
    }

    static func normalised(_ word: String) -> String {
        // Both joiners are three bytes starting 0xE2; most words have no such byte.
        guard word.utf8.contains(0xE2) else { return word }
        return String(word.map { $0 == "’" ? "'" : $0 == "‐" ? "-" : $0 })
    }
}

extension Draft {
    /// A phrase list of the draft's language, compiled for `ProseWords`.
    func phraseMatcher(_ key: ListKey) -> PhraseMatcher { languages.phrases(language.code, key) }

    /// Some lines as words numbered for the phrase lists (the body's are in `prose`).
    func proseWords(_ lines: [TextLine]) -> ProseWords { ProseWords(lines, vocabulary: languages.vocabulary) }

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
