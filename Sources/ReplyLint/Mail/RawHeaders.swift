/// The top header section of a message as raw byte ranges, read the way the parser reads it
/// (`HeaderSection.parse`): fields with their continuation lines, up to a blank line or a line
/// that is neither a field nor a continuation. Nothing is decoded, so any bytes will do.
struct RawHeaders {
    struct Field {
        /// The name as written, without spaces before the colon.
        var name: String
        /// The whole field: its first line, continuation lines and their line breaks.
        var range: Range<Int>
    }

    /// Where the section starts: 0, or past a leading mbox `From ` line.
    let start: Int
    let fields: [Field]
    /// The message's line-break convention: CRLF when its first line break is one, else LF.
    let lineBreak: String
    /// The message has no header section: its first line (after any mbox line) is neither a
    /// field nor blank, so all of it is body.
    let isHeadless: Bool

    init(_ bytes: [UInt8]) {
        let firstLF = bytes.firstIndex(of: 0x0A)
        lineBreak = firstLF.map { $0 > 0 && bytes[$0 - 1] == 0x0D } == true ? "\r\n" : "\n"
        var position = 0
        if bytes.starts(with: Array("From ".utf8)) {
            let next = HeaderSection.nextLineStart(bytes, from: 0, end: bytes.count)
            // An mbox line ends in a line break; the stamp then goes on the next line.
            if bytes[next - 1] == 0x0A, HeaderSection.fieldNameEnd(bytes, 0..<HeaderSection.contentEnd(bytes, start: 0, next: next)) == nil {
                position = next
            }
        }
        start = position
        var fields: [Field] = []
        var headless = false
        while position < bytes.count {
            let next = HeaderSection.nextLineStart(bytes, from: position, end: bytes.count)
            let content = position..<HeaderSection.contentEnd(bytes, start: position, next: next)
            if content.isEmpty { break }
            let first = bytes[position]
            if first == 0x20 || first == 0x09, !fields.isEmpty {
                fields[fields.count - 1].range = fields[fields.count - 1].range.lowerBound..<next
            } else if let colon = HeaderSection.fieldNameEnd(bytes, content) {
                let name = String(decoding: bytes[position..<colon], as: UTF8.self).trimmingSuffix { $0 == " " || $0 == "\t" }
                fields.append(Field(name: name, range: position..<next))
            } else {
                headless = fields.isEmpty
                break
            }
            position = next
        }
        self.fields = fields
        isHeadless = headless
    }

    /// Whether a field of this name is replylint's own (`X-ReplyLint-…` in any case).
    static func isStamp(_ name: String) -> Bool {
        name.lowercased().hasPrefix(VerdictStamp.fieldPrefix.lowercased())
    }
}
