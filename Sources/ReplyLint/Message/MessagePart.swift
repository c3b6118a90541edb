/// A leaf part of a MIME message (the whole body for a single-part message).
public struct MessagePart: Sendable, Hashable, Codable {
    /// Lower-cased `type/subtype`, `text/plain` when absent.
    public var contentType: String
    /// Lower-cased charset parameter, when given.
    public var charset: String?
    /// Lower-cased Content-Transfer-Encoding, `7bit` when absent.
    public var transferEncoding: String
    /// Whether the part is an attachment (disposition `attachment`, or a named non-text part).
    public var isAttachment: Bool
    /// The file name (RFC 2231 decoded), when given.
    public var filename: String?
    /// Decoded size in bytes.
    public var size: Int
    /// The 1-based file line where the part's headers (or body, for a single part) start.
    public var line: Int
}
