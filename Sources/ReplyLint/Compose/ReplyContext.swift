import Foundation

/// What a reply takes from the customer's message (`--reply-to ORIGINAL.eml`): who they are,
/// the thread (subject, In-Reply-To, References), when they wrote and in which UTC offset.
public struct ReplyContext: Sendable, Equatable {
    /// `customer_name`, `customer_first_name`, `customer_last_name`, `customer_title`,
    /// `customer_email`, `original_date`, `customer_utc_offset`, for those known.
    public var values: [String: String] = [:]
    /// "Re: <original subject>", one prefix; nil when the original has no subject.
    public var subject: String?
    public var inReplyTo: String?
    public var references: [String] = []
    /// The customer's own message, for the linter (reply latency, greeting name).
    public var original: OriginalMessage
    /// The customer's UTC offset in seconds, when their Date gave one.
    public var customerOffset: Int?
    /// The original's Content-Language, or the language the linter reads it in.
    public var language: String?

    /// Reads the customer's message. `titles` and `replyPrefixes` are folded (`dr`, `re`).
    init(bytes: [UInt8], titles: Set<String>, replyPrefixes: Set<String>) throws(MessageError) {
        let message = try MessageParser.parse(bytes)
        let author = message.from.first
        original = OriginalMessage(date: message.date, author: author)
        if let author {
            values["customer_email"] = author.address
            if let name = CustomerName(author.name, titles: titles) {
                values["customer_name"] = name.full
                values["customer_first_name"] = name.first
                values["customer_last_name"] = name.last
                values["customer_title"] = name.title
            }
        }
        if let date = message.date {
            values["original_date"] = date.iso8601
            if date.offsetKnown {
                customerOffset = date.utcOffset
                values["customer_utc_offset"] = RecipientTimeZone.format(offset: date.utcOffset)
            }
        }
        if let original = message.subject?.value {
            let core = Self.subjectCore(original, prefixes: replyPrefixes)
            subject = core.isEmpty ? nil : "Re: " + core
        }
        let ids = Self.messageIDs(message.field("Message-ID")?.rawValue ?? "")
        inReplyTo = ids.first
        references = Self.messageIDs(message.field("References")?.rawValue ?? "") + (ids.first.map { [$0] } ?? [])
        language = message.contentLanguage.flatMap { $0.split(separator: ",").first.map { String($0.trimmingWhitespace) } }
    }

    /// The subject without its stacked reply and forward prefixes ("Re: RE: Fwd: AW: Refund" → "Refund").
    static func subjectCore(_ subject: String, prefixes: Set<String>) -> String {
        var rest = Substring(subject).trimmingWhitespace
        while let colon = rest.prefix(16).firstIndex(where: { $0 == ":" || $0 == "：" }) {
            var word = rest[..<colon].trimmingWhitespace
            if word.last == "]" || word.last == ")", let open = word.lastIndex(where: { $0 == "[" || $0 == "(" }) {
                word = word[..<open]   // Re[2]:
            }
            guard !word.isEmpty, prefixes.contains(TextFolding.fold(word)) else { break }
            rest = rest[rest.index(after: colon)...].trimmingWhitespace
        }
        return String(rest)
    }

    /// The `<id@host>` tokens of a Message-ID or References field; anything else is dropped,
    /// so nothing of the customer's can reach our headers but well-formed ids.
    static func messageIDs(_ raw: String) -> [String] {
        var ids: [String] = []
        var current: String?
        for character in raw {
            if character == "<" {
                current = "<"
            } else if character == ">", let open = current {
                if open.count > 1, open.contains("@") { ids.append(open + ">") }
                current = nil
            } else if character.isWhitespace || !character.isASCII || character.asciiValue.map({ $0 < 0x21 || $0 == 0x7F }) == true {
                current = nil
            } else {
                current?.append(character)
            }
        }
        return Array(ids.suffix(30).filter { $0.utf8.count <= 250 })
    }
}
