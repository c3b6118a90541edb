import Foundation
import Testing
@testable import ReplyLint

/// The JSON report as JSONEncoder writes it in one piece from the Codable model: what the
/// reporter, which writes each file's part on its own, must match byte for byte.
enum ReferenceJSON {
    struct Summary: Encodable {
        var files: Int, errors: Int, warnings: Int, infos: Int
    }

    struct Document: Encodable {
        var version = 1
        var files: [FileReport]
        var summary: Summary
    }

    static func document(_ reports: [FileReport]) -> String {
        let counts = ReportSummary(.drafts, reports)
        return JSONReporter.encode(Document(files: reports, summary: Summary(files: counts.files, errors: counts.errors,
                                                                            warnings: counts.warnings, infos: counts.infos))) + "\n"
    }

    /// The reporter's whole document for `reports`, as `check` streams it.
    static func rendered(_ reports: [FileReport]) -> String {
        let reporter = JSONReporter()
        return reporter.document(reports.map(reporter.render), ReportSummary(.drafts, reports))
    }
}

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
        #expect(ReferenceJSON.rendered(reports) == ReferenceJSON.document(reports))
    }

    @Test func oneFileAndNoFiles() throws {
        let one = try Self.reports(["en-needs-work"])
        #expect(ReferenceJSON.rendered(one) == ReferenceJSON.document(one))
        #expect(ReferenceJSON.rendered([]) == ReferenceJSON.document([]))
    }

    /// The direct writer must give JSONEncoder's bytes for every key and every kind of character.
    @Test func theDirectWriterWritesWhatTheEncoderWrites() throws {
        var text = ""
        for value in 0..<0x80 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        text += "/ ünïcödé Ελληνικά 😀 \u{2028}\u{2029}\u{FEFF} \u{85}\u{A0} e\u{301}"
        let full = Diagnostic(rule: "body.spelling", severity: .warning, message: text, line: 3, column: 7, endLine: 4, endColumn: 1,
                              excerpt: text, suggestion: "", note: "quoted-printable part; columns are of the decoded text",
                              isSafeFix: true)
        var notFixed = full
        notFixed.notFixed = "overlaps the fix for [subject.all-caps]"
        let bare = Diagnostic(rule: "greeting.missing", severity: .error, message: "m", line: 1, column: 1, endLine: 1, endColumn: 1,
                              excerpt: nil, suggestion: nil, note: nil)
        let info = Diagnostic(rule: "tone.thanks", severity: .info, message: "\"quoted\" \\ back", line: 10, column: 2, endLine: 10,
                              endColumn: 99, excerpt: "", suggestion: "x", note: nil)
        var fixedReport = FileReport(path: "a/\"b\".eml", locale: "el", diagnostics: [full, notFixed, bare, info])
        fixedReport.fixed = [full]
        var emptyFixed = FileReport(path: "c.eml", locale: "en", diagnostics: [])
        emptyFixed.fixed = []
        let reports = [fixedReport, FileReport(path: "empty.eml", locale: "ro", diagnostics: []), emptyFixed]
            + (try Self.reports(Self.drafts))
        for report in reports {
            #expect(JSONReporter().render(report) == JSONReporter.encode(report).replacingOccurrences(of: "\n", with: "\n    ")
                .replacingOccurrences(of: "\n    \n", with: "\n\n"), "\(report.path)")
        }
        #expect(ReferenceJSON.rendered(reports) == ReferenceJSON.document(reports))
    }
}
