import Foundation
@testable import ReplyLint

/// Drafts for the fixer's tests: a reply that only the rule under test objects to.
enum FixDraft {
    static let linter = try! Linter()

    static func headers(subject: String = "Your refund for order A-1042", extra: String = "") -> String {
        "From: Jo Baker <jo@shop.example>\nTo: Anna Smith <anna@example.com>\nSubject: \(subject)\n\(extra)"
    }

    static let body = "Hello Anna,\n\nYour refund was issued today.\n\nBest regards,\nJo Baker\n"

    static func text(subject: String = "Your refund for order A-1042", body: String = body) -> String {
        headers(subject: subject) + "\n" + body
    }

    static func fix(_ text: String) throws -> FixResult {
        try linter.fix(Array(text.utf8), path: "draft.eml")
    }

    static func fix(_ bytes: [UInt8]) throws -> FixResult {
        try linter.fix(bytes, path: "draft.eml")
    }

    static func fixedRules(_ result: FixResult) -> [String] { result.applied.map(\.rule).sorted() }

    static func notFixed(_ result: FixResult) -> [String: String] {
        Dictionary(result.report.diagnostics.compactMap { d in d.notFixed.map { (d.rule, $0) } }) { a, _ in a }
    }
}
