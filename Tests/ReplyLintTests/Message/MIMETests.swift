import Testing
@testable import ReplyLint

struct MIMETests {
    @Test func alternativePrefersPlainText() throws {
        let message = try parseMessage(MIMEFixtures.alternative)
        #expect(message.body.text == "Hello plain")
        #expect(message.body.contentType == "text/plain")
        #expect(message.body.map == SourceMap(lines: [12], exactColumns: true, note: nil))
        #expect(message.parts.map(\.contentType) == ["text/html", "text/plain"])
        #expect(message.parts.map(\.line) == [6, 10])
        #expect(message.parts.map(\.charset) == ["utf-8", "utf-8"])
        #expect(message.problems.isEmpty)
    }

    @Test func alternativeFallsBackToHTML() throws {
        let message = try parseMessage("""
            Content-Type: multipart/alternative; boundary=a

            --a
            Content-Type: text/html

            <p>Only html</p>
            --a--
            """)
        #expect(message.body.contentType == "text/html")
        #expect(message.body.map.note == "in the text/html part starting on line 6")
        #expect(message.body.map.lines.allSatisfy { $0 == 6 })
    }

    @Test func mixedRecordsAttachments() throws {
        let message = try parseMessage(MIMEFixtures.mixed)
        #expect(message.body.text == "Body text\nsecond line")
        #expect(message.body.map.lines == [8, 9])
        #expect(message.parts == [
            MessagePart(contentType: "text/plain", charset: nil, transferEncoding: "7bit", isAttachment: false,
                        filename: nil, size: 21, line: 6),
            MessagePart(contentType: "application/pdf", charset: nil, transferEncoding: "7bit", isAttachment: true,
                        filename: "€-invoice.pdf", size: 8, line: 11),
            MessagePart(contentType: "message/rfc822", charset: nil, transferEncoding: "7bit", isAttachment: true,
                        filename: nil, size: 68, line: 16),
        ])
        #expect(message.attachments.count == 2)
        #expect(message.problems.isEmpty)
    }

    @Test func nestedMultipartsAreWalkedInOrder() throws {
        let message = try parseMessage(MIMEFixtures.nested)
        #expect(message.parts.map(\.contentType) == ["text/plain", "text/html", "image/png", "text/plain"])
        #expect(message.parts.map(\.isAttachment) == [false, false, true, true])
        #expect(message.parts.last?.filename == "notes.txt")
        #expect(message.body.text == "Deep plain")
        #expect(message.body.map.lines == [13])
    }

    @Test(arguments: [1, 12, 20])
    func nestingUpToTheLimitIsRead(depth: Int) throws {
        let message = try parseMessage(MIMEFixtures.nested(depth: depth))
        #expect(message.body.text == "innermost")
        #expect(message.problems.isEmpty)
    }

    @Test func nestingBeyondTheLimitThrows() {
        #expect(throws: MessageError.nestedTooDeep(limit: 20, line: 62)) {
            try parseMessage(MIMEFixtures.nested(depth: 21))
        }
        #expect(throws: MessageError.nestedTooDeep(limit: 2, line: 8)) {
            try parseMessage(MIMEFixtures.nested(depth: 3), limits: .with(\.maxDepth, 2))
        }
    }

    @Test func missingClosingBoundaryKeepsTheLastPart() throws {
        let message = try parseMessage("""
            Content-Type: multipart/mixed; boundary=x

            --x
            Content-Type: text/plain

            cut short
            """)
        #expect(message.body.text == "cut short")
        #expect(message.problemMessages == ["missing closing boundary '--x--' for the multipart on line 1"])
    }

    @Test(arguments: [
        ("Content-Type: multipart/mixed\n\nhello", "'multipart/mixed' on line 1 has no boundary; read as text"),
        ("Content-Type: multipart/mixed; boundary=nope\n\nhello", "boundary 'nope' of the multipart on line 1 never found; read as text"),
    ])
    func brokenMultipartIsReadAsText(text: String, problem: String) throws {
        let message = try parseMessage(text)
        #expect(message.body.text == "hello")
        #expect(message.body.map.lines == [3])
        #expect(message.problemMessages == [problem])
    }

    @Test func doubledBoundariesMakeNoEmptyParts() throws {
        let message = try parseMessage("""
            Content-Type: multipart/mixed; boundary=x

            --x
            --x
            Content-Type: text/plain

            text
            --x
            --x--
            """)
        #expect(message.parts.count == 1)
        #expect(message.body.text == "text")
        #expect(message.body.map.lines == [7])
    }

    @Test func boundaryWithTrailingBlanksAndLookalikes() throws {
        let message = try parseMessage("Content-Type: multipart/mixed; boundary=x\n\n--x  \n\nfirst\n--xy\nstill first\n--x--\t\n")
        #expect(message.body.text == "first\n--xy\nstill first")
        #expect(message.problems.isEmpty, "a part without headers that starts with a blank line is well-formed")
    }

    @Test func partWithoutHeadersOrBlankLineIsReported() throws {
        let message = try parseMessage("Content-Type: multipart/mixed; boundary=x\n\n--x\nno headers here\n--x--\n")
        #expect(message.body.text == "no headers here")
        #expect(message.problemMessages == ["no header fields before the body ('no headers here')"])
    }

    @Test func unknownTransferEncodingIsReadAsIs() throws {
        let message = try parseMessage("Content-Transfer-Encoding: x-uuencode\n\nbegin 644 a\n")
        #expect(message.body.text == "begin 644 a\n")
        #expect(message.problemMessages == ["unknown content-transfer-encoding 'x-uuencode' in part on line 3; read as 8bit"])
        #expect(message.parts.first?.transferEncoding == "x-uuencode")
    }

    @Test func badContentTypeDefaultsToText() throws {
        let message = try parseMessage("Content-Type: text\n\nhello")
        #expect(message.body.text == "hello")
        #expect(message.problemMessages == ["bad content-type 'text'; read as text/plain"])
    }

    @Test func digestPartsDefaultToMessages() throws {
        let message = try parseMessage("Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: a\n\nx\n--d--\n")
        #expect(message.parts.map(\.contentType) == ["message/rfc822"])
        #expect(message.body.contentType == "")
    }

    @Test func inlineNamedTextIsNotAnAttachment() throws {
        let message = try parseMessage("""
            Content-Type: text/plain; name=body.txt
            Content-Disposition: inline; filename=body.txt

            hello
            """)
        #expect(message.parts.first?.isAttachment == false)
        #expect(message.parts.first?.filename == "body.txt")
        #expect(message.body.text == "hello")
    }
}
