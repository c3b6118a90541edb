import Foundation
import Testing
@testable import ReplyLint

/// `check` on a folder streams each draft's report as soon as those before it are done; what
/// comes out must be what one document of all the reports would be.
@Suite struct FolderCheckTests {
    static func reports(_ folder: String) throws -> [FileReport] {
        let linter = try Linter()
        let url = BinaryRunner.root.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".eml") }.sorted().map { name in
            try linter.lint([UInt8](Data(contentsOf: url.appendingPathComponent(name))), path: "\(folder)/\(name)")
        }
    }

    @Test func jsonOfAFolderIsTheWholeDocument() throws {
        let result = try BinaryRunner.run(["check", "--format", "json", "Fixtures/drafts"])
        let reports = try Self.reports("Fixtures/drafts")
        #expect(reports.count > 30)
        #expect(result.stdout == ReferenceJSON.document(reports))
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
    }

    @Test func textOfAFolderEndsWithTheCounts() throws {
        let result = try BinaryRunner.run(["check", "Fixtures/drafts"])
        let reports = try Self.reports("Fixtures/drafts")
        let reporter = TextReporter()
        let expected = reports.map(reporter.render).joined() + reporter.closing(ReportSummary(.drafts, reports), afterParts: true)
        #expect(expected.hasSuffix("in \(reports.count) files\n"))
        #expect(result.stdout == expected)
    }

    @Test func aFolderWithUnreadableDraftsReportsTheRestAndExits2() throws {
        let result = try BinaryRunner.run(["check", "--format", "json", "Fixtures/malformed"])
        #expect(result.status == 2)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        let failures = result.stderr.split(separator: "\n").filter { $0.hasPrefix("replylint: error: ") }
        #expect(!files.isEmpty && !failures.isEmpty)
        #expect((document["summary"] as? [String: Any])?["files"] as? Int == files.count)
    }

    @Test func anEmptyFolderIsAnEmptyDocument() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(["check", "--format", "json", folder.path])
        #expect(result.stdout == ReferenceJSON.document([]))
        #expect(result.status == 0)
    }
}
