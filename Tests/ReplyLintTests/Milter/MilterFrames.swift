import NIOCore

/// Milter frames written by hand, byte for byte as an MTA sends them, for the codec's tests.
enum MilterFrames {
    /// A frame: 4-byte big-endian length of code and data, the code, the data.
    static func frame(_ code: Character, _ data: [UInt8] = []) -> [UInt8] {
        let length = UInt32(data.count + 1)
        return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF),
                UInt8(ascii: code.unicodeScalars.first!)] + data
    }

    /// NUL-terminated strings, one after another.
    static func strings(_ values: String...) -> [UInt8] {
        values.flatMap { Array($0.utf8) + [0] }
    }

    static func uint32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// The OPTNEG Postfix 3.7 sends with `milter_protocol = 6`: every action, every step it can leave out.
    static let postfixOffer = frame("O", uint32(6) + uint32(0x1FF) + uint32(0x1FFFFF))

    static func buffer(_ bytes: [UInt8]) -> ByteBuffer { ByteBuffer(bytes: bytes) }
}
