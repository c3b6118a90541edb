/// Why a message could not be read at all. Everything milder is a `MessageProblem`.
public enum MessageError: Error, Sendable, Equatable, CustomStringConvertible {
    case tooLarge(bytes: Int, limit: Int)
    case tooManyHeaderFields(limit: Int, line: Int)
    case headerFieldTooLong(name: String, limit: Int, line: Int)
    case nestedTooDeep(limit: Int, line: Int)
    case empty

    public var description: String {
        switch self {
        case let .tooLarge(bytes, limit):
            return "message is \(bytes) bytes; the limit is \(limit)"
        case let .tooManyHeaderFields(limit, line):
            return "line \(line): more than \(limit) header fields"
        case let .headerFieldTooLong(name, limit, line):
            return "line \(line): header field '\(name)' is longer than \(limit) bytes"
        case let .nestedTooDeep(limit, line):
            return "line \(line): multipart nesting deeper than \(limit) levels"
        case .empty:
            return "message is empty"
        }
    }
}

/// Limits that keep a hostile message from costing unbounded time or memory.
public struct MessageLimits: Sendable, Equatable {
    public var maxBytes = 50 * 1024 * 1024
    public var maxHeaderFields = 1000
    public var maxHeaderFieldBytes = 256 * 1024
    public var maxDepth = 20

    public init() {}
}
