import Testing
@testable import ReplyLint

/// Bodies and encoded-words in the charsets customer mail arrives in, decoded through ICU.
/// The bytes are written out from each charset's code table, not produced by the code under test.
struct CharsetMessageTests {
    static let samples: [(charset: String, bytes: [UInt8], text: String)] = [
        ("iso-8859-7", [0xCA, 0xE1, 0xEB, 0xE7, 0xEC, 0xDD, 0xF1, 0xE1], "Καλημέρα"),
        ("iso-8859-2", [0x56, 0xE3, 0x20, 0x6D, 0x75, 0x6C, 0xFE, 0x75, 0x6D, 0x65, 0x73, 0x63], "Vă mulţumesc"),
        ("windows-1250", [0x56, 0xE3, 0x20, 0x6D, 0x75, 0x6C, 0xFE, 0x75, 0x6D, 0x65, 0x73, 0x63, 0x2C, 0x20,
                          0xAA, 0x74, 0x65, 0x66, 0x61, 0x6E], "Vă mulţumesc, Ştefan"),
        ("windows-1257", [0x54, 0xE4, 0x6E, 0x61, 0x6E, 0x2C, 0x20, 0xD0, 0xF5, 0x6E, 0x6E, 0x65], "Tänan, Šõnne"),
        ("iso-8859-13", [0x54, 0xE4, 0x6E, 0x61, 0x6E, 0x2C, 0x20, 0xD0, 0xF5, 0x6E, 0x6E, 0x65], "Tänan, Šõnne"),
        ("koi8-r", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет"),
        ("shift_jis", [0x82, 0xB1, 0x82, 0xF1, 0x82, 0xC9, 0x82, 0xBF, 0x82, 0xCD, 0x93, 0xFA, 0x96, 0x7B], "こんにちは日本"),
        ("iso-2022-jp", [0x1B, 0x24, 0x42, 0x24, 0x33, 0x24, 0x73, 0x24, 0x4B, 0x24, 0x41, 0x24, 0x4F, 0x1B, 0x28, 0x42],
         "こんにちは"),
        ("gbk", [0xC4, 0xE3, 0xBA, 0xC3], "你好"),
        ("big5", [0xA7, 0x41, 0xA6, 0x6E], "你好"),
    ]

    @Test(arguments: samples)
    func decodesBodiesInTheirCharset(sample: (charset: String, bytes: [UInt8], text: String)) throws {
        let head = "Subject: x\nContent-Type: text/plain; charset=\"\(sample.charset)\"\nContent-Transfer-Encoding: 8bit\n\n"
        let message = try parseMessage(Array(head.utf8) + sample.bytes + Array("\nline two\n".utf8))
        #expect(message.body.text == sample.text + "\nline two\n")
        #expect(message.body.map == SourceMap(lines: [5, 6, 7], exactColumns: true, note: nil))
        #expect(message.parts.first?.charset == sample.charset)
        #expect(message.problems.isEmpty)
    }

    @Test(arguments: samples)
    func decodesEncodedWordsInTheirCharset(sample: (charset: String, bytes: [UInt8], text: String)) throws {
        let qEncoded = sample.bytes.map { "=" + String($0, radix: 16, uppercase: true).leftPadded(2) }.joined()
        let message = try parseMessage("Subject: =?\(sample.charset)?Q?\(qEncoded)?=\n\nbody")
        #expect(message.subject?.value == sample.text)
        #expect(message.subject?.isEncoded == true)
        #expect(message.problems.isEmpty)
    }

    @Test func unknownBodyCharsetIsReadAsUTF8() throws {
        let message = try parseMessage("Content-Type: text/plain; charset=x-foo\n\ncafé")
        #expect(message.body.text == "café")
        #expect(message.problemMessages == ["unknown charset 'x-foo' in part on line 3; read as UTF-8"])
    }

    @Test func invalidUTF8IsReported() throws {
        let message = try parseMessage(Array("Content-Type: text/plain; charset=utf-8\n\ncaf".utf8) + [0xE9])
        #expect(message.body.text == "caf\u{FFFD}")
        #expect(message.problemMessages == ["1 invalid byte sequence for charset 'utf-8' in part on line 3"])
    }

    @Test func utf16BodyIsDecoded() throws {
        let bytes = Array("Content-Type: text/plain; charset=utf-16le\n\n".utf8) + [0x68, 0, 0x69, 0, 0x0A, 0, 0x21, 0]
        let message = try parseMessage(bytes)
        #expect(message.body.text == "hi\n!")
        #expect(message.body.map.lines == [3, 4])
        #expect(message.problems.isEmpty)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
