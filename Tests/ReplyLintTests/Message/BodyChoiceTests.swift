import Testing
@testable import ReplyLint

/// Which part a reader sees as the body, on the MIME shapes real clients write.
struct BodyChoiceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let message: String
        /// The body text, and the file lines its decoded lines come from.
        let body: String
        let lines: [Int]
        /// The file names of the parts that count as attachments.
        let attachments: [String?]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "empty nested alternative before the real text/plain", message: """
            Content-Type: multipart/mixed; boundary=m

            --m
            Content-Type: multipart/alternative; boundary=a

            --m
            Content-Type: text/plain; charset=utf-8

            Hi Anna,
            your refund is on its way.
            --m--
            """, body: "Hi Anna,\nyour refund is on its way.", lines: [9, 10], attachments: []),
        Case(name: "boundary-less nested alternative beside the real text/plain", message: """
            Content-Type: multipart/mixed; boundary=m

            --m
            Content-Type: multipart/alternative

            --m
            Content-Type: text/plain

            Hello Ion,
            --m
            Content-Type: application/pdf; name=label.pdf

            %PDF
            --m--
            """, body: "Hello Ion,", lines: [9], attachments: ["label.pdf"]),
        Case(name: "alternative whose text/plain is empty falls to its html", message: """
            Content-Type: multipart/alternative; boundary=a

            --a
            Content-Type: text/plain


            --a
            Content-Type: text/html

            <p>Dear Maria,</p>
            --a--
            """, body: "Dear Maria,", lines: [10], attachments: []),
        Case(name: "text/plain with only a name is the body", message: """
            Content-Type: text/plain; charset=utf-8; name="reply.txt"

            Tere Mari,
            """, body: "Tere Mari,", lines: [3], attachments: []),
        Case(name: "named text/plain without disposition in mixed is the body", message: """
            Content-Type: multipart/mixed; boundary=m

            --m
            Content-Type: text/plain; name="message.txt"

            Halo Budi,
            --m
            Content-Type: image/png; name=logo.png
            Content-Disposition: attachment; filename=logo.png

            PNG
            --m--
            """, body: "Halo Budi,", lines: [6], attachments: ["logo.png"]),
        Case(name: "an unnamed body beats a named text part before it", message: """
            Content-Type: multipart/mixed; boundary=m

            --m
            Content-Type: text/plain; name="order-log.txt"

            2026-11-16 order A-1042 created
            --m
            Content-Type: text/plain

            Hi Sam,
            --m--
            """, body: "Hi Sam,", lines: [10], attachments: ["order-log.txt"]),
        Case(name: "body second, after an attachment", message: """
            Content-Type: multipart/mixed; boundary=m

            --m
            Content-Type: application/pdf
            Content-Disposition: attachment; filename="invoice.pdf"

            %PDF
            --m
            Content-Type: text/plain

            Please find the invoice attached.
            --m--
            """, body: "Please find the invoice attached.", lines: [11], attachments: ["invoice.pdf"]),
        Case(name: "related around html: the root, not a text resource", message: """
            Content-Type: multipart/related; boundary=r; type="text/html"

            --r
            Content-Type: text/html

            <p>Hi Anna,</p><img src="cid:logo">
            --r
            Content-Type: image/png
            Content-ID: <logo>

            PNG
            --r
            Content-Type: text/plain
            Content-ID: <notes>

            not the body
            --r--
            """, body: "Hi Anna,", lines: [6], attachments: [nil, nil]),
        Case(name: "related names its root with start", message: """
            Content-Type: multipart/related; boundary=r; start="<root@x>"

            --r
            Content-Type: text/plain
            Content-ID: <notes@x>

            a resource
            --r
            Content-Type: text/plain
            Content-ID: <root@x>

            Hi Anna,
            --r--
            """, body: "Hi Anna,", lines: [12], attachments: [nil]),
        Case(name: "alternative of plain and related html", message: """
            Content-Type: multipart/alternative; boundary=a

            --a
            Content-Type: multipart/related; boundary=r

            --r
            Content-Type: text/html

            <p>Hi</p>
            --r
            Content-Type: image/gif

            GIF
            --r--
            --a
            Content-Type: text/plain

            Hi
            --a--
            """, body: "Hi", lines: [18], attachments: [nil]),
        Case(name: "inline text after an inline image joins the body", message: """
            Content-Type: multipart/mixed; boundary="Apple-Mail=_1"

            --Apple-Mail=_1
            Content-Type: text/plain; charset=us-ascii

            Hi Anna,
            here is the label:
            --Apple-Mail=_1
            Content-Type: image/png; name="label.png"
            Content-Disposition: inline; filename="label.png"

            PNG
            --Apple-Mail=_1
            Content-Type: text/plain; charset=us-ascii
            Content-Disposition: inline

            Best regards,
            Jo
            --Apple-Mail=_1--
            """, body: "Hi Anna,\nhere is the label:\nBest regards,\nJo", lines: [6, 7, 17, 18], attachments: ["label.png"]),
        Case(name: "missing closing boundary keeps the body", message: """
            Content-Type: multipart/alternative; boundary=a

            --a
            Content-Type: text/plain

            Hi Anna,
            thanks for waiting.
            """, body: "Hi Anna,\nthanks for waiting.", lines: [6, 7], attachments: []),
        Case(name: "flowed with delsp", message: """
            Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes

            Your refund was is 
            sued today.
            """, body: "Your refund was issued today.", lines: [3], attachments: []),
    ]

    @Test(arguments: cases)
    func chooses(_ example: Case) throws {
        let message = try parseMessage(example.message)
        #expect(message.body.text == example.body)
        #expect(message.body.map.lines == example.lines)
        #expect(message.attachments.map(\.filename) == example.attachments)
    }

    @Test func aSplitBodyIsNotFixedInPlace() throws {
        let message = try parseMessage(Self.cases.first { $0.name.hasPrefix("inline text after") }!.message)
        #expect(message.body.source?.partCount == 2)
        #expect(BodyRewrite.refusal(message.body) == "the text is split over 2 parts around an attachment")
    }

    @Test func aNamedTextPartBesideTheBodyIsAnAttachment() throws {
        let message = try parseMessage(MIMEFixtures.nested)
        #expect(message.parts.map(\.isAttachment) == [false, false, true, true])
    }
}
