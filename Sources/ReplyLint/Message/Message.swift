/// A parsed RFC 5322 / MIME message: decoded headers, leaf parts, the chosen
/// text body, and what the parser had to repair.
struct Message: Sendable {
    var headers: [HeaderField]
    var from: [MailAddress]
    var to: [MailAddress]
    var cc: [MailAddress]
    var bcc: [MailAddress]
    var date: MessageDate?
    /// Leaf parts in document order.
    var parts: [MessagePart]
    /// The text a reader sees: text/plain preferred, else text/html converted to text.
    var body: BodyText
    var problems: [MessageProblem]
    /// The raw file's lines (decoded for display), 1-based via `rawLine(_:)`.
    var rawLines: [Substring]

    func field(_ name: String) -> HeaderField? {
        headers.first { $0.name.caseInsensitiveEquals(name) }
    }

    func fields(_ name: String) -> [HeaderField] {
        headers.filter { $0.name.caseInsensitiveEquals(name) }
    }

    var subject: HeaderField? { field("Subject") }
    var attachments: [MessagePart] { parts.filter(\.isAttachment) }
    var contentLanguage: String? { field("Content-Language")?.value }

    func rawLine(_ line: Int) -> Substring? {
        line >= 1 && line <= rawLines.count ? rawLines[line - 1] : nil
    }
}

/// The decoded text of the body part a reader sees.
struct BodyText: Sendable, Equatable {
    /// Decoded text with `\n` line endings.
    var text: String
    var map: SourceMap
    /// `text/plain` or `text/html` (converted), or empty when the message has no text part.
    var contentType: String
    /// Where the part's body stands in the file and how it is encoded (`check --fix`).
    var source: BodySource?
}

/// The raw form of the part the body text came from.
struct BodySource: Sendable, Equatable {
    /// The body's bytes in the file (after the part's headers, before a boundary's line break).
    var range: Range<Int>
    /// Lower-cased charset parameter, when given.
    var charset: String?
    /// Lower-cased Content-Transfer-Encoding.
    var transferEncoding: String
    /// `format=flowed`, whose lines the body text joined.
    var isFlowed: Bool
    /// A text/html part stands beside this text/plain one (an alternative), which a fix would not change.
    var hasAlternative: Bool
    /// How many parts the body text joins (text around an inline attachment), which a fix would not rewrite.
    var partCount = 1
}

extension StringProtocol {
    func caseInsensitiveEquals(_ other: some StringProtocol) -> Bool {
        count == other.count && lowercased() == other.lowercased()
    }
}

extension BodyText {
    /// The texts of the body's parts one after another, each starting on a line of its own.
    static func joined(_ parts: [BodyText]) -> BodyText {
        guard var body = parts.first else {
            return BodyText(text: "", map: SourceMap(lines: [], exactColumns: true, note: nil), contentType: "")
        }
        for part in parts.dropFirst() {
            body.text += "\n" + part.text
            body.map.lines += part.map.lines
            body.map.exactColumns = body.map.exactColumns && part.map.exactColumns
            if body.map.note != part.map.note { body.map.note = nil }
        }
        body.source?.partCount = parts.count
        return body
    }
}
