/// Reads a start tag's name and attributes, from just after its `<`.
///
/// With `end` at the end of the input, an attribute quote that never closes makes the
/// read fail (`closeIndex` stays nil). With `end` at a `>`, reaching it closes the tag,
/// so the tokenizer can retry a broken tag up to its first `>`.
struct HTMLAttributeReader {
    private let bytes: [UInt8]
    private var cursor: Int
    private let end: Int
    private(set) var name = ""
    /// Attribute values by lower-cased name, raw (entities not decoded); the first of a
    /// repeated attribute wins, as in browsers.
    private(set) var values: [String: String] = [:]
    /// The index of the `>` that closes the tag.
    private(set) var closeIndex: Int?

    init(bytes: [UInt8], start: Int, end: Int) {
        self.bytes = bytes
        self.cursor = start
        self.end = min(end, bytes.count)
    }

    /// Returns the index of the closing `>`, or nil when the tag does not close.
    mutating func read() -> Int? {
        name = take { HTMLByte.isNameCharacter($0) }.lowercased()
        while true {
            skip { HTMLByte.isSpace($0) || $0 == HTMLByte.slash }
            guard cursor < end else {
                closeIndex = end < bytes.count ? end : nil
                return closeIndex
            }
            if bytes[cursor] == HTMLByte.greaterThan {
                closeIndex = cursor
                return cursor
            }
            guard readAttribute() else { return nil }
        }
    }

    /// Reads `name`, `name=value`, `name="value"`; false when a quote runs to the end of input.
    private mutating func readAttribute() -> Bool {
        // The first byte always belongs to the name, so a stray `=` cannot stall the reader.
        let start = cursor
        cursor += 1
        skip { !HTMLByte.isSpace($0) && $0 != HTMLByte.slash && $0 != HTMLByte.greaterThan && $0 != HTMLByte.equals }
        let attribute = String(decoding: bytes[start..<cursor], as: UTF8.self).lowercased()
        skip(while: HTMLByte.isSpace)
        var value = ""
        if cursor < end, bytes[cursor] == HTMLByte.equals {
            cursor += 1
            skip(while: HTMLByte.isSpace)
            guard let read = readValue() else { return false }
            value = read
        }
        if values[attribute] == nil { values[attribute] = value }
        return true
    }

    private mutating func readValue() -> String? {
        guard cursor < end else { return "" }
        let quote = bytes[cursor]
        guard quote == HTMLByte.doubleQuote || quote == HTMLByte.singleQuote else {
            return take { !HTMLByte.isSpace($0) && $0 != HTMLByte.greaterThan }
        }
        cursor += 1
        let value = take { $0 != quote }
        if cursor < end {
            cursor += 1
        } else if end == bytes.count {
            return nil
        }
        return value
    }

    private mutating func take(while predicate: (UInt8) -> Bool) -> String {
        let start = cursor
        skip(while: predicate)
        return String(decoding: bytes[start..<cursor], as: UTF8.self)
    }

    private mutating func skip(while predicate: (UInt8) -> Bool) {
        while cursor < end, predicate(bytes[cursor]) { cursor += 1 }
    }
}
