/// How each draft of a run is read, beyond what its config says: one value from the front end
/// (command line, MCP call, filter) through the session and the linter to the draft.
public struct DraftOptions: Sendable {
    /// Forces the language (`en`, `el-GR`).
    public var locale: String?
    /// The customer's name, when the headers don't give it.
    public var recipientName: String?
    public var limits = MessageLimits()
    /// The customer's message the draft answers; its date and author win over the quoted attribution's.
    public var original: OriginalMessage?
    /// Where the recipient reads the reply; otherwise the original message's offset.
    public var recipientTimeZone: RecipientTimeZone?
    /// The send time of drafts without a Date header; the clock when nil.
    public var now: MessageDate?

    public init(locale: String? = nil, recipientName: String? = nil, original: OriginalMessage? = nil,
                recipientTimeZone: RecipientTimeZone? = nil, now: MessageDate? = nil) {
        self.locale = locale
        self.recipientName = recipientName
        self.original = original
        self.recipientTimeZone = recipientTimeZone
        self.now = now
    }
}
