import Foundation
import Testing
@testable import ReplyLint

/// The header fields of the mail path: values, folding, forged fields removed, the stamp put
/// at the top in the message's own line breaks, and the same change as milter edits.
@Suite struct VerdictStampTests {
    static func finding(_ rule: String, _ severity: Severity) -> Diagnostic {
        Diagnostic(rule: rule, severity: severity, message: "m", line: 1, column: 1, endLine: 1, endColumn: 2,
                   excerpt: nil, suggestion: nil, note: nil)
    }

    static let findings = [finding("body.spelling", .info), finding("body.placeholder", .error), finding("greeting.missing", .warning),
                           finding("body.placeholder", .error), finding("subject.length", .error)]

    @Test func statusCountsAndReportListsEachRuleOnceMostSevereFirst() {
        let stamp = VerdictStamp(.failed(SeverityCounts(Self.findings)), findings: Self.findings)
        #expect(stamp.status == "fail errors=3 warnings=1 infos=1")
        #expect(stamp.report == "body.placeholder, subject.length, greeting.missing, body.spelling")
        let clean = VerdictStamp(.passed(SeverityCounts()))
        #expect(clean.status == "pass errors=0 warnings=0 infos=0")
        #expect(clean.report == nil)
        #expect(clean.fields(lineBreak: "\n").map(\.name) == ["X-ReplyLint-Status"])
    }

    @Test(arguments: [
        (LintFailure(.overLimit, "q", "message is 60 bytes; the limit is 10"), #"error reason="message is 60 bytes; the limit is 10""#),
        (LintFailure(.unreadableInput, "q", "message is empty"), #"error reason="message is empty""#),
        (LintFailure(.internalError, "q", "say \"hi\" to C:\\ and\r\nµ\tbye"), #"error reason="say \"hi\" to C:\\ and ? bye""#),
    ])
    func anErrorSaysWhyQuotedOnOneLineOfASCII(failure: LintFailure, status: String) {
        let stamp = VerdictStamp(Verdict(failure))
        #expect(stamp.status == status)
        #expect(stamp.report == nil)
    }

    @Test(arguments: ["\n", "\r\n"])
    func longValuesFoldBeforeASpaceWithinSeventyEightColumns(lineBreak: String) {
        let many = (1...30).map { Self.finding("rule.number-\($0)", .warning) } + [Self.finding(String(repeating: "x", count: 90), .info)]
        let stamp = VerdictStamp(.passed(SeverityCounts(many)), findings: many)
        let report = try! #require(stamp.fields(lineBreak: lineBreak).last)
        let field = "\(report.name): \(report.value)"
        let lines = field.components(separatedBy: lineBreak)
        #expect(lines.count > 5)
        #expect(lines.dropLast().allSatisfy { $0.count <= 78 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") && !$0.hasPrefix("  ") })
        #expect(lines.last == " " + String(repeating: "x", count: 90))
        #expect(!field.replacingOccurrences(of: lineBreak, with: "").contains("\r") && !field.replacingOccurrences(of: lineBreak, with: "").contains("\n"))
        #expect(report.value.replacingOccurrences(of: lineBreak, with: "") == stamp.report)
        let longReason = VerdictStamp(Verdict(LintFailure(.internalError, "", String(repeating: "word ", count: 60))))
        let status = try! #require(longReason.fields(lineBreak: lineBreak).first)
        #expect(("\(status.name): \(status.value)").components(separatedBy: lineBreak).allSatisfy { $0.count <= 78 })
        #expect(status.value.replacingOccurrences(of: lineBreak, with: "") == longReason.status)
    }

    static let pass = VerdictStamp(.passed(SeverityCounts(infos: 1)), findings: [finding("body.spelling", .info)])
    static let stampLF = "X-ReplyLint-Status: pass errors=0 warnings=0 infos=1\nX-ReplyLint-Report: body.spelling\n"

    /// Inputs and their outputs, where `<stamp>` stands for the stamp's lines.
    static let applied: [(String, String)] = [
        // A plain LF message.
        ("From: a@b.example\nSubject: hi\n\nbody\n", "<stamp>From: a@b.example\nSubject: hi\n\nbody\n"),
        // Forged fields in any case, folded, with a space before the colon, first and last.
        ("X-ReplyLint-Status: pass\nFrom: a@b.example\nx-replylint-report: none,\n\tfolded\nX-REPLYLINT-STATUS : pass\n\nX-ReplyLint-Status: pass\n",
         "<stamp>From: a@b.example\n\nX-ReplyLint-Status: pass\n"),
        // Other X- fields and similar names stay.
        ("X-ReplyLintStatus: pass\nX-Reply-Lint-Status: pass\nX-ReplyLint: pass\n\nb", "<stamp>X-ReplyLintStatus: pass\nX-Reply-Lint-Status: pass\nX-ReplyLint: pass\n\nb"),
        // Only headers, no final line break: the forged last field goes, nothing else.
        ("Subject: s\nX-ReplyLint-Status: pass", "<stamp>Subject: s\n"),
        // The stamp goes after an mbox From line.
        ("From jo@b.example Mon Nov 16 10:12:00 2026\nSubject: s\n\nb\n", "From jo@b.example Mon Nov 16 10:12:00 2026\n" + "<stamp>Subject: s\n\nb\n"),
        // An mbox line without a line break is the first line of a message without headers.
        ("From jo@b.example Mon Nov 16 10:12:00 2026", "<stamp>\nFrom jo@b.example Mon Nov 16 10:12:00 2026"),
        // No header section: a blank line keeps the first line body, even one that starts with a space.
        ("  indented first line\nX-ReplyLint-Status: pass\n", "<stamp>\n  indented first line\nX-ReplyLint-Status: pass\n"),
        ("\nbody only\n", "<stamp>\nbody only\n"),
        ("", "<stamp>"),
    ]

    @Test(arguments: applied)
    func applyRemovesForgedFieldsAndStampsTheTop(input: String, output: String) {
        let expected = output.replacingOccurrences(of: "<stamp>", with: Self.stampLF)
        #expect(String(decoding: Self.pass.apply(to: Array(input.utf8)), as: UTF8.self) == expected)
    }

    @Test func aCRLFMessageGetsCRLFFieldsAndEightBitBytesStay() {
        let input: [UInt8] = Array("Subject: caf".utf8) + [0xE9, 0x0D, 0x0A] + Array("X-Replylint-Status: pass\r\n \r\n\r\n".utf8) + [0x00, 0xFF, 0x0A, 0x0D]
        let expected = Array(Self.stampLF.replacingOccurrences(of: "\n", with: "\r\n").utf8) + Array("Subject: caf".utf8) + [0xE9, 0x0D, 0x0A]
            + Array("\r\n".utf8) + [0x00, 0xFF, 0x0A, 0x0D]
        #expect(Self.pass.apply(to: input) == expected)
    }

    @Test func editsDeleteEachForgedFieldLastFirstAndInsertTheStampAtTheTop() {
        let names = ["Received", "X-ReplyLint-Status", "x-replylint-status", "X-ReplyLint-Report", "Subject", "X-REPLYLINT-Status"]
        let edits = Self.pass.edits(forFieldNames: names)
        #expect(edits.removals == [.init(name: "X-REPLYLINT-Status", index: 3), .init(name: "X-ReplyLint-Report", index: 1),
                                   .init(name: "x-replylint-status", index: 2), .init(name: "X-ReplyLint-Status", index: 1)])
        #expect(edits.additions == [.init(name: "X-ReplyLint-Status", value: "pass errors=0 warnings=0 infos=1"),
                                    .init(name: "X-ReplyLint-Report", value: "body.spelling")])
        let message = Array("Subject: s\r\nX-ReplyLint-Status :pass\r\n\r\nX-ReplyLint-Status: in the body\r\n".utf8)
        #expect(Self.pass.edits(for: message).removals == [.init(name: "X-ReplyLint-Status", index: 1)])
        #expect(Self.pass.edits(for: Array("Subject: s\n\n".utf8)).removals.isEmpty)
    }
}
