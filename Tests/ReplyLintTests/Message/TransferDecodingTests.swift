import Testing
@testable import ReplyLint

struct TransferDecodingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let expected: [UInt8]
        let damaged: Bool
        var testDescription: String { input.debugDescription }

        init(_ input: String, _ expected: String, damaged: Bool = false) {
            self.init(input, Array(expected.utf8), damaged: damaged)
        }

        init(_ input: String, _ expected: [UInt8], damaged: Bool = false) {
            self.input = input
            self.expected = expected
            self.damaged = damaged
        }
    }

    static let base64Cases: [Case] = [
        Case("", ""),
        Case("TWFu", "Man"),
        Case("TWE=", "Ma"),
        Case("TQ==", "M"),
        Case("SGVsbG8sIHdvcmxkIQ==", "Hello, world!"),
        Case("SGVs\r\nbG8s\r\nIHdv\r\ncmxk\r\nIQ==\r\n", "Hello, world!"),
        Case("SGVs\nbG8s IHdv\tcmxkIQ==", "Hello, world!"),
        Case("+/8=", [0xFB, 0xFF]),
        Case("-_8=", [0xFB, 0xFF]),
        Case("zrE=", "α"),
        // Stops at the padding; trailing line breaks and padding are not damage.
        Case("TWE=\r\n", "Ma"),
        Case("TQ==\n\n", "M"),
        // Damaged input: decodes what it can.
        Case("TW*Fu", "Man", damaged: true),
        Case("TWFu!", "Man", damaged: true),
        Case("TWE", "Ma", damaged: true),
        Case("TQ", "M", damaged: true),
        Case("TWFuT", "Man", damaged: true),
        Case("T", "", damaged: true),
        Case("TWE=TWFu", "Ma", damaged: true),
        Case("=", ""),
        Case("\u{00E9}TWFu", "Man", damaged: true),
    ]

    @Test(arguments: base64Cases)
    func base64(_ example: Case) {
        let result = TransferDecoding.base64(ArraySlice(example.input.utf8))
        #expect(result.bytes == example.expected)
        #expect(result.damaged == example.damaged)
    }

    static let quotedPrintableCases: [Case] = [
        Case("", ""),
        Case("plain text", "plain text"),
        Case("caf=C3=A9", "café"),
        Case("caf=c3=a9", "café"),
        Case("=CE=B1=CE=B2", "αβ"),
        Case("a=3Db", "a=b"),
        // Soft line breaks, with and without trailing white space after the `=`.
        Case("long li=\r\nne", "long line"),
        Case("long li=\nne", "long line"),
        Case("long li=  \t\r\nne", "long line"),
        Case("keep  =\nthis", "keep  this"),
        // Hard line breaks come out as LF.
        Case("one\r\ntwo\r\n", "one\ntwo\n"),
        Case("one\ntwo", "one\ntwo"),
        Case("lone\rcr", "lone\rcr"),
        // Trailing white space on a line is transport padding.
        Case("end   \r\nnext\t\n", "end\nnext\n"),
        Case("last line  ", "last line"),
        // Encoded white space is content.
        Case("end=20\r\n", "end \n"),
        Case("tab=09  \n", "tab\t\n"),
        // RFC 2045 §6.7 example of an encoded long line.
        Case("Now's the time =\r\nfor all folk to come=\r\n to the aid of their country.",
             "Now's the time for all folk to come to the aid of their country."),
        Case("no final newline=\r\n", "no final newline"),
        Case("=E2=82=AC 5", "€ 5"),
        // Damaged: bad escapes stay literal.
        Case("100=ZZ", "100=ZZ", damaged: true),
        Case("a=4", "a=4", damaged: true),
        Case("ends with =", "ends with =", damaged: true),
        Case("x=G1y", "x=G1y", damaged: true),
        Case("=\r", "=\r", damaged: true),
        Case("=C3=A9=", "é=", damaged: true),
    ]

    @Test(arguments: quotedPrintableCases)
    func quotedPrintable(_ example: Case) {
        let result = TransferDecoding.quotedPrintable(ArraySlice(example.input.utf8))
        #expect(result.bytes == example.expected)
        #expect(result.damaged == example.damaged)
    }

    @Test func decodersHonourSliceBounds() {
        let bytes = Array("xxTWFuyy".utf8)
        #expect(TransferDecoding.base64(bytes[2..<6]).bytes == Array("Man".utf8))
        let encoded = Array("..=41=42..".utf8)
        #expect(TransferDecoding.quotedPrintable(encoded[2..<8]).bytes == Array("AB".utf8))
    }

    /// 200 seeded pseudo-random inputs: neither decoder traps, and both round-trip an
    /// independent encoder's output.
    @Test func randomInputsNeverTrapAndBase64RoundTrips() {
        var generator = SplitMix64(seed: 0x5EED_2045)
        for round in 0..<200 {
            let count = Int(generator.next() % 300)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = TransferDecoding.base64(bytes[...])
            _ = TransferDecoding.quotedPrintable(bytes[...])

            let lineLength = round % 2 == 0 ? 76 : 64
            let encoded = Base64Encoder.encode(bytes, lineLength: lineLength)
            let decoded = TransferDecoding.base64(encoded[...])
            #expect(decoded.bytes == bytes, "round \(round)")
            #expect(!decoded.damaged, "round \(round)")

            let printable = QuotedPrintableEncoder.encode(bytes)
            let unescaped = TransferDecoding.quotedPrintable(printable[...])
            #expect(unescaped.bytes == bytes, "round \(round)")
            #expect(!unescaped.damaged, "round \(round)")
        }
    }
}

/// Deterministic so a failure reproduces.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A plain RFC 2045 encoder, independent of the decoder under test.
enum Base64Encoder {
    static func encode(_ bytes: [UInt8], lineLength: Int) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var text: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var group = [UInt8](chunk)
            while group.count < 3 { group.append(0) }
            let value = UInt32(group[0]) << 16 | UInt32(group[1]) << 8 | UInt32(group[2])
            for position in 0..<4 {
                if position <= chunk.count {
                    text.append(alphabet[Int(value >> UInt32(18 - 6 * position) & 0x3F)])
                } else {
                    text.append(UInt8(ascii: "="))
                }
            }
            index += 3
        }
        var output: [UInt8] = []
        for (offset, byte) in text.enumerated() {
            if offset > 0, offset % lineLength == 0 { output.append(contentsOf: [13, 10]) }
            output.append(byte)
        }
        return output
    }
}

/// Binary-safe quoted-printable (RFC 2045 §6.7): every byte outside `!`...`~` and `=` itself is
/// escaped, so line breaks and trailing white space in the data survive; soft breaks keep
/// lines within 76 characters.
enum QuotedPrintableEncoder {
    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        var lineLength = 0
        for byte in bytes {
            let literal = byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")
            let piece = literal ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            if lineLength + piece.count > 75 {
                output.append(contentsOf: Array("=\r\n".utf8))
                lineLength = 0
            }
            output.append(contentsOf: piece)
            lineLength += piece.count
        }
        return output
    }
}
