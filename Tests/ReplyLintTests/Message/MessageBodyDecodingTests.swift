import Testing
@testable import ReplyLint

/// Whole messages whose body needs TransferDecoding, HTMLText or FlowedText. These pin
/// what the parser passes to the decoders and how it maps their output back to the file.
struct MessageBodyDecodingTests {
    static let quotedPrintable = """
        Subject: qp
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: quoted-printable

        Caf=C3=A9 au lait, a long line that is soft=
         broken here
        second line
        """

    static let base64 = """
        Subject: b64
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: base64

        Q2Fmw6kKc2Vjb25k
        """

    static let flowed = """
        Subject: flowed
        Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no

        first half\u{20}
        second half
        next paragraph
        """

    static let html = """
        Subject: html
        Content-Type: text/html; charset=utf-8

        <p>Hello <b>there</b></p>
        """

    // These hold whatever the decoders return, so they run against the stubs too.
    @Test func base64MapsEveryLineToThePartStart() throws {
        let map = try parseMessage(Self.base64).body.map
        #expect(map.lines.allSatisfy { $0 == 5 })
        #expect(map.note == "in the base64 part starting on line 5")
        #expect(map.exactColumns == false)
    }

    @Test func quotedPrintableMapsLinesToWhereTheyStart() throws {
        let map = try parseMessage(Self.quotedPrintable).body.map
        #expect(map.lines.first == 5)
        #expect(map.note == "in the quoted-printable part starting on line 5")
        #expect(map.exactColumns == false)
    }

    @Test func flowedMapsToRawLinesWithANote() throws {
        let map = try parseMessage(Self.flowed).body.map
        #expect(map.lines.first == 4)
        #expect(map.note == "in a format=flowed part")
        #expect(map.exactColumns == false)
    }

    @Test func htmlMapsEveryLineToThePartStart() throws {
        let body = try parseMessage(Self.html).body
        #expect(body.contentType == "text/html")
        #expect(body.map.lines.allSatisfy { $0 == 4 })
        #expect(body.map.note == "in the text/html part starting on line 4")
    }
}

@Suite
struct DecodedBodyTests {
    @Test func quotedPrintableIsDecoded() throws {
        let body = try parseMessage(MessageBodyDecodingTests.quotedPrintable).body
        #expect(body.text == "Café au lait, a long line that is soft broken here\nsecond line")
        #expect(body.map.lines == [5, 7])
    }

    @Test func base64IsDecoded() throws {
        let message = try parseMessage(MessageBodyDecodingTests.base64)
        #expect(message.body.text == "Café\nsecond")
        #expect(message.parts.first?.size == 12)
    }

    @Test func flowedIsUnflowed() throws {
        let body = try parseMessage(MessageBodyDecodingTests.flowed).body
        #expect(body.text == "first half second half\nnext paragraph")
        #expect(body.map.lines == [4, 6])
    }

    @Test func htmlIsConvertedToText() throws {
        #expect(try parseMessage(MessageBodyDecodingTests.html).body.text == "Hello there")
    }

    @Test func damagedBase64IsReported() throws {
        let message = try parseMessage("Content-Transfer-Encoding: base64\n\nQ2F*mw6k\n")
        #expect(message.problemMessages == ["damaged base64 in part on line 3"])
    }

    @Test func base64AttachmentSizeIsDecoded() throws {
        let message = try parseMessage("""
            Content-Type: multipart/mixed; boundary=x

            --x
            Content-Type: application/octet-stream; name=a.bin
            Content-Transfer-Encoding: base64

            AAECAw==
            --x--
            """)
        #expect(message.parts.first?.size == 4)
    }
}
