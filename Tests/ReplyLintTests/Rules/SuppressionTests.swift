import Foundation
import Testing
@testable import ReplyLint

@Suite struct SuppressionTests {
    let draft = Array("From: Jo <jo@x.example>\nTo: Anna Smith <anna@example.com>\nSubject: Your parcel\n\nDear Anna,\n\nThe box is marked FRAGILE and HANDLE with care.\n\nBest regards,\nJo\n".utf8)

    func config(_ yaml: String) throws -> Configuration {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return try Configuration(contentsOf: url.path)
    }

    @Test func suppressesOnlyTheMatchedText() throws {
        let configuration = try config("suppress:\n  - rule: body.all-caps\n    match: fragile\n    reason: the courier's label\n")
        let report = try Linter(configuration: configuration).lint(draft, path: "d.eml")
        let caps = report.diagnostics.filter { $0.rule == "body.all-caps" }.compactMap(\.excerpt)
        #expect(caps == ["HANDLE"])
    }

    @Test func aSuppressionNeedsAReason() throws {
        #expect(throws: ConfigurationError.self) {
            try config("suppress:\n  - rule: body.all-caps\n    match: FRAGILE\n")
        }
        let error = #expect(throws: ConfigurationError.self) {
            try config("suppress:\n  - { rule: body.all-caps, match: FRAGILE }\n")
        }
        #expect(error?.message == "a suppression needs 'reason': say why the finding is accepted")
        #expect(error?.line == 2)
    }

    @Test func unknownRuleOrKeyInASuppressionIsAnError() throws {
        #expect(throws: ConfigurationError.self) {
            try config("suppress:\n  - { rule: body.nope, match: x, reason: y }\n")
        }
        #expect(throws: ConfigurationError.self) {
            try config("suppress:\n  - { rule: body.all-caps, match: x, reason: y, file: z }\n")
        }
    }
}
