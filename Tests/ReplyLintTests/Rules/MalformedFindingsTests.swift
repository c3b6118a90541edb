import Testing
@testable import ReplyLint

@Test func manyProblemsOnOneLineAreSummarised() throws {
    let words = Array(repeating: "=?utf-8?X?bad?=", count: 10).joined(separator: " ")
    let source = "From: a@x.example\nTo: b@y.example\nSubject: \(words)\n\nHello.\n"
    let report = try Linter().lint(Array(source.utf8), path: "m.eml")
    let malformed = report.diagnostics.filter { $0.rule == "header.malformed" }
    #expect(malformed.count == 4)
    #expect(malformed.allSatisfy { $0.line == 3 })
    #expect(malformed.contains { $0.message == "7 more problems like these on line 3" })
}
