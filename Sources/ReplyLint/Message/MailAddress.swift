/// A mailbox from an address header: `"Smith, John" <j@example.com>`.
public struct MailAddress: Sendable, Hashable, Codable {
    /// The decoded display name, when one was given.
    public var name: String?
    /// The `local@domain` address (may be empty for a group with no members' addresses).
    public var address: String

    public init(name: String?, address: String) {
        self.name = name
        self.address = address
    }
}
