/// Why a frame from the MTA is not a milter command: the connection it came on is closed.
public enum MilterFrameError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A frame of length 0, without even a command code.
    case empty
    case unknownCommand(UInt8)
    /// A command whose data ends before one of its fields does (`what` names the field).
    case truncated(MilterCommand.Code, String)
    /// A CONNECT whose address family is none of U, L, 4 and 6.
    case unknownAddressFamily(UInt8)
    /// A command with more data than its fields take.
    case trailingBytes(MilterCommand.Code, Int)
    /// A frame longer than the milter accepts.
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .empty: "empty frame (no command code)"
        case let .unknownCommand(code):
            code >= 0x21 && code < 0x7F ? "unknown command '\(Character(Unicode.Scalar(code)))' (0x\(hex(code)))" : "unknown command 0x\(hex(code))"
        case let .truncated(code, what): "\(code.name) frame ends before its \(what)"
        case let .unknownAddressFamily(family): "CONNECT frame has unknown address family 0x\(hex(family))"
        case let .trailingBytes(code, count): "\(code.name) frame has \(count) bytes after its fields"
        case let .tooLarge(limit): "frame over the limit of \(limit) bytes"
        }
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
