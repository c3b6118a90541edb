/// What replylint knows of the customer's message a draft answers: when it was written
/// (and in which offset) and who wrote it. From `--original`, else the quoted attribution.
public struct OriginalMessage: Sendable, Equatable {
    public var date: MessageDate?
    public var author: MailAddress?

    public init(date: MessageDate?, author: MailAddress?) {
        self.date = date
        self.author = author
    }

    /// The Date and From of a whole message (the customer's .eml).
    public init(bytes: [UInt8], limits: MessageLimits = MessageLimits()) throws(MessageError) {
        let message = try MessageParser.parse(bytes, limits: limits)
        self.init(date: message.date, author: message.from.first)
    }
}
