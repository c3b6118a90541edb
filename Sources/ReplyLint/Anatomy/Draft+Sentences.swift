/// A run of prose lines inside one paragraph, or one list item (without its marker):
/// what sentence, paragraph and readability metrics measure.
struct Passage: Sendable {
    var lines: [TextLine]
    var isListItem: Bool
    var sentences: [Sentence] = []

    var wordCount: Int { sentences.reduce(0) { $0 + $1.words.count } }
}

/// One sentence by ICU's sentence breaks; it may run over several lines.
struct Sentence: Sendable {
    /// The sentence's part of each line it touches, trimmed.
    var pieces: [TextLine]
    /// Its words (ICU word segments with letters or numbers), from `Draft.words`; a link
    /// counts as one word, its first segment.
    var words: [Word]

    /// From the first piece's start to the last piece's end.
    var location: FindingLocation {
        guard let first = pieces.first, let last = pieces.last else { return .message }
        return .body(line: first.index, column: first.column(of: first.text.startIndex),
                     endLine: last.index, endColumn: last.column(of: last.text.endIndex))
    }
}

extension Draft {
    /// Splits paragraphs into prose passages and list items, then finds every passage's
    /// sentences with one ICU call for the whole draft: lines of a passage are joined with
    /// a space, passages with a line feed (a hard sentence break).
    static func passages(_ paragraphs: [[TextLine]], lists: [ListBlock], words: [Word], links: [Link],
                         stepWords: [String], locale: String) -> [Passage] {
        var passages = blocks(paragraphs, lists: lists, stepWords: stepWords)
        var joined = ""
        var spans: [(passage: Int, line: Int, start: Int, end: Int)] = []
        var offset = 0
        for (p, passage) in passages.enumerated() {
            for (l, line) in passage.lines.enumerated() {
                if p > 0 || l > 0 {
                    joined += l == 0 ? "\n" : " "
                    offset += 1
                }
                let length = line.text.utf16.count
                joined += line.text
                spans.append((p, l, offset, offset + length))
                offset += length
            }
        }
        // ICU splits "https://help.example.com/a" into several words; keep only the first.
        let counted = words.filter { word in
            !links.contains { $0.line.index == word.line.index && $0.range.lowerBound < word.range.lowerBound
                && word.range.lowerBound < $0.range.upperBound }
        }
        var cursor = WordCursor(words: counted)
        var spanIndex = 0
        for range in Segmenter.segments(joined[...], kind: .sentence, locale: locale) {
            let lower = joined.utf16.distance(from: joined.startIndex, to: range.lowerBound)
            let upper = joined.utf16.distance(from: joined.startIndex, to: range.upperBound)
            var pieces: [TextLine] = []
            var owner: Int?
            while spanIndex < spans.count, spans[spanIndex].start < upper {
                let span = spans[spanIndex]
                let line = passages[span.passage].lines[span.line]
                let from = max(lower, span.start) - span.start
                let to = min(upper, span.end) - span.start
                if from < to {
                    let utf16 = line.text.utf16
                    let slice = line.text[utf16.index(utf16.startIndex, offsetBy: from)..<utf16.index(utf16.startIndex, offsetBy: to)]
                    let text = slice.trimmingWhitespace
                    if !text.isEmpty { pieces.append(TextLine(index: line.index, full: line.full, text: text)) }
                    owner = owner ?? span.passage
                }
                if span.end > upper { break }
                spanIndex += 1
            }
            guard let passage = owner, !pieces.isEmpty else { continue }
            passages[passage].sentences.append(Sentence(pieces: pieces, words: pieces.flatMap { cursor.words(in: $0) }))
        }
        return passages
    }

    /// Paragraph lines grouped into prose runs and list items.
    private static func blocks(_ paragraphs: [[TextLine]], lists: [ListBlock], stepWords: [String]) -> [Passage] {
        // Line index → (item number, is the item's first line).
        var items: [Int: (item: Int, first: Bool)] = [:]
        var number = 0
        for list in lists {
            for item in list.items {
                for (position, line) in item.enumerated() { items[line.index] = (number, position == 0) }
                number += 1
            }
        }
        var passages: [Passage] = []
        for paragraph in paragraphs {
            var current: Passage?
            var currentItem: Int?
            for line in paragraph {
                if let item = items[line.index] {
                    var text = line
                    if item.first, let (_, start) = listMarker(line.text, stepWords: stepWords) {
                        text = TextLine(index: line.index, full: line.full, text: line.text[start...])
                    }
                    if item.first || currentItem != item.item {
                        if let open = current { passages.append(open) }
                        current = Passage(lines: [text], isListItem: true)
                        currentItem = item.item
                    } else {
                        current?.lines.append(text)
                    }
                } else if current?.isListItem == false {
                    // Appended in place: a copy of the passage would copy its lines, every line.
                    current?.lines.append(line)
                } else {
                    if let open = current { passages.append(open) }
                    current = Passage(lines: [line], isListItem: false)
                    currentItem = nil
                }
            }
            if let open = current { passages.append(open) }
        }
        return passages
    }
}

/// Walks `Draft.words` once, in text order, handing out the words inside each piece.
private struct WordCursor {
    var words: [Word]
    var next = 0

    mutating func words(in piece: TextLine) -> [Word] {
        func before(_ word: Word) -> Bool {
            word.line.index < piece.index || (word.line.index == piece.index && word.range.lowerBound < piece.text.startIndex)
        }
        while next < words.count, before(words[next]) { next += 1 }
        var found: [Word] = []
        while next < words.count, words[next].line.index == piece.index, words[next].range.upperBound <= piece.text.endIndex {
            found.append(words[next])
            next += 1
        }
        return found
    }
}
