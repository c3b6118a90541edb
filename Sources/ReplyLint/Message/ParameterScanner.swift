/// Reads `; name=value` pairs from a MIME header value's bytes.
struct ParameterScanner {
    private let bytes: [UInt8]
    private var index = 0
    private(set) var problems: [String] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func skipBlanksAndComments() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D, 0x0A: index += 1
            case 0x28: skipComment()
            default: return
            }
        }
    }

    /// A run of bytes up to a blank, a comment or one of `stops`.
    mutating func token(stoppingAt stops: Set<UInt8>) -> String {
        let start = index
        while index < bytes.count, !Self.isBlank(bytes[index]), bytes[index] != 0x28, !stops.contains(bytes[index]) {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// The next `name=value` pair, with the name lower-cased; nil at the end.
    mutating func nextParameter() -> (String, String)? {
        while true {
            skipBlanksAndComments()
            guard index < bytes.count else { return nil }
            if bytes[index] == 0x3B {
                index += 1
                continue
            }
            let name = token(stoppingAt: [0x3B, 0x3D, 0x22]).lowercased()
            skipBlanksAndComments()
            guard index < bytes.count, bytes[index] == 0x3D, !name.isEmpty else {
                // A name without a value, or a stray character: skip past it.
                if name.isEmpty, index < bytes.count { index += 1 }
                continue
            }
            index += 1
            skipBlanksAndComments()
            return (name, index < bytes.count && bytes[index] == 0x22 ? quotedString() : unquotedValue())
        }
    }

    /// An unquoted value ends at `;`; at a blank only when another `name=` follows,
    /// since a semicolon is often missing but unquoted file names often hold spaces.
    private mutating func unquotedValue() -> String {
        let start = index
        var end = index
        while index < bytes.count, bytes[index] != 0x3B {
            if bytes[index] == 0x28 { break }
            if Self.isBlank(bytes[index]) {
                if startsParameter(after: index) { break }
            } else {
                end = index + 1
            }
            index += 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func startsParameter(after position: Int) -> Bool {
        var probe = position
        var depth = 0
        while probe < bytes.count, Self.isBlank(bytes[probe]) || bytes[probe] == 0x28 || bytes[probe] == 0x29 || depth > 0 {
            if bytes[probe] == 0x28 { depth += 1 } else if bytes[probe] == 0x29 { depth = max(0, depth - 1) }
            probe += 1
        }
        let nameStart = probe
        while probe < bytes.count, Self.isTokenByte(bytes[probe]) { probe += 1 }
        return probe > nameStart && probe < bytes.count && bytes[probe] == 0x3D
    }

    private mutating func quotedString() -> String {
        let start = index
        index += 1
        var content: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x22 { return String(decoding: content, as: UTF8.self) }
            if byte == 0x5C, index < bytes.count {
                content.append(bytes[index])
                index += 1
            } else {
                content.append(byte)
            }
        }
        let excerpt = String(decoding: bytes[start...].prefix(40), as: UTF8.self)
        problems.append("unterminated quoted string '\(excerpt)'")
        return String(decoding: content, as: UTF8.self)
    }

    private mutating func skipComment() {
        var depth = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x28: depth += 1
            case 0x29: depth -= 1
            case 0x5C: index += 1
            default: break
            }
            index += 1
            if depth == 0 { return }
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && !"()<>@,;:\\\"/[]?=".utf8.contains(byte)
    }
}
