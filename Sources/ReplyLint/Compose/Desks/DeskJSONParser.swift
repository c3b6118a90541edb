/// Reads JSON (RFC 8259) from bytes, keeping positions: one pass, no recursion deeper than
/// `maxDepth`, every failure a `DeskExportError` naming line and column.
struct DeskJSONParser {
    static let maxDepth = 64

    private let bytes: [UInt8]
    private let path: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    private init(_ bytes: [UInt8], path: String) {
        (self.bytes, self.path) = (bytes, path)
    }

    /// The one value of `bytes` (a UTF-8 byte order mark allowed before it).
    static func parse(_ bytes: [UInt8], path: String) throws(DeskExportError) -> DeskJSON {
        var parser = DeskJSONParser(bytes, path: path)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipSpace()
        guard parser.index < bytes.count else { throw parser.fail("the file is empty; expected a JSON object") }
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.fail("more text after the JSON value ends") }
        return value
    }

    private var here: DeskPosition { DeskPosition(line: line, column: column) }

    private func fail(_ message: String, at position: DeskPosition? = nil) -> DeskExportError {
        let at = position ?? here
        return DeskExportError(path: path, line: at.line, column: at.column, message: "not valid JSON: \(message)")
    }

    private mutating func value() throws(DeskExportError) -> DeskJSON {
        let start = here
        guard index < bytes.count else { throw fail("the file ends where a value should be (is it cut short?)") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return DeskJSON(value: try object(), at: start)
        case UInt8(ascii: "["): return DeskJSON(value: try array(), at: start)
        case UInt8(ascii: "\""): return DeskJSON(value: .string(try string()), at: start)
        case UInt8(ascii: "t"): try word("true"); return DeskJSON(value: .bool(true), at: start)
        case UInt8(ascii: "f"): try word("false"); return DeskJSON(value: .bool(false), at: start)
        case UInt8(ascii: "n"): try word("null"); return DeskJSON(value: .null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return DeskJSON(value: .number(try number()), at: start)
        default: throw fail("unexpected \(describe(bytes[index])) where a value should be")
        }
    }

    private mutating func object() throws(DeskExportError) -> DeskJSON.Value {
        try enter()
        defer { depth -= 1 }
        advance()   // {
        var members: [DeskJSON.Member] = []
        skipSpace()
        if peek(UInt8(ascii: "}")) { advance(); return .object(members) }
        while true {
            skipSpace()
            guard index < bytes.count else { throw fail("the file ends inside an object (is it cut short?)") }
            guard bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a quoted key, found \(describe(bytes[index]))") }
            let keyAt = here
            let key = try string().text
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { throw fail(index < bytes.count ? "expected ':' after the key '\(key)'" : "the file ends inside an object (is it cut short?)") }
            advance()
            skipSpace()
            members.append(DeskJSON.Member(key: key, keyAt: keyAt, value: try value()))
            skipSpace()
            guard index < bytes.count else { throw fail("the file ends inside an object (is it cut short?)") }
            if peek(UInt8(ascii: ",")) { advance(); continue }
            if peek(UInt8(ascii: "}")) { advance(); return .object(members) }
            throw fail("expected ',' or '}' after the value of '\(key)', found \(describe(bytes[index]))")
        }
    }

    private mutating func array() throws(DeskExportError) -> DeskJSON.Value {
        try enter()
        defer { depth -= 1 }
        advance()   // [
        var elements: [DeskJSON] = []
        skipSpace()
        if peek(UInt8(ascii: "]")) { advance(); return .array(elements) }
        while true {
            skipSpace()
            elements.append(try value())
            skipSpace()
            guard index < bytes.count else { throw fail("the file ends inside a list (is it cut short?)") }
            if peek(UInt8(ascii: ",")) { advance(); continue }
            if peek(UInt8(ascii: "]")) { advance(); return .array(elements) }
            throw fail("expected ',' or ']' in a list, found \(describe(bytes[index]))")
        }
    }

    private mutating func enter() throws(DeskExportError) {
        depth += 1
        if depth > Self.maxDepth { throw fail("nested more than \(Self.maxDepth) levels deep") }
    }

    private mutating func string() throws(DeskExportError) -> DeskString {
        let open = here
        advance()   // "
        let start = here
        var scalars = String.UnicodeScalarView()
        var escapes: [(index: Int, extra: Int)] = []
        var extra = 0
        var count = 0
        while true {
            guard index < bytes.count else { throw fail("the file ends inside a string (is it cut short?)", at: open) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { advance(); break }
            if byte < 0x20 {
                throw fail(byte == 0x0A ? "a string runs past the end of its line (a line break must be written \\n)" : "a control character in a string must be escaped")
            }
            if byte == UInt8(ascii: "\\") {
                let (scalar, width) = try escape()
                scalars.append(scalar)
                extra += width - 1
                escapes.append((count, extra))
            } else {
                scalars.append(try utf8Scalar())
            }
            count += 1
        }
        _ = start
        return DeskString(text: String(scalars), start: start, escapes: escapes)
    }

    /// One escape: the scalar and how many columns it took.
    private mutating func escape() throws(DeskExportError) -> (Unicode.Scalar, Int) {
        let at = here
        advance()   // backslash
        guard index < bytes.count else { throw fail("the file ends inside a string (is it cut short?)") }
        let letter = bytes[index]
        advance()
        switch letter {
        case UInt8(ascii: "\""): return ("\"", 2)
        case UInt8(ascii: "\\"): return ("\\", 2)
        case UInt8(ascii: "/"): return ("/", 2)
        case UInt8(ascii: "b"): return ("\u{08}", 2)
        case UInt8(ascii: "f"): return ("\u{0C}", 2)
        case UInt8(ascii: "n"): return ("\n", 2)
        case UInt8(ascii: "r"): return ("\r", 2)
        case UInt8(ascii: "t"): return ("\t", 2)
        case UInt8(ascii: "u"):
            let high = try hex4(at)
            if (0xD800...0xDBFF).contains(high) {
                guard peek(UInt8(ascii: "\\")), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw fail("\\u\(hexText(high)) is half of a surrogate pair with no second half", at: at)
                }
                advance(); advance()
                let low = try hex4(at)
                guard (0xDC00...0xDFFF).contains(low),
                      let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else {
                    throw fail("\\u\(hexText(high)) is not followed by the second half of a surrogate pair", at: at)
                }
                return (scalar, 12)
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw fail("\\u\(hexText(high)) is the second half of a surrogate pair with no first half", at: at)
            }
            return (scalar, 6)
        default:
            throw fail("'\\\(describeRaw(letter))' is not a JSON escape", at: at)
        }
    }

    private mutating func hex4(_ at: DeskPosition) throws(DeskExportError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = Self.hexDigit(bytes[index]) else {
                throw fail("\\u needs four hexadecimal digits", at: at)
            }
            value = value << 4 | digit
            advance()
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func hexText(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// One UTF-8 encoded scalar; a malformed sequence is an error.
    private mutating func utf8Scalar() throws(DeskExportError) -> Unicode.Scalar {
        let first = bytes[index]
        let length: Int
        var value: UInt32
        switch first {
        case 0x00...0x7F: advance(); return Unicode.Scalar(first)
        case 0xC2...0xDF: (length, value) = (2, UInt32(first & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(first & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(first & 0x07))
        default: throw fail("the file is not UTF-8 text")
        }
        guard index + length <= bytes.count else { throw fail("the file is not UTF-8 text") }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { throw fail("the file is not UTF-8 text") }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { throw fail("the file is not UTF-8 text") }
        index += length
        column += 1
        return scalar
    }

    private mutating func number() throws(DeskExportError) -> String {
        let begin = index
        if peek(UInt8(ascii: "-")) { advance() }
        guard digits() > 0 else { throw fail("a number needs digits") }
        if peek(UInt8(ascii: ".")) {
            advance()
            guard digits() > 0 else { throw fail("a number needs digits after its '.'") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            advance()
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { advance() }
            guard digits() > 0 else { throw fail("a number needs digits in its exponent") }
        }
        return String(decoding: bytes[begin..<index], as: UTF8.self)
    }

    private mutating func digits() -> Int {
        var count = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            advance()
            count += 1
        }
        return count
    }

    private mutating func word(_ word: StaticString) throws(DeskExportError) {
        let start = here
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard index < bytes.count, bytes[index] == byte else { throw fail("expected '\(word)'", at: start) }
            advance()
        }
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: advance()
            case 0x0A: index += 1; line += 1; column = 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    /// Past one ASCII byte (multi-byte scalars go through `utf8Scalar`).
    private mutating func advance() {
        index += 1
        column += 1
    }

    private func describe(_ byte: UInt8) -> String { "'\(describeRaw(byte))'" }

    private func describeRaw(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16, uppercase: true)
    }
}
