import Foundation
import Testing
@testable import ReplyLint

/// A draft given as fields is written as the message a mail client would send, and linted
/// exactly like that message; bad fields are refused naming the field and quoting the value.
@Suite struct DraftFieldsTests {
    static let body = "Dear Anna,\n\nThank you for your patience. Your refund is on its way and PLEASE NOTE it takes three days.\n\nBest regards,\nJo Baker\n"

    private func text(_ fields: DraftFields) throws -> String {
        String(decoding: try fields.message().get(), as: UTF8.self)
    }

    @Test func headersThenTheBodyAsGiven() throws {
        let fields = DraftFields(subject: "Your refund", body: Self.body, to: ["Anna Smith <anna@example.com>"],
                                 from: "Jo Baker <jo@shop.example>", cc: ["team@shop.example, Lee <lee@shop.example>"],
                                 date: "2026-11-16T10:12:00+02:00")
        #expect(try text(fields) == """
            From: Jo Baker <jo@shop.example>
            To: Anna Smith <anna@example.com>
            Cc: team@shop.example, Lee <lee@shop.example>
            Subject: Your refund
            Date: Mon, 16 Nov 2026 10:12:00 +0200
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            """ + "\n" + Self.body)
    }

    @Test func nonASCIIHeadersAreEncodedAndReadBackAsWritten() throws {
        let fields = DraftFields(subject: "Η επιστροφή χρημάτων σας", body: "Αγαπητή Μαρία,\n", to: ["Μαρία Παπαδοπούλου <maria@example.gr>"])
        let message = try MessageParser.parse(try fields.message().get())
        #expect(try text(fields).contains("Subject: =?UTF-8?B?"))
        #expect(message.subject?.value == "Η επιστροφή χρημάτων σας")
        #expect(message.to.first == MailAddress(name: "Μαρία Παπαδοπούλου", address: "maria@example.gr"))
    }

    /// Findings in the body point at the body's own lines, below the written headers.
    @Test func aBodyFindingPointsAtItsLine() throws {
        let fields = DraftFields(subject: "Your refund", body: Self.body, to: ["Anna Smith <anna@example.com>"], from: "Jo Baker <jo@shop.example>")
        let session = try LintSession(SessionOptions())
        let report = try #require(session.check(try fields.source(name: "fields.eml").get()).report)
        let shouting = try #require(report.diagnostics.first { $0.rule == "body.all-caps" })
        #expect(report.path == "fields.eml")
        #expect(shouting.excerpt == "PLEASE")
        #expect(report.sourceLines[shouting.line - 1].hasPrefix("Thank you for your patience."))
        #expect(shouting.line == 10)   // six headers, the blank line, "Dear Anna,", a blank line
    }

    @Test func anRFC5322DateIsTakenToo() throws {
        #expect(try text(DraftFields(body: "Hi\n", date: "Mon, 16 Nov 2026 10:12:00 -0500")).contains("Date: Mon, 16 Nov 2026 10:12:00 -0500\n"))
    }

    @Test(arguments: [
        (DraftFields(body: "Hi", to: ["not an address"]), "to: 'not an address' is not a list of addresses: address 'address' needs angle brackets after its name in 'not an address'"),
        (DraftFields(body: "Hi", cc: ["Lee <lee@localhost>"]), "cc: 'lee@localhost' is not an e-mail address like anna@example.com"),
        (DraftFields(body: "Hi", to: [""]), "to: '' holds no address"),
        (DraftFields(body: "Hi", from: "Jo <jo@shop.example>\nBcc: all@example.com"), "from: holds a line break or control character"),
        (DraftFields(subject: "Refund\r\nBcc: all@example.com", body: "Hi"), "subject: holds a line break or control character"),
        (DraftFields(body: "Hi", date: "tomorrow"), "date: 'tomorrow' is not an RFC 3339 instant like 2026-11-16T10:12:00+02:00 nor an RFC 5322 date with a zone"),
        (DraftFields(body: "Hi", date: "16 Nov 2026 10:12"), "date: '16 Nov 2026 10:12' is not an RFC 3339 instant like 2026-11-16T10:12:00+02:00 nor an RFC 5322 date with a zone"),
    ])
    func badFieldsAreRefusedNamingTheField(fields: DraftFields, reason: String) {
        #expect(fields.message().failure?.description == reason)
        #expect(fields.message().failure?.kind == .unreadableInput)
    }

    @Test func aBodyOverTheLimitIsRefusedBeforeTheMessageIsWritten() {
        let fields = DraftFields(body: String(repeating: "a", count: 101))
        #expect(fields.message(limit: 100).failure == LintFailure(.overLimit, "body", "message is 101 bytes; the limit is 100"))
        #expect(fields.message(limit: 120).failure?.kind == .overLimit)   // the headers take it over
    }
}

private extension Result {
    var failure: Failure? {
        if case let .failure(failure) = self { return failure }
        return nil
    }
}
