import Foundation
import Testing
@testable import ReplyLint

/// Replies an outside tester wrote with one planted flaw each (issue 10; Fixtures/README.md,
/// `flawed/`): the flaw is found, and nothing else above info is said about the reply.
enum FlawedReplies {
    static let folder = BinaryRunner.root.appendingPathComponent("Fixtures/flawed")

    /// Each reply and the rule its planted flaw must trigger.
    static let flaws: [String: String] = [
        "en-blame-flawed.eml": "tone.blame",
        "en-bare-reference-flawed.eml": "body.bare-reference",
        "en-jargon-flawed.eml": "body.jargon",
        "ro-blame-flawed.eml": "tone.blame",
        "ro-generic-subject-flawed.eml": "subject.generic",
        "ro-slang-flawed.eml": "body.emoticon",
        "el-blame-flawed.eml": "tone.blame",
        "el-website-flawed.eml": "body.bare-reference",
        "el-generic-subject-flawed.eml": "subject.generic",
        "et-blame-flawed.eml": "tone.blame",
        "et-no-next-step-flawed.eml": "closing.next-steps",
        "et-website-flawed.eml": "body.bare-reference",
        "id-blame-flawed.eml": "tone.blame",
        "id-slang-flawed.eml": "body.emoticon",
        "id-website-flawed.eml": "body.bare-reference",
        "el-vague-apology-flawed.eml": "tone.apology-vague",
        "ro-placeholder-flawed.eml": "body.placeholder",
        "et-prose-steps-flawed.eml": "body.steps-unnumbered",
        "id-blame-should-flawed.eml": "tone.blame",
    ]
}

@Test func everyFlawedReplyNamesItsFlaw() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: FlawedReplies.folder.path).filter { $0.hasSuffix(".eml") }
    #expect(Set(files) == Set(FlawedReplies.flaws.keys))
}

@Test(arguments: FlawedReplies.flaws.keys.sorted())
func plantedFlawIsFoundAndNothingElseWarns(_ file: String) throws {
    let rule = try #require(FlawedReplies.flaws[file])
    let bytes = [UInt8](try Data(contentsOf: FlawedReplies.folder.appendingPathComponent(file)))
    let report = try Linter().lint(bytes, path: file)
    #expect(report.diagnostics.contains { $0.rule == rule }, "\(file): no \(rule) finding")
    let others = report.diagnostics.filter { $0.severity != .info && $0.rule != rule }
    #expect(others.isEmpty, "\(others.map { "\($0.line):\($0.column) \($0.message) [\($0.rule)]" })")
}
