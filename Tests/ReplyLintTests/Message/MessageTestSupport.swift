@testable import ReplyLint

/// Parses a message written with `\n` line breaks, optionally sent with CRLF instead.
func parseMessage(_ text: String, crlf: Bool = false, limits: MessageLimits = MessageLimits()) throws -> Message {
    let bytes = Array((crlf ? text.withCRLF : text).utf8)
    return try MessageParser.parse(bytes, limits: limits)
}

/// Parses raw bytes: for charsets other than UTF-8 and for broken input.
func parseMessage(_ bytes: [UInt8], limits: MessageLimits = MessageLimits()) throws -> Message {
    try MessageParser.parse(bytes, limits: limits)
}

extension Message {
    var problemMessages: [String] { problems.map(\.message) }
}

extension String {
    /// The text with every LF written as CRLF.
    var withCRLF: String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
    }
}
