import Foundation
import Testing

/// `compose` and `templates convert` on a Zendesk export, through the real binary.
@Suite struct DeskComposeTests {
    static let folder = "Fixtures/desks/zendesk/"
    static let export = ["--templates", folder + "macros.json", "--dynamic-content", folder + "dynamic_content.json",
                         "--locales", folder + "locales.json", "--agent", folder + "agent.yaml", "--now", "2026-11-16T10:12:00+01:00",
                         "--body-encoding", "8bit"]

    @Test func aMacroIsFilledFromTheCustomersMessageAndTheAgentProfile() throws {
        let result = try BinaryRunner.run(["compose", "refunds-issued-en", "--reply-to", Self.folder + "customer.eml"] + Self.export)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("To: Anna Novak <anna.novak@example.com>"))
        #expect(result.stdout.contains("From: Jo Baker <jo@acme.example>"))
        #expect(result.stdout.contains("Subject: Re: Refund for order A-1042"), "the reply keeps the ticket's subject")
        #expect(result.stdout.contains("In-Reply-To: <7f3a.1042@example.com>"))
        #expect(result.stdout.contains("Dear Anna,\n\nThank you for sending back"))
        #expect(result.stdout.contains("Kind regards,\nJo Baker\n"))
        #expect(result.stderr.hasPrefix("using refunds-issued-en.en\n"))
    }

    @Test(arguments: ["360101", "Refunds::Issued (EN)", "refunds-issued-en"])
    func aMacroIsFoundByItsIdTitleOrSlug(_ name: String) throws {
        let result = try BinaryRunner.run(["compose", name, "--reply-to", Self.folder + "customer.eml"] + Self.export)
        #expect(result.status == 0, "stderr: \(result.stderr)")
    }

    @Test func aRequiredValueThatIsMissingIsRefusedNeverBlank() throws {
        // The customer's message gives no name, and the macro greets by first name with no fallback.
        let result = try BinaryRunner.run(["compose", "shipping-delayed-en", "--reply-to", Self.folder + "customer-no-name.eml"] + Self.export)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "replylint: error: template 'Shipping::Delayed (EN)' needs 'customer_first_name'; give it with --set NAME=VALUE or --data FILE\n")
        // A guarded greeting falls back instead.
        let guarded = try BinaryRunner.run(["compose", "refunds-issued-en", "--reply-to", Self.folder + "customer-no-name.eml"] + Self.export)
        #expect(guarded.status == 0, "stderr: \(guarded.stderr)")
        #expect(guarded.stdout.contains("\n\nHello,\n\nThank you"))
    }

    @Test func withoutTheCustomersMessageTheSubjectNeedsItsValues() throws {
        let result = try BinaryRunner.run(["compose", "refunds-issued-en", "--set", "customer_email=anna@example.com"] + Self.export)
        #expect(result.status == 2)
        #expect(result.stderr.contains("template 'Refunds::Issued (EN)' needs 'ticket_id'"))
        let given = try BinaryRunner.run(["compose", "refunds-issued-en", "--set", "customer_email=anna@example.com", "--set", "ticket_id=48213"] + Self.export)
        #expect(given.status == 0, "stderr: \(given.stderr)")
        #expect(given.stdout.contains("Subject: Your refund for ticket #48213"))
    }

    @Test func dynamicContentIsTakenInTheRepliesLanguage() throws {
        let result = try BinaryRunner.run(["compose", "refunds-policy-all-languages", "--locale", "el", "--set", "customer_first_name=Μαρία",
                                           "--set", "customer_email=maria@example.com", "--set", "ticket_title=Επιστροφή"] + Self.export)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Γεια σας, Μαρία,\n\nΣας ευχαριστούμε για την υπομονή σας."))
        #expect(result.stderr.hasPrefix("using refunds-policy-all-languages.el\n"))
    }

    @Test(arguments: [
        ("shipping-replacement-en", "Fixtures/desks/zendesk/macros.json:129:181: 'ticket.requester.frist_name' is not a Zendesk placeholder"),
        ("refunds-issued-et", "Fixtures/desks/zendesk/macros.json:89:85: comment_value: '{% if %}' is never closed"),
        ("no-such-macro", "no template 'no-such-macro' (templates: refunds-issued-el, refunds-issued-en, "),
    ])
    func aMacroThatCannotBeFilledIsRefusedWithItsPlace(_ name: String, _ message: String) throws {
        let result = try BinaryRunner.run(["compose", name, "--reply-to", Self.folder + "customer.eml"] + Self.export)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    /// Converted, the macros the export check passed pass `templates check`, and the one it
    /// failed on the linter fails the same way; what the format cannot say is refused.
    @Test func convertWritesTemplatesThatCheckAsTheExportDid() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-convert-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BinaryRunner.run(["templates", "convert", Self.folder + "macros.json", "--out", out,
                                           "--dynamic-content", Self.folder + "dynamic_content.json", "--locales", Self.folder + "locales.json"])
        #expect(result.status == 1, "four macros, and one language of another, cannot be converted")
        let refused = result.stderr.split(separator: "\n").map(String.init)
        #expect(refused == [
            "replylint: error: Fixtures/desks/zendesk/macros.json:89:85: macro 'Refunds::Issued (ET)' not converted: comment_value: '{% if %}' is never closed with '{% endif %}'",
            "replylint: error: Fixtures/desks/zendesk/macros.json:129:181: macro 'Shipping::Replacement (EN)' not converted: 'ticket.requester.frist_name' is not a Zendesk placeholder, so the customer would get it blank; did you mean 'ticket.requester.first_name'?",
            "replylint: error: Fixtures/desks/zendesk/macros.json:157:228: macro 'Shipping::Delayed (EN)' not converted: comment_value: '{% case %}' has no equivalent in the template format; split the macro into one template per case",
            "replylint: error: Fixtures/desks/zendesk/macros.json:176:21: macro 'Refunds::Policy (all languages)' not converted in id: comment_value: in dc.greeting: 'ticket.requester.frist_name' is not a Zendesk placeholder",
            "replylint: error: Fixtures/desks/zendesk/macros.json:195:69: macro 'Shipping::Sent (RO)' not converted: comment_value: unknown Liquid filter 'capitalise'",
        ])
        let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        // A title's language mark goes, so the languages of one reply become one template's variants.
        #expect(written == ["refunds-issued.el.mustache", "refunds-issued.en.mustache", "refunds-issued.ro.mustache",
                            "refunds-policy-all-languages.el.mustache", "refunds-policy-all-languages.en.mustache",
                            "refunds-policy-all-languages.et.mustache", "refunds-policy-all-languages.ro.mustache",
                            "shipping-sent.id.mustache"])
        let en = try String(contentsOfFile: out + "/refunds-issued.en.mustache", encoding: .utf8)
        #expect(en.hasPrefix("---\nid: refunds-issued\nlocale: en\ndescription: \"The refund is issued; say when the money arrives.\"\ntags: [zendesk]\nvariables:\n"))
        #expect(en.contains("\n---\nSubject: Your refund for ticket #{{ticket_id}}\n\n{{#customer_first_name}}Dear {{customer_first_name}},{{/customer_first_name}}{{^customer_first_name}}Hello,{{/customer_first_name}}\n"))
        let el = try String(contentsOfFile: out + "/refunds-issued.el.mustache", encoding: .utf8)
        #expect(el.contains("  customer_first_name: { type: name, required: false, fallback: \"κυρία/κύριε\" }\n"), "the default filter's fallback is carried")

        let check = try BinaryRunner.run(["templates", "check", "--format", "json", out])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let templates = try #require(document["templates"] as? [[String: Any]])
        let failing = templates.filter { (($0["findings"] as? [[String: Any]]) ?? []).contains { $0["severity"] as? String == "error" } }
            .compactMap { $0["id"] as? String }
        #expect(failing == ["shipping-sent"], "\(check.stdout)")
    }

    @Test func aGorgiasMacroIsTakenInTheLanguageOfTheReply() throws {
        let result = try BinaryRunner.run(["compose", "shipping-where-is-my-order", "--templates", "Fixtures/desks/gorgias/macros.json",
                                           "--locale", "ro", "--set", "customer_first_name=Ana", "--set", "customer_email=ana@example.com",
                                           "--set", "ticket_subject=Comanda", "--agent", Self.folder + "agent.yaml",
                                           "--now", "2026-11-16T10:12:00+01:00", "--body-encoding", "8bit"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Bună ziua, Ana,\n\nVă mulțumim pentru răbdare."))
        #expect(result.stdout.contains("Cu stimă,\nJo Baker\n"))
        #expect(result.stderr.hasPrefix("using shipping-where-is-my-order.ro\n"))
    }

    static let helpscout = ["--templates", "Fixtures/desks/helpscout/saved_replies.json", "--agent", folder + "agent.yaml",
                            "--now", "2026-11-16T10:12:00+01:00", "--body-encoding", "8bit"]

    /// Help Scout's variables are filled like Liquid's: a fallback where the value is missing, a
    /// value with no fallback refused with its name, never sent blank.
    @Test func aHelpScoutSavedReplyIsFilledStrictly() throws {
        let values = ["--set", "conversation_number=48213", "--set", "mailbox_name=Acme Support"]
        let named = try BinaryRunner.run(["compose", "refund-approved-en", "--reply-to", Self.folder + "customer.eml"] + values + Self.helpscout)
        #expect(named.status == 0, "stderr: \(named.stderr)")
        #expect(named.stdout.contains("\n\nHi Anna,\n\nThank you for writing to us about order #48213."))
        #expect(named.stdout.contains("Kind regards,\nJo Baker\nCustomer Support, Acme Support\n"), "user.jobTitle's fallback")
        let unnamed = try BinaryRunner.run(["compose", "refund-approved-en", "--reply-to", Self.folder + "customer-no-name.eml"] + values + Self.helpscout)
        #expect(unnamed.stdout.contains("\n\nHi there,\n\nThank you"))
        let missing = try BinaryRunner.run(["compose", "refund-approved-en", "--reply-to", Self.folder + "customer.eml"] + Self.helpscout)
        #expect(missing.status == 2)
        #expect(missing.stderr == "replylint: error: template 'Refund approved (EN)' needs 'conversation_number', 'mailbox_name'; give them with --set NAME=VALUE or --data FILE\n")
        let greek = try BinaryRunner.run(["compose", "refund-approved-el", "--reply-to", Self.folder + "customer-no-name.eml"] + values + Self.helpscout)
        #expect(greek.status == 2)
        #expect(greek.stderr.contains("template 'Refund approved (EL)' needs 'customer_first_name'"))
    }

    @Test func helpScoutSavedRepliesConvertAndCheckAsTheExportDid() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-convert-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BinaryRunner.run(["templates", "convert", "Fixtures/desks/helpscout/saved_replies.json", "--out", out])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").map(String.init) == [
            "replylint: error: Fixtures/desks/helpscout/saved_replies.json:17:28: macro 'Refund approved (RO)' not converted: 'customer.fristName' is not a Help Scout placeholder, so the customer would get it blank; did you mean 'customer.firstName'?",
            "replylint: error: Fixtures/desks/helpscout/saved_replies.json:23:44: macro 'Refund approved (ET)' not converted: text: 'fallbak' is not an option of a Help Scout variable; the one there is is fallback= (customer.firstName,fallback=…)",
        ])
        let en = try String(contentsOfFile: out + "/refund-approved.en.mustache", encoding: .utf8)
        #expect(en.contains("  customer_first_name: { type: name, required: false, fallback: \"there\" }\n"))
        #expect(en.contains("\n---\nSubject: Re: {{ticket_title}}\n\nHi {{customer_first_name}},\n\nThank you for writing to us about order #{{conversation_number}}."))
        let check = try BinaryRunner.run(["templates", "check", "--format", "json", out])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let templates = try #require(document["templates"] as? [[String: Any]])
        let failing = templates.filter { (($0["findings"] as? [[String: Any]]) ?? []).contains { $0["severity"] as? String == "error" } }
            .compactMap { $0["id"] as? String }
        #expect(failing == ["refund-approved"], "\(check.stdout)")
    }

    /// An Intercom macro's HTML body is filled from its `<attribute>` elements; a workspace's own
    /// attribute is given by its name, and one with a fallback falls back.
    @Test func anIntercomMacroIsFilledFromItsAttributes() throws {
        let arguments = ["--templates", "Fixtures/desks/intercom/macros.json", "--agent", Self.folder + "agent.yaml",
                         "--now", "2026-11-16T10:12:00+01:00", "--body-encoding", "8bit"]
        let named = try BinaryRunner.run(["compose", "password-reset-en", "--reply-to", Self.folder + "customer.eml"] + arguments)
        #expect(named.status == 0, "stderr: \(named.stderr)")
        #expect(named.stdout.contains("\n\nHi Anna,\n\nThank you for letting us know. I have sent a new password link to anna.novak@example.com;"))
        let unnamed = try BinaryRunner.run(["compose", "password-reset-en", "--reply-to", Self.folder + "customer-no-name.eml"] + arguments)
        #expect(unnamed.stdout.contains("\n\nHi there,\n\n"))
        let custom = try BinaryRunner.run(["compose", "password-reset-id", "--reply-to", Self.folder + "customer.eml", "--set", "Plan_Type=Premium", "--force"] + arguments)
        #expect(custom.stdout.contains("untuk paket Premium;"), "stderr: \(custom.stderr)")
        let refused = try BinaryRunner.run(["compose", "password-reset-ro", "--reply-to", Self.folder + "customer.eml"] + arguments)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("Fixtures/desks/intercom/macros.json:32:30: 'user.frist_name' is not an Intercom placeholder"), "\(refused.stderr)")
    }

    @Test func intercomMacrosConvertAndCheckAsTheExportDid() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-convert-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BinaryRunner.run(["templates", "convert", "Fixtures/desks/intercom/macros.json", "--out", out])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 2, "the RO macro's misspelt attribute and the ET one's syntax: \(result.stderr)")
        let id = try String(contentsOfFile: out + "/password-reset.id.mustache", encoding: .utf8)
        #expect(id.contains("  Plan_Type: { type: string, required: false, fallback: \"Anda\" }\n"), "a custom attribute is carried with its fallback")
        let check = try BinaryRunner.run(["templates", "check", "--format", "json", out])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let templates = try #require(document["templates"] as? [[String: Any]])
        let failing = templates.filter { (($0["findings"] as? [[String: Any]]) ?? []).contains { $0["severity"] as? String == "error" } }
            .compactMap { $0["id"] as? String }
        #expect(failing == ["password-reset"], "\(check.stdout)")
    }

    /// Every desk's macro that greets by first name with no fallback is refused when the
    /// customer's message gives no name, never rendered blank.
    @Test(arguments: [
        ("shipping-where-is-my-order", "Fixtures/desks/gorgias/macros.json", "et", "template 'Shipping: where is my order' needs 'customer_first_name'"),
        ("damaged-item-replacement-sent-ro", "Fixtures/desks/freshdesk/canned_responses.json", "ro", "template 'Damaged item: replacement sent (RO)' needs 'customer_first_name'"),
        ("refund-approved-el", "Fixtures/desks/helpscout/saved_replies.json", "el", "template 'Refund approved (EL)' needs 'customer_first_name'"),
        ("password-reset-el", "Fixtures/desks/intercom/macros.json", "el", "template 'Password reset (EL)' needs 'customer_first_name'"),
        ("refund-issued", "Fixtures/desks/folder", "el", "template 'refund-issued' needs 'customer_first_name'"),
    ])
    func everyDeskRefusesAMissingRequiredValue(_ name: String, _ export: String, _ locale: String, _ message: String) throws {
        let result = try BinaryRunner.run(["compose", name, "--templates", export, "--locale", locale, "--reply-to", Self.folder + "customer-no-name.eml",
                                           "--set", "order_number=A-1042", "--set", "conversation_number=48213", "--set", "mailbox_name=Acme",
                                           "--agent", Self.folder + "agent.yaml", "--now", "2026-11-16T10:12:00+01:00", "--body-encoding", "8bit"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "replylint: error: \(message); give it with --set NAME=VALUE or --data FILE\n")
        // Given, the same macro is filled.
        let given = try BinaryRunner.run(["compose", name, "--templates", export, "--locale", locale, "--reply-to", Self.folder + "customer-no-name.eml",
                                          "--set", "customer_first_name=Ana", "--set", "order_number=A-1042", "--set", "conversation_number=48213",
                                          "--set", "mailbox_name=Acme", "--agent", Self.folder + "agent.yaml", "--now", "2026-11-16T10:12:00+01:00",
                                          "--body-encoding", "8bit", "--force"])
        #expect(given.status == 0 || given.status == 1, "stderr: \(given.stderr)")
        #expect(given.stdout.contains("Ana"), "stderr: \(given.stderr)")
    }

    /// A folder's Liquid file is found by its name, without its language and extension, and filled.
    @Test func aFolderMacroIsFoundByItsFileName() throws {
        let result = try BinaryRunner.run(["compose", "refund-issued", "--templates", "Fixtures/desks/folder", "--reply-to", Self.folder + "customer.eml",
                                           "--set", "order_number=A-1042", "--agent", Self.folder + "agent.yaml",
                                           "--now", "2026-11-16T10:12:00+01:00", "--body-encoding", "8bit"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("\n\nDear Anna,\n\nThank you for sending the parcel back."))
        #expect(result.stdout.contains("Kind regards,\nJo Baker\n"))
    }
}
