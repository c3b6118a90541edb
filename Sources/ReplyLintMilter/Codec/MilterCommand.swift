import NIOCore

/// One command from the MTA, decoded from one frame (libmilter's `SMFIC_*`).
public enum MilterCommand: Sendable, Equatable {
    /// `O`: the MTA's protocol version, the actions it allows and the steps it can leave out.
    case negotiate(MilterOptions)
    /// `D`: macro values for the command `stage` (its code) that follows.
    case macros(stage: UInt8, [MilterMacro])
    /// `C`: the SMTP client's host name and address.
    case connect(hostname: String, address: MilterAddress)
    /// `H`: the HELO or EHLO name.
    case helo(String)
    /// `M`: the envelope sender, then its ESMTP arguments.
    case mail([String])
    /// `R`: one envelope recipient, then its ESMTP arguments.
    case recipient([String])
    /// `T`: the DATA command.
    case data
    /// `L`: one header field; the value as sent (folded lines joined by LF, 8-bit bytes kept).
    case header(name: String, value: [UInt8])
    /// `N`: the end of the header.
    case endOfHeaders
    /// `B`: a chunk of the body, CRLF line ends as on the wire.
    case body(ByteBuffer)
    /// `E`: the end of the message, with a last body chunk when the MTA sends one.
    case endOfMessage(ByteBuffer)
    /// `A`: the current message is abandoned; the connection goes on.
    case abort
    /// `Q`: the MTA is done with this connection.
    case quit
    /// `K`: the SMTP session ended, and another one follows on this connection.
    case quitNewConnection
    /// `U`: an SMTP command the MTA does not know.
    case unknown(String)

    /// The one-byte command codes.
    public enum Code: UInt8, Sendable, CaseIterable {
        case abort = 0x41, body = 0x42, connect = 0x43, macro = 0x44, endOfMessage = 0x45, helo = 0x48
        case quitNewConnection = 0x4B, header = 0x4C, mail = 0x4D, endOfHeaders = 0x4E, negotiate = 0x4F
        case quit = 0x51, recipient = 0x52, data = 0x54, unknown = 0x55

        /// The name in libmilter's terms, for messages.
        public var name: String {
            switch self {
            case .abort: "ABORT"
            case .body: "BODY"
            case .connect: "CONNECT"
            case .macro: "MACRO"
            case .endOfMessage: "BODYEOB"
            case .helo: "HELO"
            case .quitNewConnection: "QUIT_NC"
            case .header: "HEADER"
            case .mail: "MAIL"
            case .endOfHeaders: "EOH"
            case .negotiate: "OPTNEG"
            case .quit: "QUIT"
            case .recipient: "RCPT"
            case .data: "DATA"
            case .unknown: "UNKNOWN"
            }
        }
    }

    public var code: Code {
        switch self {
        case .negotiate: .negotiate
        case .macros: .macro
        case .connect: .connect
        case .helo: .helo
        case .mail: .mail
        case .recipient: .recipient
        case .data: .data
        case .header: .header
        case .endOfHeaders: .endOfHeaders
        case .body: .body
        case .endOfMessage: .endOfMessage
        case .abort: .abort
        case .quit: .quit
        case .quitNewConnection: .quitNewConnection
        case .unknown: .unknown
        }
    }
}

/// One macro the MTA defines (`i` is the queue id); names are kept as sent (`i` or `{i}`).
public struct MilterMacro: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// The name without the braces of a long macro name: `{i}` and `i` are the same macro.
    public var bareName: Substring {
        name.hasPrefix("{") && name.hasSuffix("}") && name.count >= 2 ? name.dropFirst().dropLast() : Substring(name)
    }
}

/// The SMTP client's address in CONNECT.
public enum MilterAddress: Sendable, Hashable {
    case unknown
    case unix(path: String)
    case inet(address: String, port: UInt16)
    case inet6(address: String, port: UInt16)
}
