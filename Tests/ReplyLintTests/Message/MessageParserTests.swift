import Testing
@testable import ReplyLint

struct MessageParserTests {
    static let simple = """
        From: "Smith, John" <j@example.com>
        To: Ann <ann@example.org>, bob@example.org
        Cc: Team: c@example.org;
        Subject: Your order
        Date: Fri, 20 Nov 2026 09:15:00 +0100

        Hi Ann,

        Thanks.
        """

    @Test func readsASinglePartMessage() throws {
        let message = try parseMessage(Self.simple)
        #expect(message.from == [MailAddress(name: "Smith, John", address: "j@example.com")])
        #expect(message.to.map(\.address) == ["ann@example.org", "bob@example.org"])
        #expect(message.cc.map(\.address) == ["c@example.org"])
        #expect(message.subject?.value == "Your order")
        #expect(message.date?.iso8601 == "2026-11-20T09:15:00+01:00")
        #expect(message.body.text == "Hi Ann,\n\nThanks.")
        #expect(message.body.contentType == "text/plain")
        #expect(message.body.map == SourceMap(lines: [7, 8, 9], exactColumns: true, note: nil))
        #expect(message.parts == [MessagePart(contentType: "text/plain", charset: nil, transferEncoding: "7bit",
                                              isAttachment: false, filename: nil, size: 16, line: 7)])
        #expect(message.problems.isEmpty)
        #expect(message.rawLine(7) == "Hi Ann,")
    }

    @Test(arguments: [Self.simple, MIMEFixtures.mixed, MIMEFixtures.alternative, MIMEFixtures.nested])
    func crlfAndLFGiveTheSameResult(text: String) throws {
        let lf = try parseMessage(text)
        let crlf = try parseMessage(text, crlf: true)
        // Byte offsets in the file differ by the CRs; what the fields say must not.
        #expect(crlf.headers.map(\.withoutOffsets) == lf.headers.map(\.withoutOffsets))
        #expect(crlf.from == lf.from)
        #expect(crlf.to == lf.to)
        // Sizes of text parts differ by the CRs they keep; everything else must not.
        #expect(crlf.parts.map(\.withoutSize) == lf.parts.map(\.withoutSize))
        #expect(crlf.body.withoutOffsets == lf.body.withoutOffsets)
        #expect(crlf.problems == lf.problems)
        #expect(crlf.rawLines == lf.rawLines)
    }

    @Test func mixedLineEndingsAreRead() throws {
        let message = try parseMessage(Array("Subject: a\r\nTo: b@c.d\n\r\nline one\r\nline two\n".utf8))
        #expect(message.headers.map(\.value) == ["a", "b@c.d"])
        #expect(message.body.text == "line one\nline two\n")
        #expect(message.body.map.lines == [4, 5, 6])
    }

    @Test func addressProblemsStandOnTheirHeaderLine() throws {
        let message = try parseMessage("Subject: x\nTo: John <j@x.org\n\nbody")
        #expect(message.problems == [MessageProblem(area: .header, message: "unbalanced '<' in 'John <j@x.org' in 'To'",
                                                    position: SourcePosition(line: 2, column: 5))])
    }

    @Test func badDateIsAProblem() throws {
        let message = try parseMessage("Date: next Tuesday\n\nbody")
        #expect(message.date == nil)
        #expect(message.problemMessages == ["unparseable date 'next Tuesday'"])
    }

    @Test func encodedWordProblemsAreReported() throws {
        let message = try parseMessage("Subject: =?utf-8?X?abc?=\n\nbody")
        #expect(message.problems == [MessageProblem(area: .header, message: "bad encoded-word '=?utf-8?X?abc?=' in 'Subject'",
                                                    position: SourcePosition(line: 1, column: 10))])
    }

    @Test func mboxFromLineIsSkipped() throws {
        let message = try parseMessage("From j@x.org Fri Nov 20 09:15:00 2026\nFrom: j@x.org\n\nbody")
        #expect(message.from.map(\.address) == ["j@x.org"])
        #expect(message.headers.count == 1)
        #expect(message.body.map.lines == [4])
    }

    @Test func noBlankLineBeforeBody() throws {
        let message = try parseMessage("Subject: x\nHello,\nthanks")
        #expect(message.body.text == "Hello,\nthanks")
        #expect(message.body.map.lines == [2, 3])
        #expect(message.problemMessages == ["no blank line between the headers and the body ('Hello,')"])
    }

    @Test func onlyHeaders() throws {
        let message = try parseMessage("Subject: x\n")
        #expect(message.body.text == "")
        #expect(message.parts.count == 1)
        #expect(message.problems.isEmpty)
    }

    @Test(arguments: [
        (MessageLimits.with(\.maxBytes, 10), MessageError.tooLarge(bytes: 19, limit: 10)),
        (MessageLimits.with(\.maxHeaderFields, 1), MessageError.tooManyHeaderFields(limit: 1, line: 2)),
        (MessageLimits.with(\.maxHeaderFieldBytes, 5), MessageError.headerFieldTooLong(name: "A", limit: 5, line: 1)),
    ])
    func limitsThrow(limits: MessageLimits, error: MessageError) {
        #expect(throws: error) { try parseMessage("A: 1234\nB: 2\n\nbody\n", limits: limits) }
    }

    @Test func emptyInputThrows() {
        #expect(throws: MessageError.empty) { try parseMessage([UInt8]()) }
    }
}

extension MessageLimits {
    static func with(_ key: WritableKeyPath<MessageLimits, Int>, _ value: Int) -> MessageLimits {
        var limits = MessageLimits()
        limits[keyPath: key] = value
        return limits
    }
}

extension MessagePart {
    var withoutSize: MessagePart {
        var part = self
        part.size = 0
        return part
    }
}

extension HeaderField {
    var withoutOffsets: HeaderField {
        var field = self
        field.sourceRange = 0..<0
        return field
    }
}

extension BodyText {
    var withoutOffsets: BodyText {
        var body = self
        body.source?.range = 0..<0
        return body
    }
}
