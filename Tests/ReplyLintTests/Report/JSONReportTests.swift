import Foundation
import Testing
@testable import ReplyLint

/// `JSONReport.render` encodes each file apart and indents it into place; the result must be
/// the text of encoding the whole document at once.
@Suite struct JSONReportTests {
    static let drafts = ["en-needs-work", "el-refund-good", "ro-needs-work", "et-steps-good", "id-needs-work"]

    static func reports(_ names: [String]) throws -> [FileReport] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/drafts")
        let linter = try Linter()
        return try names.map { name in
            try linter.lint([UInt8](Data(contentsOf: folder.appendingPathComponent("\(name).eml"))), path: "\(name).eml")
        }
    }

    @Test func renderedInPiecesEqualsEncodedWhole() throws {
        let reports = try Self.reports(Self.drafts)
        #expect(reports.contains { $0.diagnostics.isEmpty } && reports.contains { !$0.diagnostics.isEmpty })
        #expect(JSONReport.render(reports) == JSONReport.document(reports))
    }

    @Test func oneFileAndNoFiles() throws {
        let one = try Self.reports(["en-needs-work"])
        #expect(JSONReport.render(one) == JSONReport.document(one))
        #expect(JSONReport.render([]) == JSONReport.document([]))
    }
}
