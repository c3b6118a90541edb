import Foundation

/// A filled template as an RFC 5322 message: UTF-8 plain text, non-ASCII header text as
/// RFC 2047 encoded-words, header lines folded to 78 characters, no line over 998.
struct ComposedMessage {
    /// One header as a reader sees it (decoded).
    struct Header: Sendable, Equatable {
        var name: String
        var value: String
        /// The field as written: already encoded and folded, without the final line break.
        var written: [UInt8]
    }

    var headers: [Header] = []
    var body: String
    var lineBreak: [UInt8]
    var bodyEncoding: BodyEncoding

    init(body: String, crlf: Bool, bodyEncoding: BodyEncoding = .quotedPrintable) {
        self.body = body
        lineBreak = crlf ? [0x0D, 0x0A] : [0x0A]
        self.bodyEncoding = bodyEncoding
    }

    /// The message's bytes.
    var bytes: [UInt8] {
        var output: [UInt8] = []
        for header in headers { output += header.written + lineBreak }
        let (encoding, encoded) = encodedBody
        output += Array("MIME-Version: 1.0".utf8) + lineBreak
        output += Array("Content-Type: text/plain; charset=utf-8".utf8) + lineBreak
        output += Array("Content-Transfer-Encoding: \(encoding)".utf8) + lineBreak
        return output + lineBreak + encoded
    }

    /// 7bit when the body is ASCII in lines of at most 78 characters; with `.eightBit`, 8bit when
    /// no line is over 998 bytes (RFC 5322) and there is no NUL; else quoted-printable.
    var encodedBody: (encoding: String, bytes: [UInt8]) {
        var text = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if !text.hasSuffix("\n") { text += "\n" }
        let bytes = Array(text.utf8)
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let joined = { Array(lines.dropLast().map { Array($0) + lineBreak }.joined()) }
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0 }), lines.allSatisfy({ $0.count <= 78 }) {
            return ("7bit", joined())
        }
        if bodyEncoding == .eightBit, !bytes.contains(0), lines.allSatisfy({ $0.count <= 998 }) {
            return ("8bit", joined())
        }
        let body = bytes.dropLast()   // the final LF comes back as the last line break
        return ("quoted-printable", TransferEncoding.quotedPrintable(Array(body), lineBreak: lineBreak) + lineBreak)
    }

    /// Unstructured text (Subject): as it is when plain ASCII, folded at spaces; otherwise
    /// encoded-words.
    mutating func addText(_ name: String, _ value: String) {
        let prefix = Array("\(name): ".utf8)
        let words = value.split(separator: " ", omittingEmptySubsequences: false)
        let plain = value.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F }
            && !value.contains("=?") && words.allSatisfy { !$0.isEmpty && $0.utf8.count < 900 }
        let written = plain ? fold(prefix, words: words.map { .plain(Array($0.utf8)) })
            : EncodedWordWriter.field(prefix: prefix, value: value, lineBreak: lineBreak)
        headers.append(Header(name: name, value: value, written: written))
    }

    /// Mailboxes (From, To, Cc, Bcc, Reply-To); names that are not plain atoms are quoted or encoded.
    mutating func addAddresses(_ name: String, _ addresses: [MailAddress]) {
        guard !addresses.isEmpty else { return }
        var words: [Word] = []
        for (index, address) in addresses.enumerated() {
            let comma: [UInt8] = index < addresses.count - 1 ? [0x2C] : []
            if let display = address.name, !display.isEmpty {
                words += Self.phrase(display)
                words.append(.plain(Array("<\(address.address)>".utf8) + comma))
            } else {
                words.append(.plain(Array(address.address.utf8) + comma))
            }
        }
        let value = addresses.map { address in
            address.name.map { "\($0) <\(address.address)>" } ?? address.address
        }.joined(separator: ", ")
        headers.append(Header(name: name, value: value, written: fold(Array("\(name): ".utf8), words: words)))
    }

    /// Message-IDs and other tokens that may be folded between them.
    mutating func addTokens(_ name: String, _ tokens: [String]) {
        guard !tokens.isEmpty else { return }
        let written = fold(Array("\(name): ".utf8), words: tokens.map { .plain(Array($0.utf8)) })
        headers.append(Header(name: name, value: tokens.joined(separator: " "), written: written))
    }

    /// A piece of a header: written as it is, or as encoded-words.
    enum Word {
        case plain([UInt8])
        case encoded(String)
    }

    /// A display name as a phrase: atoms as they are, ASCII with specials as a quoted string,
    /// anything else as encoded-words.
    static func phrase(_ name: String) -> [Word] {
        let atext = Set("!#$%&'*+-/=?^_`{|}~".utf8)
        let ascii = name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F }
        guard ascii, !name.contains("=?") else { return [.encoded(name)] }
        let words = name.split(separator: " ")
        let isAtom = { (byte: UInt8) in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || atext.contains(byte)
        }
        if words.allSatisfy({ $0.utf8.allSatisfy(isAtom) }) { return words.map { .plain(Array($0.utf8)) } }
        var quoted: [UInt8] = [0x22]
        for byte in name.utf8 {
            if byte == 0x22 || byte == 0x5C { quoted.append(0x5C) }
            quoted.append(byte)
        }
        return [.plain(quoted + [0x22])]
    }

    /// `prefix` and `words` separated by spaces, with a line break before a word that would
    /// pass 78 characters. Encoded-words fold themselves from where they start.
    func fold(_ prefix: [UInt8], words: [Word]) -> [UInt8] {
        var output = prefix
        var lineStart = 0
        for (index, word) in words.enumerated() {
            let lineLength = output.count - lineStart
            switch word {
            case let .plain(bytes):
                if index > 0 {
                    output += lineLength + 1 + bytes.count > 78 ? lineBreak + [0x20] : [0x20]
                    if output.last == 0x20, output.count >= 2, output[output.count - 2] == lineBreak.last { lineStart = output.count - 1 }
                }
                output += bytes
            case let .encoded(text):
                if index > 0 { output.append(0x20) }
                let line = Array(output[lineStart...])
                output = Array(output[..<lineStart]) + EncodedWordWriter.field(prefix: line, value: text, lineBreak: lineBreak)
                if let lastBreak = output.lastIndex(of: lineBreak[lineBreak.count - 1]), lastBreak >= lineStart {
                    lineStart = lastBreak + 1
                }
            }
        }
        return output
    }
}

/// How `compose` writes a body that is not ASCII in short lines.
public enum BodyEncoding: String, Sendable, CaseIterable {
    /// Quoted-printable: 7-bit safe through any mail server (the default).
    case quotedPrintable = "quoted-printable"
    /// The UTF-8 as it is, marked 8bit, for servers that take 8BITMIME (all current ones);
    /// quoted-printable still when a line is over 998 bytes.
    case eightBit = "8bit"
}
