import Foundation

/// The header fields replylint adds to a message in the mail path, in the manner of
/// `X-Spam-Status`:
///
///     X-ReplyLint-Status: fail errors=2 warnings=1 infos=4
///     X-ReplyLint-Report: body.placeholder, greeting.missing, body.spelling
///     X-ReplyLint-Status: error reason="message is 60000000 bytes; the limit is 52428800"
///
/// `status` is `pass` or `fail` with the counts of a checked message, or `error` with the
/// reason it could not be checked; `report` lists each rule that found something once, errors
/// first, then warnings, then infos, each in the order found (absent when nothing was found).
/// The filter and the milter add exactly these; `apply(to:)` rewrites a whole message and
/// `edits(forFieldNames:lineBreak:)` gives a milter the same change as header edits.
public struct VerdictStamp: Sendable, Equatable {
    public static let statusField = "X-ReplyLint-Status"
    public static let reportField = "X-ReplyLint-Report"
    /// Every field whose name starts with this (in any case) is replylint's: removed from the
    /// input, so that a sender cannot forge a verdict.
    public static let fieldPrefix = "X-ReplyLint-"

    /// The Status field's value, unfolded.
    public let status: String
    /// The Report field's value, unfolded; nil when there were no findings or no check.
    public let report: String?

    /// The stamp of a verdict and the rule ids behind its findings (any order, repeats allowed).
    public init(_ verdict: Verdict, findings: [Diagnostic] = []) {
        switch verdict {
        case let .passed(counts), let .failed(counts):
            let word = if case .passed = verdict { "pass" } else { "fail" }
            status = "\(word) errors=\(counts.errors) warnings=\(counts.warnings) infos=\(counts.infos)"
            let rules = Self.rules(in: findings, atLeast: .info)
            report = rules.isEmpty ? nil : rules.joined(separator: ", ")
        case .unreadableInput, .overLimit, .badConfiguration, .internalError:
            let reason = MailText.printable(verdict.failure?.message ?? "", limit: 200)
            let quoted = reason.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            status = "error reason=\"\(quoted)\""
            report = nil
        }
    }

    /// A stamp read back from its values (`MailAnswer`).
    init(status: String, report: String?) {
        self.status = status
        self.report = report
    }

    /// The two fields as they are written, folded at 78 columns with `lineBreak` (`"\r\n"` or
    /// `"\n"`), each value without the space after the colon, in the order they go at the top.
    public func fields(lineBreak: String) -> [(name: String, value: String)] {
        var fields = [(Self.statusField, status)]
        if let report { fields.append((Self.reportField, report)) }
        return fields.map { name, value in
            let folded = MailText.fold(name, value.split(separator: " ").map(String.init), lineBreak: lineBreak)
            return (name, String(folded.dropFirst(name.count + 2)))
        }
    }

    /// The fields as lines, each ending in `lineBreak`.
    func lines(lineBreak: String) -> [UInt8] {
        Array(fields(lineBreak: lineBreak).map { "\($0.name): \($0.value)\(lineBreak)" }.joined().utf8)
    }

    /// The rule ids of findings of at least `severity`, each once: the most severe first,
    /// each severity in the order found.
    static func rules(in findings: [Diagnostic], atLeast severity: Severity) -> [String] {
        var seen = Set<String>()
        var rules: [String] = []
        for level in Severity.allCases.reversed() where level >= severity {
            for finding in findings where finding.severity == level && seen.insert(finding.rule).inserted {
                rules.append(finding.rule)
            }
        }
        return rules
    }
}
