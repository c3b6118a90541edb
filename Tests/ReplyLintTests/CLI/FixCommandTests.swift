import Foundation
import Testing

@Suite struct FixCommandTests {
    let bad = "Fixtures/drafts/en-needs-work.eml"
    let good = "Fixtures/drafts/en-refund-good.eml"

    @Test func fixPrintsTheDraftAloneOnStdout() throws {
        let result = try BinaryRunner.run(["check", "--fix", bad])
        let original = try String(contentsOf: BinaryRunner.root.appendingPathComponent(bad), encoding: .utf8)
        let expected = original.replacingOccurrences(of: "URGENT: Your refund request!!", with: "Urgent: Your refund request!")
            .replacingOccurrences(of: "speed them up!!", with: "speed them up!")
        #expect(result.stdout == expected)
        #expect(result.status == 1)   // the placeholders are still there
        #expect(result.stderr.contains("[body.placeholder]"))
        #expect(!result.stderr.contains("[subject.all-caps]"))
        #expect(result.stderr.contains("fixed 3 findings in 1 file"))
    }

    @Test func fixReadsStandardInput() throws {
        let data = try Data(contentsOf: BinaryRunner.root.appendingPathComponent(good))
        let result = try BinaryRunner.run(["check", "--fix", "--format", "json"], stdin: data)
        #expect(result.stdout == String(decoding: data, as: UTF8.self))
        #expect(result.status == 0)
        #expect(result.stderr.contains("\"fixed\" : ["))
    }

    @Test func severalDraftsNeedInPlace() throws {
        #expect(try BinaryRunner.run(["check", "--fix", bad, good]).status == 64)
        #expect(try BinaryRunner.run(["check", "--fix", "Fixtures/drafts"]).status == 64)
        #expect(try BinaryRunner.run(["check", "--in-place", bad]).status == 64)
        #expect(try BinaryRunner.run(["check", "--fix", "--in-place"]).status == 64)
    }

    @Test func inPlaceRewritesOnlyWhatChanged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fixMe = folder.appendingPathComponent("a.eml"), keepMe = folder.appendingPathComponent("b.eml")
        try Data(contentsOf: BinaryRunner.root.appendingPathComponent(bad)).write(to: fixMe)
        try Data(contentsOf: BinaryRunner.root.appendingPathComponent(good)).write(to: keepMe)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: fixMe.path)
        let past = Date(timeIntervalSince1970: 1_600_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: keepMe.path)

        let result = try BinaryRunner.run(["check", "--fix", "--in-place", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("fixed 3 findings in 1 file"))
        #expect(result.stdout.contains("[body.placeholder]"))

        let fixed = try String(contentsOf: fixMe, encoding: .utf8)
        #expect(fixed.contains("Subject: Urgent: Your refund request!\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: fixMe.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        let kept = try FileManager.default.attributesOfItem(atPath: keepMe.path)
        #expect((kept[.modificationDate] as? Date) == past)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.eml", "b.eml"])

        // A second run finds nothing left to fix and touches nothing.
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: fixMe.path)
        let again = try BinaryRunner.run(["check", "--fix", "--in-place", folder.path])
        #expect(again.stdout.contains("fixed 0 findings in 0 files"))
        #expect((try FileManager.default.attributesOfItem(atPath: fixMe.path)[.modificationDate] as? Date) == past)
    }
}
