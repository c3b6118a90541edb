import Foundation
import Testing

/// `replylint templates check` and `templates list`, run as a user runs them.
@Suite struct TemplatesCommandTests {
    @Test func checkOutputOnTheBrokenLibraryMatches() throws {
        let result = try BinaryRunner.run(["templates", "check", "Fixtures/templates-broken"])
        #expect(!result.crashed)
        #expect(result.stdout == (try Golden.expected("templates-broken.check.txt")))
        #expect(result.status == 1, "stderr: \(result.stderr)")
    }

    @Test func checkJSONHasTheVersionedShape() throws {
        let result = try BinaryRunner.run(["templates", "check", "--format", "json", "Fixtures/templates-broken"])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        let templates = try #require(document["templates"] as? [[String: Any]])
        #expect(templates.count == 8)
        let findings = templates.flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
        #expect(Set(findings.compactMap { $0["check"] as? String }) == [
            "example", "front-matter", "lint", "partial-missing", "syntax", "undeclared", "unguarded", "unused",
        ])
        // The shared diagnostic: each finding also has its rule id and end position.
        #expect(findings.allSatisfy { ($0["rule"] as? String) == "template." + (($0["check"] as? String) ?? "") })
        #expect(findings.allSatisfy { ($0["endLine"] as? Int) == ($0["line"] as? Int) && (($0["endColumn"] as? Int) ?? 0) > (($0["column"] as? Int) ?? 0) })
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary == ["templates": 8, "errors": 7, "warnings": 1, "infos": 0])
    }

    @Test func aCleanLibraryExitsZero() throws {
        let folder = try TemporaryFolder(["ok.en.mustache": TemplateCheckerTests.file(
            "ok", body: "Dear {{customer_first_name}},\n\nYour order is on its way." + TemplateCheckerTests.signoff)])
        let result = try BinaryRunner.run(["templates", "check", folder.path])
        #expect(result.status == 0, "stdout: \(result.stdout)")
        #expect(result.stdout == "0 errors, 0 warnings in 1 template\n")
    }

    @Test func listShowsIdsLocalesAndVariables() throws {
        let result = try BinaryRunner.run(["templates", "list", "Fixtures/templates-broken"])
        #expect(result.status == 1, "two files do not load")
        #expect(result.stdout.contains("unguarded  [en]  An optional value with no fallback, used outside a section.\n  customer_first_name  name      required\n  voucher_code         string    optional\n"))
        #expect(result.stderr.contains("front-matter.en.mustache:5:1: unknown front-matter key 'categroy'"))
        let json = try BinaryRunner.run(["templates", "list", "--format", "json", "Fixtures/templates-broken"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((document["templates"] as? [Any])?.count == 6)
    }

    @Test(arguments: [["templates", "check", "/no/such/folder"], ["templates", "list", "/no/such/folder"]])
    func anUnreadableFolderExitsTwo(_ arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read the folder"))
    }

    @Test(arguments: [["templates", "check"], ["templates", "list", "--format", "xml", "Fixtures"], ["templates", "frobnicate"]])
    func usageErrorsExit64(_ arguments: [String]) throws {
        #expect(try BinaryRunner.run(arguments).status == 64)
    }
}
