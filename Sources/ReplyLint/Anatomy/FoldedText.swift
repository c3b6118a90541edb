/// A piece of text next to its folded form (see `TextFolding`), so the anatomy's openers
/// (greetings, sign-offs, titles, step words) are found at the start of a line case- and
/// accent-insensitively and mapped back to the original. Phrase lists use `PhraseMatcher`.
struct FoldedText {
    let original: Substring
    let folded: String
    /// Folding kept one character per character, so offsets carry over.
    private let aligned: Bool

    init(_ original: Substring) {
        self.original = original
        let folded = TextFolding.fold(original)
        self.folded = folded
        if !original.utf8.contains(where: { $0 >= 0x80 }) {
            // ASCII folds to ASCII of the same length, byte for byte.
            aligned = true
        } else if let count = TextFolding.scalarCharacterCount(original),
                  let foldedCount = TextFolding.scalarCharacterCount(folded) {
            aligned = count == foldedCount
        } else {
            aligned = folded.count == original.count
        }
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
        let utf8 = folded.utf8
        let base = start ?? folded.startIndex
        let offset = utf8.distance(from: utf8.startIndex, to: base)
        // Both sides are folded the same way, so bytes compare as characters would, faster.
        let found = Bytes.with(utf8) { text -> Int? in
            guard offset < text.count else { return nil }
            let first = text[offset]
            return phrases.indices.first { number in
                guard phrases[number].utf8.first == first else { return false }
                let count = phrases[number].utf8.count
                let matched = Bytes.with(phrases[number].utf8) { candidate in
                    Bytes.equal(text, at: offset, candidate, Bytes.Span(start: 0, count: count))
                }
                return matched && Self.isBoundary(folded, atOffset: offset + count, text)
            }
        }
        guard let found else { return nil }
        return (phrases[found], base..<utf8.index(base, offsetBy: phrases[found].utf8.count))
    }

    /// True at the end of the text or before anything but a letter or digit.
    private static func isBoundary(_ text: String, atOffset offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset < bytes.count else { return true }
        let byte = bytes[offset]
        if byte < 0x80 { return !byte.isASCIIWordByte }
        return isBoundary(text, at: text.utf8.index(text.utf8.startIndex, offsetBy: offset))
    }

    static func isBoundary(_ text: String, at index: String.Index) -> Bool {
        guard index < text.endIndex else { return true }
        return !text[index].isWordCharacter
    }
}

/// Comparing folded text byte for byte: both sides fold alike, so equal bytes are equal text.
enum Bytes {
    struct Span { var start: Int, count: Int }

    /// Runs `body` over the UTF-8 of a string, in place when it is stored contiguously.
    static func with<Result>(_ utf8: String.UTF8View, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Whether `text` holds the span of `store` at `offset`.
    static func equal(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, _ store: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        guard offset + span.count <= text.count else { return false }
        var i = 0
        while i < span.count {
            if text[offset + i] != store[span.start + i] { return false }
            i += 1
        }
        return true
    }
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
