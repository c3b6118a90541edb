/// A lexical unit of an address header (RFC 5322 §3.2), with where it stood.
struct AddressToken: Equatable {
    enum Kind: Equatable {
        /// An atom or dot-atom run, or a domain literal `[1.2.3.4]`.
        case word(String)
        case quoted(String)
        case comment(String)
        /// One of `< > , : ; @`.
        case special(UInt8)
    }

    var kind: Kind
    /// Whether blanks stood before it (it then starts a new word in a phrase).
    var spaceBefore: Bool
    var range: Range<Int>

    func isSpecial(_ byte: UInt8) -> Bool { kind == .special(byte) }

    func isWord(where predicate: (String) -> Bool) -> Bool {
        if case let .word(text) = kind { return predicate(text) }
        return false
    }

    /// Splits a header value; unterminated quoted strings and comments run to the end
    /// and are reported.
    static func tokens(_ bytes: [UInt8], problems: inout [String]) -> [AddressToken] {
        var tokens: [AddressToken] = []
        var index = 0
        var spaceBefore = false
        var unterminated = 0
        while index < bytes.count {
            let byte = bytes[index]
            let start = index
            let kind: Kind
            switch byte {
            case 0x20, 0x09, 0x0D, 0x0A:
                spaceBefore = true
                index += 1
                continue
            case 0x22, 0x28:
                let isQuote = byte == 0x22
                let (content, end, closed) = delimited(bytes, from: index, close: isQuote ? 0x22 : 0x29, nests: !isQuote)
                guard closed else {
                    // Read on as if the opening character were not there, so what follows still
                    // counts; but each retry rescans to the end, so after a few the rest is one
                    // unterminated token (a run of "((((" would otherwise cost quadratic time).
                    problems.append("unterminated \(isQuote ? "quoted string" : "comment") '\(excerpt(bytes, start))'")
                    unterminated += 1
                    if unterminated >= 4 {
                        tokens.append(AddressToken(kind: isQuote ? .quoted(content) : .comment(content),
                                                   spaceBefore: spaceBefore, range: start..<bytes.count))
                        return tokens
                    }
                    index += 1
                    continue
                }
                (kind, index) = (isQuote ? .quoted(content) : .comment(content), end)
            case 0x3C, 0x3E, 0x2C, 0x3A, 0x3B, 0x40:
                (kind, index) = (.special(byte), index + 1)
            default:
                index = wordEnd(bytes, from: index)
                kind = .word(String(decoding: bytes[start..<index], as: UTF8.self))
            }
            tokens.append(AddressToken(kind: kind, spaceBefore: spaceBefore, range: start..<index))
            spaceBefore = false
        }
        return tokens
    }

    private static func wordEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        var inLiteral = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x5B { inLiteral = true }
            if byte == 0x5D { inLiteral = false }
            if !inLiteral, "\t\r\n \"(<>,:;@".utf8.contains(byte) { break }
            index += 1
        }
        return max(index, start + 1)
    }

    /// The content of `"..."` or `(...)` starting at `start`, backslash escapes removed.
    private static func delimited(_ bytes: [UInt8], from start: Int, close: UInt8, nests: Bool)
        -> (String, Int, Bool) {
        var content: [UInt8] = []
        var depth = 1
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x5C, index < bytes.count {
                content.append(bytes[index])
                index += 1
                continue
            }
            if nests, byte == 0x28 { depth += 1 }
            if byte == close {
                depth -= 1
                if depth == 0 { return (String(decoding: content, as: UTF8.self), index, true) }
            }
            content.append(byte)
        }
        return (String(decoding: content, as: UTF8.self), index, false)
    }

    static func excerpt(_ bytes: [UInt8], _ start: Int) -> String {
        let text = String(decoding: bytes[start...].prefix(60), as: UTF8.self)
        return text.trimmingBlanks()
    }
}
