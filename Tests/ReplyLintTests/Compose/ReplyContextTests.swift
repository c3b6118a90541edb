import Foundation
import Testing
@testable import ReplyLint

/// What `--reply-to` takes from the customer's message.
@Suite struct ReplyContextTests {
    static func context(from: String, subject: String = "Where is my refund?", extra: [String] = []) throws -> ReplyContext {
        let message = (["From: \(from)", "To: Support <help@shop.example>", "Subject: \(subject)",
                        "Date: Sun, 15 Nov 2026 18:40:00 +0200", "Message-ID: <c-1@mail.example>"] + extra
                       + ["", "Hello, where is my refund?", ""]).joined(separator: "\n")
        return try composer().replyContext(Array(message.utf8))
    }

    static func composer() throws -> Composer { try Composer(library: TemplateLibrary(templates: [], partials: [:])) }

    // From header → customer_name, customer_first_name, customer_last_name, customer_title, customer_email
    static let names: [(String, String?, String?, String?, String?, String)] = [
        ("Anna Smith <anna@example.com>", "Anna Smith", "Anna", "Smith", nil, "anna@example.com"),
        ("\"Smith, Anna\" <anna@example.com>", "Anna Smith", "Anna", "Smith", nil, "anna@example.com"),
        ("Dr. Anna Smith <anna@example.com>", "Anna Smith", "Anna", "Smith", "Dr.", "anna@example.com"),
        ("κ. Νίκος Παπαδόπουλος <nikos@example.gr>", "Νίκος Παπαδόπουλος", "Νίκος", "Παπαδόπουλος", "κ.", "nikos@example.gr"),
        ("\"Anna Maria van der Berg\" <amb@example.nl>", "Anna Maria van der Berg", "Anna", "Maria van der Berg", nil, "amb@example.nl"),
        ("=?UTF-8?B?zp3Or866zr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4I=?= <nikos@example.gr>",
         "Νίκος Παπαδόπουλος", "Νίκος", "Παπαδόπουλος", nil, "nikos@example.gr"),
        ("=?UTF-8?Q?Ioan_Popescu-=C8=98tefan?= <ioan@example.ro>", "Ioan Popescu-Ștefan", "Ioan", "Popescu-Ștefan", nil, "ioan@example.ro"),
        ("anna.smith@example.com", nil, nil, nil, nil, "anna.smith@example.com"),
        ("<anna.smith@example.com>", nil, nil, nil, nil, "anna.smith@example.com"),
        ("\"anna.smith@example.com\" <anna.smith@example.com>", nil, nil, nil, nil, "anna.smith@example.com"),
        ("Anna <anna@example.com>", "Anna", "Anna", nil, nil, "anna@example.com"),
        ("\"Smith, PhD\" <s@example.com>", "Smith", "Smith", nil, nil, "s@example.com"),
        ("Mrs. Siti Rahayu <siti@example.id>", "Siti Rahayu", "Siti", "Rahayu", "Mrs.", "siti@example.id"),
        ("anna.smith@example.com (Anna Smith)", "Anna Smith", "Anna", "Smith", nil, "anna.smith@example.com"),
    ]

    @Test(arguments: names)
    func nameFromTheFromHeader(_ case: (String, String?, String?, String?, String?, String)) throws {
        let (from, name, first, last, title, email) = `case`
        let values = try Self.context(from: from).values
        #expect(values["customer_email"] == email)
        #expect(values["customer_name"] == name)
        #expect(values["customer_first_name"] == first)
        #expect(values["customer_last_name"] == last)
        #expect(values["customer_title"] == title)
    }

    @Test(arguments: [
        ("Where is my refund?", "Re: Where is my refund?"), ("Re: RE: Fwd: AW: Where is my refund?", "Re: Where is my refund?"),
        ("Απ: ΑΠ: Επιστροφή χρημάτων", "Re: Επιστροφή χρημάτων"), ("Re[2]: Refund", "Re: Refund"), ("Re:", nil),
        ("Ratio: 3:1", "Re: Ratio: 3:1"),
    ])
    func subjectHasOnePrefix(_ original: String, _ reply: String?) throws {
        #expect(try Self.context(from: "a@example.com", subject: original).subject == reply)
    }

    @Test func threadingDateAndOffset() throws {
        let context = try Self.context(from: "Anna <anna@example.com>", extra: ["References: <a-0@mail.example>\n <a-1@mail.example> junk"])
        #expect(context.inReplyTo == "<c-1@mail.example>")
        #expect(context.references == ["<a-0@mail.example>", "<a-1@mail.example>", "<c-1@mail.example>"])
        #expect(context.values["original_date"] == "2026-11-15T18:40:00+02:00")
        #expect(context.values["customer_utc_offset"] == "+02:00")
        #expect(context.customerOffset == 7200)
    }

    @Test func messageIDsKeepOnlyWellFormedTokens() {
        #expect(ReplyContext.messageIDs("<a@b> <no-at> <x\r\nBcc: y@z> <ok@host>") == ["<a@b>", "<ok@host>"])
    }
}
