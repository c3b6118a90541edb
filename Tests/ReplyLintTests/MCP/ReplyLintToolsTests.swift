import Foundation
import MCP
import Testing
@testable import ReplyLint
@testable import ReplyLintMCP

/// The MCP tools called directly, as the server's handler calls them: arguments mapped into
/// the library's options, the report as structured content, and every bad call an `isError`
/// result with one line that names the argument.
@Suite struct ReplyLintToolsTests {
    static let tools: ReplyLintTools = {
        do {
            return try ReplyLintTools(templates: BinaryRunner.root.appendingPathComponent("Fixtures/templates").path, configPath: nil)
        } catch {
            fatalError("\(error)")
        }
    }()

    static func text(_ result: CallTool.Result) -> String {
        result.content.compactMap { if case let .text(text, _, _) = $0 { text } else { nil } }.joined(separator: "\n")
    }

    static func call(_ name: String, _ arguments: [String: Value]) -> CallTool.Result { tools.call(name, arguments) }

    @Test func theReportIsTheJSONReportersOwn() throws {
        let draft = LintSessionTests.shouting
        let result = Self.call("lint_draft", ["draft": .string(draft), "name": "a/reply.eml"])
        let report = try #require(try LintSession(SessionOptions()).check(.bytes(Array(draft.utf8), name: "a/reply.eml")).report)
        let expected = try JSONDecoder().decode(Value.self, from: Data(ToolResults.reportJSON(report, fixing: false).utf8))
        #expect(result.isError == nil)
        #expect(result.structuredContent == expected)
        #expect(Self.text(result).hasPrefix("a/reply.eml (en): 1 error, 1 warning, "))
        #expect(Self.text(result).contains("fix the blocking findings before sending"))
    }

    @Test func fieldsAreLintedAsTheMessageTheyMake() throws {
        let fields: [String: Value] = ["subject": "URGENT refund", "body": "Dear Anna,\n\nThank you. Your refund is on its way.\n\nBest regards,\nJo\n",
                                       "to": ["Anna Smith <anna@example.com>"], "from": "Jo <jo@shop.example>", "date": "2026-11-16T10:12:00+02:00"]
        let message = try DraftFields(subject: "URGENT refund", body: "Dear Anna,\n\nThank you. Your refund is on its way.\n\nBest regards,\nJo\n",
                                      to: ["Anna Smith <anna@example.com>"], from: "Jo <jo@shop.example>", date: "2026-11-16T10:12:00+02:00").message().get()
        let byFields = Self.call("lint_draft", fields)
        let byDraft = Self.call("lint_draft", ["draft": .string(String(decoding: message, as: UTF8.self))])
        #expect(byFields.structuredContent == byDraft.structuredContent)
        #expect(Self.text(byFields).contains("warning: subject word 'URGENT' is in capitals"))
    }

    @Test func fixReturnsTheCorrectedDraftAndWhatIsLeft() throws {
        let result = Self.call("fix_draft", ["draft": .string(LintSessionTests.shouting)])
        let structured = try #require(result.structuredContent?.objectValue)
        #expect(structured["changed"] == true)
        #expect(structured["draft"]?.stringValue?.contains("Subject: Urgent refund\n") == true)
        let files = try #require(structured["report"]?.objectValue?["files"]?.arrayValue?.first?.objectValue)
        #expect(files["fixed"]?.arrayValue?.count == 1)
        #expect(Self.text(result).hasPrefix("1 safe fixes applied; draft.eml (en): 1 error, 0 warnings"))
    }

    @Test(arguments: [
        ("lint_draft", [:], "give the draft: 'draft' (the whole RFC 5322 message) or 'body' with subject, to, from, cc and date"),
        ("lint_draft", ["draft": "x", "cc": "a@b.c"], "give 'draft' (the whole message) or its fields, not both: 'cc' came with 'draft'"),
        ("lint_draft", ["body": "Hi", "subject": 3], "'subject' must be a string, not a number"),
        ("lint_draft", ["body": "Hi", "to": ["a@b.c", true]], "'to[1]' must be a string, not a boolean"),
        ("lint_draft", ["body": "Hi", "to": "Anna"], "to: 'Anna' is not a list of addresses: address 'Anna' has no '@'"),
        ("lint_draft", ["body": "Hi", "colour": "red"], "lint_draft has no argument 'colour'; it takes draft, subject, body, to, from, cc, date, original, locale, recipient_name, recipient_tz, now, enable, disable, name, strict"),
        ("lint_draft", ["body": "Hi", "enable": ["subject.nope"]], "'enable' names no rule 'subject.nope'; list_rules gives them"),
        ("lint_draft", ["body": "Hi", "locale": "tlh"], "locale 'tlh' is not one of the languages replylint knows (el, en, et, id, ro)"),
        ("lint_draft", ["body": "Hi", "now": "soon"], "'now' is 'soon', not an RFC 3339 instant like 2026-11-16T10:12:00+02:00"),
        ("lint_draft", ["body": "Hi", "recipient_tz": "+25:00"], "'recipient_tz' is '+25:00', not an offset like +02:00, -0500 or UTC, nor an IANA time zone like Europe/Athens"),
        ("lint_draft", ["body": "Hi", "strict": "yes"], "'strict' must be true or false, not a string"),
        ("lint_draft", ["body": "Hi", "original": ""], "original: message is empty"),
        ("lint_draft", ["draft": ""], "draft.eml: message is empty"),
        ("fix_draft", ["body": "Hi", "strict": true], "fix_draft has no argument 'strict'; it takes draft, subject, body, to, from, cc, date, original, locale, recipient_name, recipient_tz, now, enable, disable, name"),
        ("compose_reply", ["values": [:]], "'template' is required"),
        ("compose_reply", ["template": "refund-issued", "values": ["a", "b"]], "'values' must be an object, not a list"),
        ("compose_reply", ["template": "refund-issued", "values": ["order_id": ["A-1"]]], "'values.order_id' must be a string or a number, not a list"),
        ("compose_reply", ["template": "nope"], "no template 'nope' (templates: follow-up, order-delayed, password-reset, refund-issued, replacement-sent, request-refused)"),
        ("explain_rule", [:], "'rule' is required"),
        ("explain_rule", ["rule": "subject.nope"], "no rule 'subject.nope'; list_rules gives them"),
        ("list_rules", ["verbose": true], "list_rules has no argument 'verbose'; it takes no arguments"),
        ("lint_drafts", [:], "no tool 'lint_drafts'; the tools are lint_draft, fix_draft, compose_reply, list_templates, list_rules, explain_rule"),
    ] as [(String, [String: Value], String)])
    func aBadCallIsAnErrorWithOneLineWhy(tool: String, arguments: [String: Value], reason: String) {
        let result = Self.call(tool, arguments)
        #expect(result.isError == true)
        #expect(Self.text(result) == reason)
        #expect(result.structuredContent == nil)
    }

    @Test func aDraftOverTheSizeLimitIsRefusedTheSameWay() {
        let limit = MessageLimits().maxBytes
        let draft = Self.call("lint_draft", ["draft": .string("Subject: x\n\n" + String(repeating: "a", count: limit))])
        #expect(draft.isError == true)
        #expect(Self.text(draft) == "draft.eml: message is \(limit + 12) bytes; the limit is \(limit)")
        let body = Self.call("fix_draft", ["body": .string(String(repeating: "a", count: limit + 1))])
        #expect(Self.text(body) == "body: message is \(limit + 1) bytes; the limit is \(limit)")
    }

    @Test func composeNamesEveryMissingValue() throws {
        let result = Self.call("compose_reply", ["template": "refund-issued", "values": ["customer_first_name": "Sarah", "order_id": 10482]])
        #expect(result.isError == true)
        let reason = Self.text(result)
        for name in ["amount", "refund_date", "agent_email"] { #expect(reason.contains("'\(name)'"), "\(reason)") }
        #expect(!reason.contains("'order_id'") && !reason.contains("'customer_first_name'"))
    }

    @Test func composeFillsAndLintsTheReply() throws {
        let result = Self.call("compose_reply", [
            "template": "refund-issued", "now": "2026-11-16T10:12:00+00:00",
            "values": ["customer_first_name": "Sarah", "customer_last_name": "Carter", "customer_email": "sarah@example.com",
                       "agent_name": "Jo Baker", "agent_email": "jo@shop.example", "order_id": "A-10482", "amount": "64.90 GBP",
                       "refund_date": "2026-11-19"],
        ])
        #expect(result.isError == nil, "\(Self.text(result))")
        let structured = try #require(result.structuredContent?.objectValue)
        #expect(structured["template"] == "refund-issued")
        #expect(structured["body"]?.stringValue?.hasPrefix("Dear Sarah,") == true)
        #expect(structured["headers"]?.objectValue?["To"] == "Sarah Carter <sarah@example.com>")
        #expect(Self.text(result).hasPrefix("composed refund-issued (en); refund-issued.en.eml (en): 0 errors"))
    }

    @Test func listsAndExplanationsAreTheCommandsJSON() throws {
        let rules = try #require(Self.call("list_rules", [:]).structuredContent?.objectValue?["rules"]?.arrayValue)
        #expect(rules.count == RuleCatalog.all.count)
        let explained = try #require(Self.call("explain_rule", ["rule": "subject.length"]).structuredContent?.objectValue)
        #expect(explained["explanation"]?.stringValue == RuleReference.find("subject.length")?.explanation)
        #expect(explained["rule"]?.objectValue?["identifier"] == "subject.length")
        let templates = try #require(Self.call("list_templates", [:]).structuredContent?.objectValue?["templates"]?.arrayValue)
        let ids = templates.compactMap { $0.objectValue?["id"]?.stringValue }
        #expect(ids.contains("refund-issued"))
    }

    @Test func withoutALibraryTheTemplateToolsSaySo() throws {
        let tools = try ReplyLintTools(templates: nil, configPath: nil)
        for tool in ["list_templates", "compose_reply"] {
            let result = tools.call(tool, tool == "compose_reply" ? ["template": "refund-issued"] : [:])
            #expect(Self.text(result) == "no template library: start the server with --templates DIR")
        }
    }

    @Test func aBadConfigStopsTheServerFromStarting() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-mcp-\(UUID().uuidString).yaml")
        try Data("rules:\n  subject.nope: { max: 3 }\n".utf8).write(to: config)
        defer { try? FileManager.default.removeItem(at: config) }
        #expect(throws: LintFailure.self) { try ReplyLintTools(templates: nil, configPath: config.path) }
    }

    /// The SDK reads a string that looks like a data URL as data; an argument gets its text back.
    @Test func aDataURLStringIsStillText() throws {
        let body = "data:text/plain;base64,SGk="
        let decoded = try JSONDecoder().decode([String: Value].self, from: Data("{\"body\":\"\(body)\"}".utf8))
        let arguments = try ToolArguments(decoded, tool: ToolCatalog.lintDraft)
        #expect(try arguments.string("body") == body)
    }

    @Test func everyToolDeclaresObjectSchemas() {
        for tool in Self.tools.definitions {
            #expect(tool.inputSchema.objectValue?["type"] == "object", "\(tool.name)")
            #expect(tool.outputSchema?.objectValue?["type"] == "object", "\(tool.name)")
        }
    }
}
