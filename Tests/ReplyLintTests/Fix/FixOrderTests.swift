import Foundation
import Testing
@testable import ReplyLint

@Suite struct FixOrderTests {
    @Test func overlappingFixIsSkippedInItsRoundAndSaysWhy() throws {
        // Sentence case covers the whole subject, so the '!!' inside it must wait.
        let text = FixDraft.text(subject: "YOUR REFUND FOR YOUR ORDER IS ON ITS WAY!!")
        let draft = try FixDraft.linter.draft(Array(text.utf8))
        var pass = FixPass(found: FixDraft.linter.findings(draft), message: draft.message, bytes: Array(text.utf8),
                           limits: MessageLimits())
        pass.run()
        #expect(pass.applied.map { pass.found[$0].diagnostic.rule } == ["subject.all-caps"])
        let skipped = try #require(pass.found.indices.first { pass.found[$0].diagnostic.rule == "subject.punctuation" })
        #expect(pass.reasons[skipped]?.hasPrefix("overlaps the fix for [subject.all-caps]") == true)
        #expect(try MessageParser.parse(pass.bytes).subject?.value == "Your refund for your order is on its way!!")
    }

    @Test func nextRoundMakesTheSkippedFix() throws {
        let result = try FixDraft.fix(FixDraft.text(subject: "YOUR REFUND FOR YOUR ORDER IS ON ITS WAY!!"))
        #expect(String(decoding: result.bytes, as: UTF8.self) == FixDraft.text(subject: "Your refund for your order is on its way!"))
        #expect(FixDraft.fixedRules(result) == ["subject.all-caps", "subject.punctuation"])
    }

    @Test func sameChangeFromTwoFindingsIsMadeOnce() {
        let a = TextEdit(start: TextPoint(line: 0, offset: 2), end: TextPoint(line: 0, offset: 4), replacement: "!", finding: 0)
        var b = a
        b.finding = 1
        #expect(a.overlaps(b) && a.sameChange(as: b))
        var text = EditableText(lines: ["ab!!cd"], breaks: [""])
        let applied = text.apply([a])
        #expect(applied)
        #expect(text.lines == ["ab!cd"])
    }

    @Test func editAcrossLinesKeepsTheLastBreak() throws {
        var text = try #require(EditableText("the\r\nthe cat\r\nsat"))
        let edit = TextEdit(start: TextPoint(line: 0, offset: 3), end: TextPoint(line: 1, offset: 3), replacement: "", finding: 0)
        let applied = text.apply([edit])
        #expect(applied)
        #expect(text.text == "the cat\r\nsat")
        #expect(EditableText("lone\rCR") == nil)
    }

    @Test(arguments: ["el-needs-work", "en-needs-work", "et-needs-work", "id-needs-work", "ro-needs-work"])
    func fixingTwiceChangesNothing(_ name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/drafts/\(name).eml")
        let first = try FixDraft.fix([UInt8](Data(contentsOf: url)))
        #expect(first.changed)
        let second = try FixDraft.fix(first.bytes)
        #expect(!second.changed && second.applied.isEmpty && second.bytes == first.bytes)
    }

    @Test func jsonMarksSafeFixes() throws {
        let report = try FixDraft.linter.lint(Array(FixDraft.text(subject: "Your refund!! Sorry!").utf8), path: "d.eml")
        let json = ReferenceJSON.rendered([report])
        #expect(json.contains("\"fix\" : true"))
        #expect(json.components(separatedBy: "\"fix\"").count == 2)   // the '!!' only, not the single '!'
        #expect(!json.contains("notFixed"))
    }
}
