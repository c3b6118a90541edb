import NIOCore

/// One answer to the MTA (libmilter's `SMFIR_*`), encoded into one frame.
public enum MilterResponse: Sendable, Equatable {
    /// `O`: the milter's side of the option negotiation.
    case negotiate(MilterOptions)
    /// `c`: go on with this message.
    case `continue`
    /// `a`: accept this message without further steps.
    case accept
    /// `r`: reject with the MTA's own 5xx.
    case reject
    /// `t`: fail temporarily with the MTA's own 4xx.
    case tempfail
    /// `y`: reject or fail with this SMTP reply (`550 5.7.1 text`), instead of `r` or `t`.
    case replyCode(String)
    /// `h`: append a header field.
    case addHeader(name: String, value: String)
    /// `i`: insert a header field at `index` (0 is the top).
    case insertHeader(index: UInt32, name: String, value: String)
    /// `m`: change the `index`th (from 1) field called `name`; an empty value deletes it.
    case changeHeader(index: UInt32, name: String, value: String)
    /// `q`: put the message on hold, with a reason.
    case quarantine(reason: String)
    /// `p`: still working; resets the MTA's timeout.
    case progress
    /// `s`: send no more body chunks of this message.
    case skip

    /// The one-byte response codes.
    public enum Code: UInt8, Sendable {
        case negotiate = 0x4F, `continue` = 0x63, accept = 0x61, reject = 0x72, tempfail = 0x74
        case replyCode = 0x79, addHeader = 0x68, insertHeader = 0x69, changeHeader = 0x6D
        case quarantine = 0x71, progress = 0x70, skip = 0x73
    }

    public var code: Code {
        switch self {
        case .negotiate: .negotiate
        case .continue: .continue
        case .accept: .accept
        case .reject: .reject
        case .tempfail: .tempfail
        case .replyCode: .replyCode
        case .addHeader: .addHeader
        case .insertHeader: .insertHeader
        case .changeHeader: .changeHeader
        case .quarantine: .quarantine
        case .progress: .progress
        case .skip: .skip
        }
    }

    /// An SMTP reply for `replyCode`: `550 5.7.1 text`. The text becomes one line without NUL,
    /// and `%` is doubled, since Sendmail reads the reply as a format string (Postfix undoes it).
    public static func reply(_ code: Int, _ status: String, _ text: String) -> MilterResponse {
        let line = text.unicodeScalars.map { scalar -> String in
            if scalar == "%" { return "%%" }
            return scalar.value < 0x20 || scalar.value == 0x7F ? " " : String(scalar)
        }.joined()
        return .replyCode("\(code) \(status) \(line)")
    }
}

extension MilterResponse {
    /// The frame: a 4-byte big-endian length (code and data), the code, the data. Strings go out
    /// NUL-terminated; a NUL inside one would end it early, so none is written.
    public func write(to buffer: inout ByteBuffer) {
        let lengthIndex = buffer.writerIndex
        buffer.writeInteger(UInt32(0))
        buffer.writeInteger(code.rawValue)
        switch self {
        case let .negotiate(options):
            buffer.writeInteger(options.version)
            buffer.writeInteger(options.actions.rawValue)
            buffer.writeInteger(options.steps.rawValue)
        case .continue, .accept, .reject, .tempfail, .progress, .skip:
            break
        case let .replyCode(text), let .quarantine(reason: text):
            buffer.writeMilterString(text)
        case let .addHeader(name, value):
            buffer.writeMilterString(name)
            buffer.writeMilterString(value)
        case let .insertHeader(index, name, value), let .changeHeader(index, name, value):
            buffer.writeInteger(index)
            buffer.writeMilterString(name)
            buffer.writeMilterString(value)
        }
        buffer.setInteger(UInt32(buffer.writerIndex - lengthIndex - 4), at: lengthIndex)
    }
}

extension ByteBuffer {
    fileprivate mutating func writeMilterString(_ text: String) {
        writeBytes(text.utf8.filter { $0 != 0 })
        writeInteger(UInt8(0))
    }
}
