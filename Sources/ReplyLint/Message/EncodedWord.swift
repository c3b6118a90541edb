/// One `=?charset?encoding?text?=` token and its decoded bytes (not yet charset-decoded).
struct EncodedWord {
    /// The charset without an RFC 2231 `*language` suffix.
    var charset: String
    var decoded: [UInt8]
    /// The encoding letter was neither B nor Q.
    var isUnknownEncoding: Bool
    /// The text was not valid base64 or had bad `=XX` escapes; decoded as far as possible.
    var damaged: Bool
    var start: Int
    /// The offset just past the closing `?=`.
    var end: Int

    /// Reads the word starting at `start` (which holds `=?`), or nil when none stands there.
    init?(_ bytes: [UInt8], at start: Int) {
        var index = start + 2
        let charsetStart = index
        while index < bytes.count, bytes[index] != 0x3F, !Self.isBlank(bytes[index]) { index += 1 }
        guard index + 2 < bytes.count, index > charsetStart, bytes[index] == 0x3F, bytes[index + 2] == 0x3F else {
            return nil
        }
        let charsetBytes = bytes[charsetStart..<index].prefix { $0 != 0x2A }
        let letter = bytes[index + 1] | 0x20
        index += 3
        let textStart = index
        while index < bytes.count, bytes[index] != 0x3F, !Self.isBlank(bytes[index]) { index += 1 }
        guard index + 1 < bytes.count, bytes[index] == 0x3F, bytes[index + 1] == 0x3D else { return nil }
        let text = bytes[textStart..<index]
        charset = String(decoding: charsetBytes, as: UTF8.self)
        self.start = start
        end = index + 2
        switch letter {
        case UInt8(ascii: "b"): (decoded, damaged) = Self.base64(text)
        case UInt8(ascii: "q"): (decoded, damaged) = Self.qEncoding(text)
        default: (decoded, damaged, isUnknownEncoding) = ([], false, true); return
        }
        isUnknownEncoding = false
    }

    func text(in bytes: [UInt8]) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Base64 that tolerates missing padding; other characters outside the alphabet are skipped.
    static func base64(_ text: ArraySlice<UInt8>) -> ([UInt8], Bool) {
        var output: [UInt8] = []
        output.reserveCapacity(text.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        var damaged = false
        for byte in text {
            if byte == 0x3D { break }
            guard let value = base64Value(byte) else {
                damaged = true
                continue
            }
            accumulator = (accumulator << 6) | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        return (output, damaged || bits >= 6)
    }

    private static func base64Value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }

    /// RFC 2047 "Q": `_` is a space, `=XX` a byte; a bad escape is kept as written.
    static func qEncoding(_ text: ArraySlice<UInt8>) -> ([UInt8], Bool) {
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var damaged = false
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == 0x5F {
                output.append(0x20)
            } else if byte == 0x3D, index + 2 < text.endIndex,
                      let high = hexValue(text[index + 1]), let low = hexValue(text[index + 2]) {
                output.append(high << 4 | low)
                index += 2
            } else {
                if byte == 0x3D { damaged = true }
                output.append(byte)
            }
            index += 1
        }
        return (output, damaged)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
