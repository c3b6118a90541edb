/// A parsed pattern in the compiled rule data (`ShippedData+Cache`), so that a start reads
/// the patterns instead of parsing them again.
extension PhrasePattern {
    init(elements: [Element], source: String) {
        self.elements = elements
        self.source = source
    }

    func archive(into writer: inout DataArchiveWriter) {
        writer.string(source)
        Self.archive(elements, into: &writer)
    }

    init(archive reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) {
        let source = try reader.string()
        self.init(elements: try Self.elements(&reader), source: source)
    }

    /// A list of patterns: its count, then each pattern.
    static func archive(_ patterns: [PhrasePattern], into writer: inout DataArchiveWriter) {
        writer.number(patterns.count)
        for pattern in patterns { pattern.archive(into: &writer) }
    }

    static func list(archive reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) -> [PhrasePattern] {
        var patterns: [PhrasePattern] = []
        for _ in 0..<(try reader.count()) { patterns.append(try PhrasePattern(archive: &reader)) }
        return patterns
    }

    private static func archive(_ elements: [Element], into writer: inout DataArchiveWriter) {
        writer.number(elements.count)
        for element in elements {
            switch element {
            case .word(let word):
                writer.number(0)
                archive(word, into: &writer)
            case .choice(let alternatives):
                writer.number(1)
                writer.number(alternatives.count)
                for alternative in alternatives { archive(alternative, into: &writer) }
            case .gap(let size):
                writer.number(2)
                writer.number(size)
            case .anyOrder(let words, let extra):
                writer.number(3)
                writer.number(extra)
                writer.number(words.count)
                for word in words { archive(word, into: &writer) }
            }
        }
    }

    private static func archive(_ word: Word, into writer: inout DataArchiveWriter) {
        writer.strings(word.forms)
        writer.strings(word.written)
        writer.bool(word.stem)
        writer.bool(word.stopAfter)
    }

    private static func elements(_ reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) -> [Element] {
        var elements: [Element] = []
        for _ in 0..<(try reader.count()) {
            switch try reader.number() {
            case 0: elements.append(.word(try word(&reader)))
            case 1:
                var alternatives: [[Element]] = []
                for _ in 0..<(try reader.count()) { alternatives.append(try Self.elements(&reader)) }
                elements.append(.choice(alternatives))
            case 2: elements.append(.gap(try reader.number()))
            case 3:
                let extra = try reader.number()
                var words: [Word] = []
                for _ in 0..<(try reader.count()) { words.append(try word(&reader)) }
                elements.append(.anyOrder(words, extra: extra))
            default: throw DataArchiveReader.Truncated()
            }
        }
        return elements
    }

    private static func word(_ reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) -> Word {
        Word(forms: try reader.strings(), written: try reader.strings(), stem: try reader.bool(), stopAfter: try reader.bool())
    }
}
