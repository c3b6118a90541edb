/// JUnit XML (`--format junit`), for CI systems that show test reports: one test case per draft
/// or template, a failure per error or warning, infos in the case's output. Written at the end,
/// since the suite's counts come first.
public struct JUnitReporter: Reporter {
    public var subject: ReportSummary.Subject

    public init(subject: ReportSummary.Subject = .drafts) { self.subject = subject }

    public var streams: Bool { false }

    public func render(_ report: FileReport) -> String {
        let failures = report.diagnostics.filter { $0.severity != .info }
        let infos = report.diagnostics.filter { $0.severity == .info }
        var out = "    <testcase classname=\"\(Self.escape(suite))\" name=\"\(Self.escape(report.path))\""
        if report.diagnostics.isEmpty { return out + "/>\n" }
        out += ">\n"
        for d in failures {
            out += "      <failure type=\"\(Self.escape(d.rule))\" message=\"\(Self.escape(d.message))\">"
                + Self.escape(line(d, report)) + "</failure>\n"
        }
        if !infos.isEmpty {
            out += "      <system-out>" + Self.escape(infos.map { line($0, report) }.joined(separator: "\n")) + "</system-out>\n"
        }
        return out + "    </testcase>\n"
    }

    /// A file that could not be checked is a test case in error (JUnit's `<error>`: the test
    /// could not run), not a failure.
    public func render(failure: LintFailure) -> String {
        let name = failure.subject.isEmpty ? "configuration" : failure.subject
        return "    <testcase classname=\"\(Self.escape(suite))\" name=\"\(Self.escape(name))\">\n"
            + "      <error type=\"\(failure.kind.name)\" message=\"\(Self.escape(failure.message))\">"
            + Self.escape(failure.description) + "</error>\n    </testcase>\n"
    }

    public func closing(_ summary: ReportSummary, afterParts: Bool) -> String { document([], summary) }

    public func document(_ parts: [String], _ summary: ReportSummary) -> String {
        let failed = parts.filter { $0.contains("<failure ") }.count
        let counts = "tests=\"\(summary.files + summary.unchecked.count)\" failures=\"\(failed)\" errors=\"\(summary.unchecked.count)\""
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"\(ReplyLintTool.name)\" \(counts)>\n"
            + "  <testsuite name=\"\(suite)\" \(counts)>\n" + parts.joined() + "  </testsuite>\n</testsuites>\n"
    }

    private var suite: String { subject == .drafts ? "replylint check" : "replylint templates check" }

    private func line(_ d: Diagnostic, _ report: FileReport) -> String {
        "\(report.path):\(d.line):\(d.column): \(d.severity.rawValue): \(d.message) [\(d.rule)]"
    }

    /// Text and attribute values: markup escaped, and characters XML 1.0 cannot hold at all
    /// (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) written as U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
