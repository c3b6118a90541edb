/// Writes header text as RFC 2047 encoded-words in UTF-8, folded so that no line is longer
/// than 78 characters and no word longer than 75.
enum EncodedWordWriter {
    static let maxLine = 78
    static let maxWord = 75

    /// `prefix` (the field's name, colon and space as written) followed by `value` as encoded-words,
    /// B or Q, whichever is shorter. Spaces are encoded inside the words, since a decoder drops the
    /// white space between adjacent words.
    static func field(prefix: [UInt8], value: String, lineBreak: [UInt8]) -> [UInt8] {
        guard !value.isEmpty else { return prefix }
        let units = value.flatMap { character -> [[UInt8]] in
            let bytes = Array(String(character).utf8)
            // A cluster too long for one word is split between its scalars, each still whole UTF-8.
            return bytes.count > 40 ? character.unicodeScalars.map { Array(String($0).utf8) } : [bytes]
        }
        let all = units.flatMap { $0 }
        let useQ = all.reduce(0) { $0 + qLength($1) } <= (all.count + 2) / 3 * 4
        let overhead = "=?UTF-8?Q?".utf8.count + 2
        var output = prefix
        var lineUsed = prefix.count
        if maxLine - lineUsed < overhead + 12 {
            while let last = output.last, last == 0x20 || last == 0x09 { output.removeLast() }
            output += lineBreak + [0x20]
            lineUsed = 1
        }
        var word: [UInt8] = []
        func payload(_ bytes: [UInt8]) -> Int { useQ ? bytes.reduce(0) { $0 + qLength($1) } : (bytes.count + 2) / 3 * 4 }
        for unit in units {
            let room = min(maxWord, maxLine - lineUsed) - overhead
            if !word.isEmpty, payload(word + unit) > room {
                output += encodedWord(word, useQ: useQ) + lineBreak + [0x20]
                lineUsed = 1
                word = []
            }
            word += unit
        }
        if !word.isEmpty { output += encodedWord(word, useQ: useQ) }
        return output
    }

    private static func encodedWord(_ bytes: [UInt8], useQ: Bool) -> [UInt8] {
        let body: [UInt8] = useQ ? bytes.flatMap(qToken) : TransferEncoding.base64(bytes, lineLength: 76, lineBreak: [])
        return Array("=?UTF-8?\(useQ ? "Q" : "B")?".utf8) + body + Array("?=".utf8)
    }

    /// Q keeps letters, digits and `!*+-/` (safe wherever an encoded-word may stand); a space is `_`.
    private static func qToken(_ byte: UInt8) -> [UInt8] {
        if isQLiteral(byte) { return [byte] }
        if byte == 0x20 { return [0x5F] }
        let hex = Array("0123456789ABCDEF".utf8)
        return [0x3D, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
    }

    private static func qLength(_ byte: UInt8) -> Int { isQLiteral(byte) || byte == 0x20 ? 1 : 3 }

    private static func isQLiteral(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }
}
