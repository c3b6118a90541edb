import NIOCore

/// One message as the MTA sent it, header field by field and body chunk by chunk, kept up to a
/// size limit; past it only counted.
public struct MilterMessage: Sendable, Equatable {
    /// One header field: its name and its value as sent.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: [UInt8]
    }

    public private(set) var fields: [Field] = []
    public private(set) var body = ByteBuffer()
    /// Bytes seen, as the message would be written: header lines, the blank line, the body.
    public private(set) var size = 0
    /// Whether the message went past `limit`: part of it was not kept.
    public private(set) var isOverLimit = false
    /// Header values arrive with the space after the colon (the MTA agreed to `headerLeadingSpace`).
    let valuesKeepLeadingSpace: Bool
    let limit: Int
    private var bodyStarted = false

    init(limit: Int, valuesKeepLeadingSpace: Bool) {
        self.limit = limit
        self.valuesKeepLeadingSpace = valuesKeepLeadingSpace
    }

    var isEmpty: Bool { fields.isEmpty && size == 0 }

    mutating func add(field name: String, value: [UInt8]) {
        // name, colon, value (folds become CRLF), CRLF
        let length = name.utf8.count + 1 + (valuesKeepLeadingSpace ? 0 : 1) + value.count + value.count { $0 == 0x0A } + 2
        if count(length) { fields.append(Field(name: name, value: value)) }
    }

    mutating func add(body chunk: ByteBuffer) {
        // The blank line between header and body counts with the first chunk.
        let separator = bodyStarted ? 0 : 2
        bodyStarted = true
        if count(chunk.readableBytes + separator) { body.writeImmutableBuffer(chunk) }
    }

    /// Counts `length` more bytes; false once they no longer fit under the limit.
    private mutating func count(_ length: Int) -> Bool {
        size += length
        if size > limit { isOverLimit = true }
        return !isOverLimit
    }

    /// The message as RFC 5322 bytes with CRLF line ends, as the MTA will store it.
    public var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(size, limit) + 2)
        for field in fields {
            bytes += field.name.utf8
            bytes.append(UInt8(ascii: ":"))
            if !valuesKeepLeadingSpace { bytes.append(UInt8(ascii: " ")) }
            var previous: UInt8 = 0
            for byte in field.value {
                // The MTA joins folded lines with a bare LF.
                if byte == 0x0A, previous != 0x0D { bytes.append(0x0D) }
                bytes.append(byte)
                previous = byte
            }
            bytes += [0x0D, 0x0A]
        }
        bytes += [0x0D, 0x0A]
        bytes += body.readableBytesView
        return bytes
    }
}
