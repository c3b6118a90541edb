import NIOCore

extension MilterCommand {
    /// Decodes one frame, the bytes after its 4-byte length: the command code, then its fields.
    public init(frame: ByteBuffer) throws(MilterFrameError) {
        var fields = frame
        guard let byte = fields.readInteger(as: UInt8.self) else { throw .empty }
        guard let code = Code(rawValue: byte) else { throw .unknownCommand(byte) }
        var reader = FieldReader(code: code, buffer: fields)
        switch code {
        case .negotiate:
            let version = try reader.uint32("version")
            let actions = try reader.uint32("actions")
            let steps = try reader.uint32("protocol flags")
            self = .negotiate(MilterOptions(version: version, actions: MilterActions(rawValue: actions),
                                            steps: MilterSteps(rawValue: steps)))
        case .macro:
            let stage = try reader.byte("stage")
            var macros: [MilterMacro] = []
            while reader.hasMore {
                let name = try reader.string("macro name")
                macros.append(MilterMacro(name, try reader.string("value of macro \(name)")))
            }
            self = .macros(stage: stage, macros)
        case .connect:
            let hostname = try reader.string("host name")
            self = .connect(hostname: hostname, address: try reader.address())
        case .helo: self = .helo(try reader.string("HELO name"))
        case .mail: self = .mail(try reader.strings("sender"))
        case .recipient: self = .recipient(try reader.strings("recipient"))
        case .header:
            let name = try reader.string("header name")
            self = .header(name: name, value: try reader.bytes("value of header \(name)"))
        case .body: self = .body(reader.rest())
        case .endOfMessage: self = .endOfMessage(reader.rest())
        case .unknown: self = .unknown(try reader.string("command"))
        case .data: self = .data
        case .endOfHeaders: self = .endOfHeaders
        case .abort: self = .abort
        case .quit: self = .quit
        case .quitNewConnection: self = .quitNewConnection
        }
        try reader.finish()
    }
}

/// Reads a command's fields in order; every shortfall names the field that is missing.
private struct FieldReader {
    let code: MilterCommand.Code
    var buffer: ByteBuffer

    var hasMore: Bool { buffer.readableBytes > 0 }

    mutating func byte(_ what: String) throws(MilterFrameError) -> UInt8 {
        guard let value = buffer.readInteger(as: UInt8.self) else { throw .truncated(code, what) }
        return value
    }

    mutating func uint16(_ what: String) throws(MilterFrameError) -> UInt16 {
        guard let value = buffer.readInteger(endianness: .big, as: UInt16.self) else { throw .truncated(code, what) }
        return value
    }

    mutating func uint32(_ what: String) throws(MilterFrameError) -> UInt32 {
        guard let value = buffer.readInteger(endianness: .big, as: UInt32.self) else { throw .truncated(code, what) }
        return value
    }

    /// A NUL-terminated field, as bytes.
    mutating func bytes(_ what: String) throws(MilterFrameError) -> [UInt8] {
        let view = buffer.readableBytesView
        guard let end = view.firstIndex(of: 0) else { throw .truncated(code, "\(what) (no NUL)") }
        let value = Array(view[view.startIndex..<end])
        buffer.moveReaderIndex(forwardBy: value.count + 1)
        return value
    }

    /// A NUL-terminated field as text; bytes that are not UTF-8 become U+FFFD.
    mutating func string(_ what: String) throws(MilterFrameError) -> String {
        String(decoding: try bytes(what), as: UTF8.self)
    }

    /// One or more NUL-terminated fields up to the end of the frame (MAIL and RCPT).
    mutating func strings(_ first: String) throws(MilterFrameError) -> [String] {
        var values = [try string(first)]
        while hasMore { values.append(try string("ESMTP argument")) }
        return values
    }

    mutating func address() throws(MilterFrameError) -> MilterAddress {
        let family = try byte("address family")
        switch family {
        case UInt8(ascii: "U"): return .unknown
        case UInt8(ascii: "L"):
            _ = try uint16("port")
            return .unix(path: try string("socket path"))
        case UInt8(ascii: "4"):
            let port = try uint16("port")
            return .inet(address: try string("address"), port: port)
        case UInt8(ascii: "6"):
            let port = try uint16("port")
            return .inet6(address: try string("address"), port: port)
        default:
            throw .unknownAddressFamily(family)
        }
    }

    mutating func rest() -> ByteBuffer {
        buffer.readSlice(length: buffer.readableBytes) ?? ByteBuffer()
    }

    func finish() throws(MilterFrameError) {
        if buffer.readableBytes > 0 { throw .trailingBytes(code, buffer.readableBytes) }
    }
}
