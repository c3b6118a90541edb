import Foundation
import Testing

/// `replylint compose` through the real binary.
@Suite struct ComposeCommandTests {
    static let template = """
        ---
        id: refund-delayed
        locale: en
        description: The refund is late; apologise for the delay and give the new date.
        variables:
          customer_first_name: { type: name, required: true, example: Anna }
          order_id: { type: string, required: true, example: A-1042 }
          refund_date: { type: date, required: true, example: 2026-11-20 }
          amount: { type: money, required: false, fallback: "the full amount", example: "40.00 EUR" }
        ---
        Subject: Your refund for order {{order_id}}

        {{greeting_time}} {{customer_first_name}},

        Thank you for your patience. Your refund of {{amount}}
        for order {{order_id}} will reach your card by {{refund_date}}.

        Best regards,
        {{agent_name}}
        {{agent_title}}

        """

    /// A library with `refund-delayed.en` and one that renders an empty name slot.
    static func library() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(template.utf8).write(to: folder.appendingPathComponent("refund-delayed.en.mustache"))
        let empty = template.replacingOccurrences(of: "id: refund-delayed", with: "id: empty-name")
            .replacingOccurrences(of: "required: true, example: Anna", with: "required: false, example: Anna")
            .replacingOccurrences(of: "{{greeting_time}} {{customer_first_name}},", with: "Hi {{customer_first_name}},")
        try Data(empty.utf8).write(to: folder.appendingPathComponent("empty-name.en.mustache"))
        return folder.path
    }

    static let agent = ["--set", "agent_name=Jo Baker", "--set", "agent_title=Customer Care", "--set", "agent_email=jo@shop.example"]
    static let customer = ["--set", "customer_first_name=Anna", "--set", "customer_name=Anna Smith", "--set", "customer_email=anna@example.com",
                           "--set", "order_id=A-1042", "--set", "refund_date=2026-11-20", "--now", "2026-11-16T10:12:00+02:00"]

    @Test(arguments: [["--set", "no-equals"], ["--set", "=x"], ["--format", "pdf"], ["--now", "yesterday"], ["--recipient-tz", "Mars/Olympus"],
                      ["--body-encoding", "7bit"], []])
    func usageErrorsExit64(_ extra: [String]) throws {
        let arguments = ["compose"] + (extra.isEmpty ? ["--templates", "/tmp"] : ["refund-delayed", "--templates", "/tmp"] + extra)
        let result = try BinaryRunner.run(extra.isEmpty ? ["compose", "refund-delayed"] : arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func unreadableInputsExit2() throws {
        let library = try Self.library()
        let nested = try composeTempFile("{\"order\": {\"id\": 7}}", name: "data.json")
        for extra in [["--data", nested], ["--data", "/no/such/file.json"], ["--agent", "/no/such/agent.yaml"], ["--reply-to", "/no/such.eml"]] {
            let result = try BinaryRunner.run(["compose", "refund-delayed", "--templates", library] + extra)
            #expect(result.status == 2, "\(extra): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let data = try BinaryRunner.run(["compose", "refund-delayed", "--templates", library, "--data", nested])
        #expect(data.stderr.contains("data.json:1:11: 'order' must be a string or a number, not a nested object"), "\(data.stderr)")
    }

    @Test func injectedLineBreaksExit2() throws {
        let result = try BinaryRunner.run(["compose", "refund-delayed", "--templates", try Self.library()] + Self.agent + Self.customer
                                          + ["--set", "customer_name=Anna\r\nBcc: victim@example.com"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("value of 'customer_name' would put a line break in the To header; refused"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func bodyEncodingEightBitWritesTheUTF8() throws {
        let library = try Self.library()
        let arguments = ["compose", "refund-delayed", "--templates", library] + Self.agent + Self.customer + ["--set", "amount=40.00 EUR"]
        let quoted = try BinaryRunner.run(arguments)
        #expect(quoted.status == 0, "\(quoted.stderr)")
        #expect(quoted.stdout.contains("Content-Transfer-Encoding: quoted-printable\n"))
        #expect(quoted.stdout.contains("=E2=82=AC"))
        let eight = try BinaryRunner.run(arguments + ["--body-encoding", "8bit"])
        #expect(eight.status == 0, "\(eight.stderr)")
        #expect(eight.stdout.contains("Content-Transfer-Encoding: 8bit\n"))
        #expect(eight.stdout.contains("Your refund of €40.00\nfor order A-1042"))
    }

    @Test
    func composesAndSaysWhichVariant() throws {
        let result = try BinaryRunner.run(["compose", "refund-delayed", "--templates", try Self.library(), "--locale", "en-GB",
                                           "--recipient-tz", "+02:00"] + Self.agent + Self.customer)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("using refund-delayed.en\n"))
        #expect(result.stdout.hasPrefix("From: Jo Baker <jo@shop.example>\nTo: Anna Smith <anna@example.com>\nSubject: Your refund for order A-1042\nDate: Mon, 16 Nov 2026 10:12:00 +0200\nMessage-ID: <"))
        #expect(result.stdout.contains("Good morning Anna,"))
        #expect(result.stdout.contains("Your refund of the full amount\nfor order A-1042 will reach your card by November 20, 2026."))
        #expect(result.stdout.contains("Content-Transfer-Encoding: 7bit\n"))
    }

    @Test
    func missingValuesAreNamedOnOneLine() throws {
        let result = try BinaryRunner.run(["compose", "refund-delayed", "--templates", try Self.library()] + Self.agent
                                          + ["--set", "customer_first_name= "])
        #expect(result.status == 2)
        #expect(result.stderr.contains("template 'refund-delayed' needs 'customer_first_name', 'order_id', 'refund_date'"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test
    func anEmptyNameSlotFailsUnlessForced() throws {
        let arguments = ["compose", "empty-name", "--templates", try Self.library()] + Self.agent
            + ["--set", "customer_email=anna@example.com", "--set", "order_id=A-1042", "--set", "refund_date=2026-11-20"]
        let refused = try BinaryRunner.run(arguments)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("body.placeholder"))
        #expect(refused.stdout.isEmpty)
        let forced = try BinaryRunner.run(arguments + ["--force"])
        #expect(forced.status == 0)
        #expect(forced.stdout.contains("Hi ,"))
    }

    @Test
    func aValueLeftAsAPlaceholderFails() throws {
        let result = try BinaryRunner.run(["compose", "refund-delayed", "--templates", try Self.library()] + Self.agent + Self.customer
                                          + ["--set", "order_id={{order_id}}"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("body.placeholder"), "\(result.stderr)")
    }

    @Test
    func jsonCarriesTheMessageAndFindings() throws {
        let result = try BinaryRunner.run(["compose", "refund-delayed", "--templates", try Self.library(), "--format", "json", "--crlf"]
                                          + Self.agent + Self.customer)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["version"] as? Int == 1)
        #expect(json?["locale"] as? String == "en")
        #expect((json?["message"] as? String)?.contains("\r\nSubject: Your refund for order A-1042\r\n") == true)
        #expect((json?["headers"] as? [String: String])?["Content-Transfer-Encoding"] == "7bit")
    }
}
