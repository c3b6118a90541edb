import Foundation
import Testing

/// The whole output of the real binary on every fixture, compared with Fixtures/expected/.
/// After an intended change, `scripts/update-expected` rewrites them; review the diff.
enum Golden {
    static let drafts: [String] = {
        let folder = BinaryRunner.root.appendingPathComponent("Fixtures/drafts")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".eml") }.sorted()
    }()

    static func expected(_ name: String) throws -> String {
        let url = BinaryRunner.root.appendingPathComponent("Fixtures/expected").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}

@Test(arguments: Golden.drafts)
func checkTextOutputMatches(_ draft: String) throws {
    let result = try BinaryRunner.run(["check", "Fixtures/drafts/\(draft)"])
    #expect(!result.crashed)
    #expect(result.stdout == (try Golden.expected("\(draft).check.txt")))
    let errors = result.stdout.contains(" error: ")
    #expect(result.status == (errors ? 1 : 0), "exit code \(result.status), stderr: \(result.stderr)")
}

@Test(arguments: Golden.drafts)
func checkJSONOutputMatches(_ draft: String) throws {
    let result = try BinaryRunner.run(["check", "--format", "json", "Fixtures/drafts/\(draft)"])
    #expect(result.stdout == (try Golden.expected("\(draft).check.json")))
}

@Test(arguments: Golden.drafts)
func showOutputMatches(_ draft: String) throws {
    let result = try BinaryRunner.run(["show", "--format", "json", "Fixtures/drafts/\(draft)"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout == (try Golden.expected("\(draft).show.json")))
}

@Test func rulesReferenceIsCurrent() throws {
    let result = try BinaryRunner.run(["rules", "--format", "markdown"])
    let doc = try String(contentsOf: BinaryRunner.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
    #expect(result.stdout == doc, "docs/rules.md is stale; run scripts/update-expected")
}
