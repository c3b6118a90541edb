import Foundation
import Testing

@Suite struct ExitCodeTests {
    let good = "Fixtures/drafts/en-refund-good.eml"
    let bad = "Fixtures/drafts/en-needs-work.eml"

    @Test func cleanDraftExitsZero() throws {
        #expect(try BinaryRunner.run(["check", good]).status == 0)
    }

    @Test func errorFindingsExitOne() throws {
        let result = try BinaryRunner.run(["check", bad])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[body.placeholder]"))
    }

    @Test func strictCountsWarnings() throws {
        let draft = try tempFile("From: Jo <jo@x.example>\nTo: Anna Smith <anna@example.com>\nSubject: Your refund\n\nHello,\n\nYour refund was issued today.\n\nBest regards,\nJo\n")
        #expect(try BinaryRunner.run(["check", draft]).status == 0)
        #expect(try BinaryRunner.run(["check", "--strict", draft]).status == 1)
    }

    @Test func missingFileExitsTwoWithOneLine() throws {
        let result = try BinaryRunner.run(["check", "no/such/draft.eml"])
        #expect(result.status == 2)
        #expect(result.stderr == "replylint: error: no/such/draft.eml: no such file or folder\n")
    }

    @Test func unknownConfigKeyExitsTwoNamingKeyAndFile() throws {
        let config = try tempFile("rules:\n  subject.length:\n    maximum: 70\n", name: "bad.yaml")
        let result = try BinaryRunner.run(["check", "--config", config, good])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(config):3:5: unknown key 'maximum' for rule 'subject.length'"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func configFoundByWalkingUpChangesThresholds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-\(UUID().uuidString)/a/b")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let top = folder.deletingLastPathComponent().deletingLastPathComponent()
        try "rules:\n  subject.mobile-length: { max: 10 }\ndisable: [subject.length]\n"
            .write(to: top.appendingPathComponent(".replylint.yaml"), atomically: true, encoding: .utf8)
        let draft = folder.appendingPathComponent("d.eml")
        try Data(contentsOf: BinaryRunner.root.appendingPathComponent(good)).write(to: draft)
        let result = try BinaryRunner.run(["check", draft.path])
        #expect(result.stdout.contains("a phone shows about 10 characters"))
    }

    @Test func jargonAddedInConfigIsReported() throws {
        let config = try tempFile("languages:\n  en:\n    jargon: [frobnicator]\n", name: "jargon.yaml")
        let draft = try tempFile("From: Jo <jo@x.example>\nTo: Anna Smith <anna@example.com>\nSubject: Your refund\n\nDear Anna,\n\nThank you for writing. The frobnicator sent your refund today.\n\nBest regards,\nJo\n")
        let result = try BinaryRunner.run(["check", "--config", config, draft])
        #expect(result.stdout.contains("7:28: info: 'frobnicator' may be jargon to the customer"))
        #expect(result.stdout.contains("[body.jargon]"))
        #expect(!(try BinaryRunner.run(["check", draft]).stdout.contains("[body.jargon]")))
    }

    @Test func unknownRuleOnCommandLineIsUsageError() throws {
        let result = try BinaryRunner.run(["check", "--disable", "subject.nope", good])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown rule 'subject.nope'"))
    }

    @Test func unknownOptionIsUsageError() throws {
        #expect(try BinaryRunner.run(["check", "--no-such-flag", good]).status == 64)
    }

    @Test func readsStandardInput() throws {
        let data = try Data(contentsOf: BinaryRunner.root.appendingPathComponent(bad))
        let result = try BinaryRunner.run(["check", "--format", "json"], stdin: data)
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"path\" : \"<stdin>\""))
    }

    @Test func findsRuleDataFromAnyWorkingDirectory() throws {
        let result = try BinaryRunner.run(["check", BinaryRunner.root.appendingPathComponent(bad).path],
                                          cwd: FileManager.default.temporaryDirectory)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[greeting.generic]"))
    }

    @Test func folderIsSearchedForDrafts() throws {
        let result = try BinaryRunner.run(["check", "--format", "json", "Fixtures/drafts"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"files\" : \(Golden.drafts.count)"))
    }

    @Test func noColourWhenPiped() throws {
        let result = try BinaryRunner.run(["check", bad], environment: ["NO_COLOR": ""])
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(!result.stderr.contains("checked "))
    }

    @Test func explainPrintsGuidelineAndExamples() throws {
        let result = try BinaryRunner.run(["explain", "greeting.name"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Guideline 3. Use the customer's name"))
        #expect(result.stdout.contains("Αγαπητέ κύριε ↓Γεωργίου,"))
        #expect(try BinaryRunner.run(["explain", "no.such"]).status == 64)
    }

    private func tempFile(_ text: String, name: String = "draft.eml") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
