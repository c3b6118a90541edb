/// A draft given as fields instead of a message (an agent's tool call, a form): written as the
/// RFC 5322 message a mail client would send, so it is linted exactly like a draft from a file.
/// Headers are encoded as `compose` writes them (RFC 2047 for non-ASCII text); the body goes out
/// 7bit or 8bit when it can, so a finding's line and column point at the body as given.
public struct DraftFields: Sendable, Equatable {
    public var subject: String?
    public var body: String
    /// Address lists as written: `Sarah Carter <sarah@example.com>`, several per entry allowed.
    public var to: [String]
    public var from: String?
    public var cc: [String]
    /// When the reply is sent: an RFC 3339 instant (`2026-11-16T10:12:00+02:00`) or an RFC 5322 date.
    public var date: String?

    public init(subject: String? = nil, body: String, to: [String] = [], from: String? = nil, cc: [String] = [],
                date: String? = nil) {
        (self.subject, self.body, self.to, self.from, self.cc, self.date) = (subject, body, to, from, cc, date)
    }

    /// The message, or why the fields make none: the failure names the field and quotes its value.
    /// A body over `limit` bytes is refused before anything is written.
    public func message(limit: Int = MessageLimits().maxBytes) -> Result<[UInt8], LintFailure> {
        guard body.utf8.count <= limit else {
            return .failure(LintFailure(.overLimit, "body", MessageError.tooLarge(bytes: body.utf8.count, limit: limit).description))
        }
        var message = ComposedMessage(body: body, crlf: false, bodyEncoding: .eightBit)
        do throws(LintFailure) {
            for (name, lists) in [("From", from.map { [$0] } ?? []), ("To", to), ("Cc", cc)] {
                message.addAddresses(name, try Self.addresses(lists, field: name.lowercased()))
            }
            if let subject {
                if MessageHeaders.breaksLine(subject) { throw Self.bad("subject", "holds a line break or control character") }
                message.addText("Subject", subject)
            }
            if let date { message.addTokens("Date", [MessageHeaders.rfc5322(try Self.instant(date))]) }
        } catch {
            return .failure(error)
        }
        let bytes = message.bytes
        guard bytes.count <= limit else {
            return .failure(LintFailure(.overLimit, "draft", MessageError.tooLarge(bytes: bytes.count, limit: limit).description))
        }
        return .success(bytes)
    }

    /// The message as a draft source shown as `name` (whose folder's `.replylint.yaml` applies).
    public func source(name: String, limit: Int = MessageLimits().maxBytes) -> Result<DraftSource, LintFailure> {
        message(limit: limit).map { DraftSource.bytes($0, name: name) }
    }

    static func addresses(_ lists: [String], field: String) throws(LintFailure) -> [MailAddress] {
        var addresses: [MailAddress] = []
        for list in lists {
            if MessageHeaders.breaksLine(list) { throw bad(field, "holds a line break or control character") }
            let (parsed, problems) = AddressList.parse(list)
            if let problem = problems.first { throw bad(field, "'\(list)' is not a list of addresses: \(problem)") }
            if parsed.isEmpty { throw bad(field, "'\(list)' holds no address") }
            for address in parsed where !MessageHeaders.isAddress(address.address) {
                throw bad(field, "'\(address.address)' is not an e-mail address like anna@example.com")
            }
            addresses += parsed
        }
        return addresses
    }

    static func instant(_ text: String) throws(LintFailure) -> MessageDate {
        if let instant = MessageDate(rfc3339: text) ?? DateParser.parse(text), instant.offsetKnown { return instant }
        throw bad("date", "'\(text)' is not an RFC 3339 instant like 2026-11-16T10:12:00+02:00 nor an RFC 5322 date with a zone")
    }

    private static func bad(_ field: String, _ message: String) -> LintFailure {
        LintFailure(.unreadableInput, field, message)
    }
}
