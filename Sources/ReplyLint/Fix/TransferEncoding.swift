/// Content-Transfer-Encoding encoders, the inverse of `TransferDecoding`, for rewriting a part's body.
enum TransferEncoding {
    /// RFC 2045 §6.7 quoted-printable: every LF in `bytes` becomes a hard line break written as
    /// `lineBreak`; lines are soft-broken so none is longer than 76 characters.
    static func quotedPrintable(_ bytes: [UInt8], lineBreak: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            if number > 0 { output += lineBreak }
            var length = 0
            for index in line.indices {
                let isLast = index == line.index(before: line.endIndex)
                let token = qpToken(line[index], atLineEnd: isLast)
                // Keep room for the `=` of a soft break unless this token ends the line.
                let room = isLast ? 76 : 75
                if length + token.count > room {
                    output.append(0x3D)
                    output += lineBreak
                    length = 0
                }
                output += token
                length += token.count
            }
        }
        return output
    }

    private static func qpToken(_ byte: UInt8, atLineEnd: Bool) -> [UInt8] {
        let literal = (byte >= 33 && byte <= 126 && byte != 0x3D) || ((byte == 0x20 || byte == 0x09) && !atLineEnd)
        if literal { return [byte] }
        let hex = Array("0123456789ABCDEF".utf8)
        return [0x3D, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
    }

    /// Base64 in lines of `lineLength` characters (a multiple of 4, at most 76), each followed by `lineBreak`
    /// except the last.
    static func base64(_ bytes: [UInt8], lineLength: Int, lineBreak: [UInt8]) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var encoded: [UInt8] = []
        encoded.reserveCapacity(bytes.count * 4 / 3 + 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group = UInt32(bytes[index]) << 16
            if count > 1 { group |= UInt32(bytes[index + 1]) << 8 }
            if count > 2 { group |= UInt32(bytes[index + 2]) }
            for slot in 0..<4 {
                encoded.append(slot <= count ? alphabet[Int((group >> UInt32(18 - 6 * slot)) & 0x3F)] : 0x3D)
            }
            index += 3
        }
        let width = max(4, min(76, lineLength - lineLength % 4))
        var output: [UInt8] = []
        output.reserveCapacity(encoded.count + encoded.count / width * lineBreak.count)
        var start = 0
        while start < encoded.count {
            if start > 0 { output += lineBreak }
            output += encoded[start..<min(start + width, encoded.count)]
            start += width
        }
        return output
    }
}
