import Foundation
import Testing
@testable import ReplyLint

func composeTempFile(_ text: String, name: String = "file.yaml") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-compose-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
}

/// Where values come from and which one wins.
@Suite struct ComposeValuesTests {
    @Test func priorityIsAgentThenReplyToThenDataThenSet() throws {
        var values = ComposeValues()
        values.add(["x": "set", "only_set": "s"], from: .set)
        values.add(["x": "agent", "y": "agent", "z": "agent", "w": "agent"], from: .agent)
        values.add(["x": "data", "y": "data"], from: .data)
        values.add(["x": "reply", "y": "reply", "z": "reply"], from: .replyTo)
        #expect(values.merged == ["x": "set", "y": "data", "z": "reply", "w": "agent", "only_set": "s"])
        #expect(values.source(of: "z") == .replyTo)
        #expect(values.source(of: "missing") == nil)
    }

    @Test func theCustomersMessageSitsBetweenAgentAndData() throws {
        let original = "From: Anna Smith <anna@example.com>\nSubject: Refund\nDate: Sun, 15 Nov 2026 18:40:00 +0200\n\nHi\n"
        let reply = try Composer(library: TemplateLibrary(templates: [], partials: [:])).replyContext(Array(original.utf8))
        var values = ComposeValues()
        values.add(["customer_name": "Agent's guess", "agent_name": "Jo"], from: .agent)
        values.add(["customer_first_name": "Annie"], from: .data)
        let merged = try Composer.values(Composer.Request(templateID: "t", values: values, reply: reply))
        #expect(merged["customer_name"] == "Anna Smith")
        #expect(merged["customer_first_name"] == "Annie")
        #expect(merged["customer_last_name"] == "Smith")
        #expect(merged["agent_name"] == "Jo")
    }

    @Test(arguments: [("name=Anna", "name", "Anna"), ("a_1=x=y", "a_1", "x=y"), ("empty=", "empty", ""), ("_k= spaced ", "_k", " spaced ")])
    func setTakesNameEqualsValue(_ text: String, _ name: String, _ value: String) {
        let parsed = ComposeValues.assignment(text)
        #expect(parsed?.name == name && parsed?.value == value)
    }

    @Test(arguments: ["noequals", "=value", "1abc=x", "bad-name=x", "with space=x", "ünï=x"])
    func setRefusesWhatIsNotAnAssignment(_ text: String) {
        #expect(ComposeValues.assignment(text) == nil)
    }

    @Test func dataReadsJSONAndYAMLKeepingNumbersAsWritten() throws {
        let json = try composeTempFile(#"{"order_id": "A-1042","# + "\t" + #""amount": 40.00, "count": 3, "note": null, "greek": "Ν\u03afκος"}"#, name: "d.json")
        #expect(try ComposeValues.data(contentsOf: json) == ["order_id": "A-1042", "amount": "40.00", "count": "3", "greek": "Νίκος"])
        let yaml = try composeTempFile("order_id: A-1042\nrefund_date: 2026-11-20\nquoted: \"null\"\n")
        #expect(try ComposeValues.data(contentsOf: yaml) == ["order_id": "A-1042", "refund_date": "2026-11-20", "quoted": "null"])
    }

    @Test(arguments: [
        ("order:\n  id: 7\n", "'order' must be a string or a number, not a nested object", 2),
        ("{\"items\": [1, 2]}", "'items' must be a string or a number, not a list", 1),
        ("- a\n- b\n", "the data file must be a mapping", 1),
        ("bad-key: 1\n", "'bad-key' is not a variable name", 1),
    ])
    func dataRefusesNestingWithItsPosition(_ text: String, _ message: String, _ line: Int) throws {
        let path = try composeTempFile(text)
        let error = try #require(throws: ConfigurationError.self) { try ComposeValues.data(contentsOf: path) }
        #expect(error.message.hasPrefix(message))
        #expect(error.line == line)
    }

    @Test func agentFileAndConfigKey() throws {
        let agent = try composeTempFile("name: Jo Baker\ntitle: Customer Care\nphone: \"+30 210 555 0100\"\nemail: jo@shop.example\n")
        #expect(try AgentProfile(contentsOf: agent).values == ["agent_name": "Jo Baker", "agent_title": "Customer Care",
                                                                "agent_phone": "+30 210 555 0100", "agent_email": "jo@shop.example"])
        let config = try composeTempFile("locale: en\nagent:\n  name: Jo Baker\n  email: jo@shop.example\n", name: ".replylint.yaml")
        #expect(try Configuration(contentsOf: config).agent == AgentProfile(name: "Jo Baker", email: "jo@shop.example"))
    }

    @Test func unknownAgentKeysAreErrorsWithLineAndColumn() throws {
        let config = try composeTempFile("agent:\n  name: Jo\n  mobile: 123\n", name: ".replylint.yaml")
        let error = try #require(throws: ConfigurationError.self) { try Configuration(contentsOf: config) }
        #expect(error.line == 3 && error.column == 3)
        #expect(error.message == "unknown key 'mobile' in agent (known: name, title, phone, email)")
        let nested = try composeTempFile("name:\n  first: Jo\n")
        #expect(throws: ConfigurationError.self) { try AgentProfile(contentsOf: nested) }
    }
}
