import Foundation
import Testing
@testable import ReplyLint

/// The composed message: headers, encoding, the round trip through our own parser, refused
/// header injections and the lint gate.
@Suite struct ComposedMessageTests {
    static let now = MessageDate(rfc3339: "2026-11-16T10:12:00+02:00")
    static let agent = ["agent_name": "Jo Baker", "agent_email": "jo@shop.example"]

    static func request(_ values: [String: String], crlf: Bool = false, reply: ReplyContext? = nil,
                        bodyEncoding: BodyEncoding = .quotedPrintable) -> Composer.Request {
        var layered = ComposeValues()
        layered.add(values, from: .set)
        return Composer.Request(templateID: "refund-delayed", values: layered, reply: reply, now: now, crlf: crlf,
                                bodyEncoding: bodyEncoding)
    }

    static func compose(subject: String = "Your refund for order A-1042", body: String, values: [String: String],
                        extra: [(name: String, value: String)] = [], crlf: Bool = false,
                        bodyEncoding: BodyEncoding = .quotedPrintable) throws -> Composition {
        let composer = try Composer(library: TemplateLibrary(templates: [], partials: [:]))
        let request = request(agent.merging(values) { _, new in new }, crlf: crlf, bodyEncoding: bodyEncoding)
        let rendered = RenderedTemplate(headers: [("Subject", subject)] + extra, body: body, locale: "en")
        return try composer.finish(rendered, templateID: "refund-delayed", values: Composer.values(request), request: request,
                                   sentAt: try #require(now))
    }

    static let goodBody = """
        Dear Anna,

        Thank you for your patience. Your refund of €40.00 for order A-1042 will reach your card by 20 November 2026.

        Best regards,
        Jo Baker
        Customer Care
        """

    @Test func roundTripsThroughOurParser() throws {
        let longSubject = "Ihre Rückerstattung für die Bestellung A-1042 ist unterwegs und erreicht Ihre Karte bis zum 20. November 2026"
        let greekBody = "Αγαπητέ Νίκο,\n\nΕυχαριστούμε για την υπομονή σας. " + String(repeating: "Η επιστροφή χρημάτων καθυστέρησε. ", count: 12)
            + "\n\nΜε εκτίμηση,\nΔέσποινα Αλεξίου\n"
        for crlf in [false, true] {
            let composition = try Self.compose(
                subject: longSubject, body: greekBody,
                values: ["agent_name": "Δέσποινα Αλεξίου", "customer_name": "Νίκος \"Nick\" Παπαδόπουλος", "customer_email": "nikos@example.gr"],
                extra: [("Cc", "Λογιστήριο <billing@shop.example>, audit@shop.example"), ("Reply-To", "Help Desk <help@shop.example>")],
                crlf: crlf)
            let message = try MessageParser.parse(composition.bytes)
            #expect(message.problems.isEmpty)
            #expect(message.from == [MailAddress(name: "Δέσποινα Αλεξίου", address: "jo@shop.example")])
            #expect(message.to == [MailAddress(name: "Νίκος \"Nick\" Παπαδόπουλος", address: "nikos@example.gr")])
            #expect(message.cc == [MailAddress(name: "Λογιστήριο", address: "billing@shop.example"), MailAddress(name: nil, address: "audit@shop.example")])
            #expect(message.field("Reply-To")?.value == "Help Desk <help@shop.example>")
            #expect(message.subject?.value == longSubject)
            #expect(message.date == Self.now)
            #expect(message.field("Message-ID")?.value.hasSuffix("@shop.example>") == true)
            #expect(message.body.text == greekBody)
            #expect(message.body.source?.transferEncoding == "quoted-printable")
            let text = String(decoding: composition.bytes, as: UTF8.self)
            let lines = text.components(separatedBy: crlf ? "\r\n" : "\n")
            #expect(lines.allSatisfy { !$0.contains("\r") && !$0.contains("\n") })
            let headerLines = lines.prefix { !$0.isEmpty }
            #expect(headerLines.allSatisfy { $0.utf8.count <= 78 }, "\(headerLines.filter { $0.utf8.count > 78 })")
            #expect(lines.allSatisfy { $0.utf8.count <= 998 })
            #expect(composition.bytes.allSatisfy { $0 < 0x80 })
        }
    }

    @Test func plainASCIIIsSevenBitAndLongLinesAreNot() throws {
        let short = try Self.compose(body: Self.goodBody, values: ["customer_name": "Anna Smith", "customer_email": "anna@example.com"])
        #expect(short.headers.contains(ComposedHeader(name: "Content-Transfer-Encoding", value: "7bit")) == false)
        let ascii = try Self.compose(body: "Dear Anna,\n\nThanks.\n\nBest regards,\nJo Baker\n",
                                     values: ["customer_name": "Anna Smith", "customer_email": "anna@example.com"])
        #expect(ascii.headers.last == ComposedHeader(name: "Content-Transfer-Encoding", value: "7bit"))
        #expect(String(decoding: ascii.bytes, as: UTF8.self).hasSuffix("\n\nDear Anna,\n\nThanks.\n\nBest regards,\nJo Baker\n"))
        let longLine = "Dear Anna,\n\n" + String(repeating: "word ", count: 300) + "\n\nBest regards,\nJo Baker\n"
        let long = try Self.compose(body: longLine, values: ["customer_name": "Anna Smith", "customer_email": "anna@example.com"])
        #expect(long.headers.last?.value == "quoted-printable")
        #expect(try MessageParser.parse(long.bytes).body.text == longLine)
    }

    @Test func eightBitKeepsTheUTF8AsWrittenAndRoundTrips() throws {
        let greekBody = "Αγαπητέ Νίκο,\n\nΗ επιστροφή των 40,00 € έγινε σήμερα.\n\nΜε εκτίμηση,\nΔέσποινα Αλεξίου\n"
        let values = ["agent_name": "Δέσποινα Αλεξίου", "customer_name": "Νίκος Παπαδόπουλος", "customer_email": "nikos@example.gr"]
        for crlf in [false, true] {
            let composition = try Self.compose(body: greekBody, values: values, crlf: crlf, bodyEncoding: .eightBit)
            #expect(composition.headers.last == ComposedHeader(name: "Content-Transfer-Encoding", value: "8bit"))
            let lineBreak = crlf ? "\r\n" : "\n"
            #expect(String(decoding: composition.bytes, as: UTF8.self).hasSuffix(
                lineBreak + lineBreak + greekBody.replacingOccurrences(of: "\n", with: lineBreak)))
            let message = try MessageParser.parse(composition.bytes)
            #expect(message.problems.isEmpty)
            #expect(message.body.text == greekBody)
            #expect(message.body.source?.transferEncoding == "8bit")
        }
    }

    @Test func eightBitStillUsesSevenBitForShortASCIIAndQuotedPrintableForOverlongLines() throws {
        let values = ["customer_name": "Anna Smith", "customer_email": "anna@example.com"]
        let ascii = try Self.compose(body: "Dear Anna,\n\nThanks.\n\nBest regards,\nJo Baker\n", values: values, bodyEncoding: .eightBit)
        #expect(ascii.headers.last?.value == "7bit")
        let overlong = "Dear Anna,\n\n" + String(repeating: "ä", count: 500) + "\n\nBest regards,\nJo Baker\n"
        let long = try Self.compose(body: overlong, values: values, bodyEncoding: .eightBit)
        #expect(long.headers.last?.value == "quoted-printable")
        #expect(try MessageParser.parse(long.bytes).body.text == overlong)
        let fits = "Dear Anna,\n\n" + String(repeating: "ä", count: 499) + "\n\nBest regards,\nJo Baker\n"
        #expect(try Self.compose(body: fits, values: values, bodyEncoding: .eightBit).headers.last?.value == "8bit")
    }

    @Test func headersInOrderWithThreading() throws {
        let original = "From: Anna Smith <anna@example.com>\nSubject: RE: Re: Refund\nMessage-ID: <c-1@mail.example>\n"
            + "References: <c-0@mail.example>\nDate: Mon, 16 Nov 2026 08:00:00 +0000\n\nHi\n"
        let composer = try Composer(library: TemplateLibrary(templates: [], partials: [:]))
        let reply = try composer.replyContext(Array(original.utf8))
        let request = Self.request(Self.agent, reply: reply)
        let rendered = RenderedTemplate(headers: [("Subject", "Your refund")], body: Self.goodBody, locale: "en")
        let composition = try composer.finish(rendered, templateID: "t", values: Composer.values(request), request: request,
                                              sentAt: try #require(Self.now))
        #expect(composition.headers.map(\.name) == ["From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
                                                     "MIME-Version", "Content-Type", "Content-Transfer-Encoding"])
        let message = try MessageParser.parse(composition.bytes)
        #expect(message.subject?.value == "Re: Refund")
        #expect(message.field("In-Reply-To")?.value == "<c-1@mail.example>")
        #expect(message.field("References")?.value == "<c-0@mail.example> <c-1@mail.example>")
        #expect(message.field("Date")?.value == "Mon, 16 Nov 2026 10:12:00 +0200")
        #expect(message.to == [MailAddress(name: "Anna Smith", address: "anna@example.com")])
    }

    static let injections: [(String, String)] = [
        ("customer_name", "Anna\r\nBcc: victim@example.com"), ("customer_name", "Anna\nBcc: victim@example.com"),
        ("customer_name", "Anna\rBcc: victim@example.com"), ("agent_name", "Jo\r\nX-Evil: 1"),
        ("customer_email", "anna@example.com\r\nBcc: victim@example.com"), ("agent_email", "jo@shop.example\n"),
        ("customer_name", "=?UTF-8?Q?Anna=0D=0ABcc:_victim@example.com?="), ("agent_name", "=?UTF-8?B?Sm8NCkJjYzogeEB5Lno=?="),
    ]

    @Test(arguments: injections)
    func lineBreaksInHeaderValuesAreRefused(_ name: String, _ value: String) throws {
        let template = Template(id: "t", locale: "en", description: "", tags: [], variables: [], examples: [], headers: [],
                                body: "", path: "t.en.mustache", bodyLine: 1)
        let composer = try Composer(library: TemplateLibrary(templates: [template], partials: [:]))
        var values = Self.agent.merging(["customer_name": "Anna", "customer_email": "anna@example.com"]) { _, new in new }
        values[name] = value
        let header = name.hasPrefix("agent") ? "From" : "To"
        // Refused before rendering, from --set and from --data alike.
        for source in [ComposeValues.Source.set, .data] {
            var layered = ComposeValues()
            layered.add(values, from: source)
            let request = Composer.Request(templateID: "t", values: layered, now: Self.now)
            #expect(throws: ComposeError.headerInjection(header: header, variable: name)) { try composer.compose(template, request) }
        }
    }

    @Test func aSubjectOrCcWithALineBreakIsRefused() throws {
        #expect(throws: ComposeError.headerInjection(header: "Subject", variable: "Subject")) {
            try Self.compose(subject: "Refund\r\nBcc: x@y.z", body: Self.goodBody, values: [:])
        }
        #expect(throws: ComposeError.headerInjection(header: "Cc", variable: "Cc")) {
            try Self.compose(body: Self.goodBody, values: [:], extra: [("Cc", "a@b.c\nBcc: x@y.z")])
        }
        #expect(throws: ComposeError.self) { try Self.compose(body: Self.goodBody, values: ["customer_email": "not an address"]) }
        #expect(throws: ComposeError.missingValues(template: "refund-delayed", names: ["agent_email"])) {
            try Self.compose(body: Self.goodBody, values: ["agent_email": " "])
        }
    }

    @Test(arguments: ["Hi ,\n\nThank you for writing.\n\nBest regards,\nJo Baker\n",
                      "Dear {{customer_first_name}},\n\nThank you for writing.\n\nBest regards,\nJo Baker\n"])
    func theLintGateFailsUnfilledSlots(_ body: String) throws {
        let composition = try Self.compose(body: body, values: ["customer_name": "Anna Smith", "customer_email": "anna@example.com"])
        #expect(composition.verdict.counts?.errors ?? 0 > 0)
        #expect(composition.report.diagnostics.contains { $0.rule == "body.placeholder" })
    }

    @Test func aGoodReplyPassesTheGate() throws {
        let composition = try Self.compose(body: Self.goodBody, values: ["customer_name": "Anna Smith", "customer_email": "anna@example.com"])
        #expect(composition.verdict == .passed(SeverityCounts(composition.report.diagnostics)), "\(composition.report.diagnostics.map(\.message))")
        let json = try JSONSerialization.jsonObject(with: Data(composition.json().utf8)) as? [String: Any]
        #expect(json?["version"] as? Int == 1)
        #expect(json?["template"] as? String == "refund-delayed")
        #expect(json?["locale"] as? String == "en")
        #expect(json?["message"] as? String == String(decoding: composition.bytes, as: UTF8.self))
        #expect((json?["headers"] as? [String: String])?["To"] == "Anna Smith <anna@example.com>")
        #expect(json?["body"] as? String == Self.goodBody)
        #expect(json?["diagnostics"] is [Any])
    }
}
