/// The human report: `path:line:col: severity: message [rule.id]`, the offending line and a
/// marker under the offending text (when the file's lines are known: drafts, not templates),
/// then the counts; colour only when asked for.
public struct TextReporter: Reporter {
    public var subject: ReportSummary.Subject
    public var color: Bool

    public init(subject: ReportSummary.Subject = .drafts, color: Bool = false) {
        self.subject = subject
        self.color = color
    }

    public func render(_ report: FileReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let severity = paint(diagnostic.severity.rawValue, code(diagnostic.severity))
            let location = paint("\(report.path):\(diagnostic.line):\(diagnostic.column):", "1")
            out += "\(location) \(severity): \(diagnostic.message) [\(diagnostic.rule)]\n"
            if let note = diagnostic.note { out += "    note: \(note)\n" }
            if let reason = diagnostic.notFixed { out += "    not fixed: \(reason)\n" }
            guard diagnostic.line >= 1, diagnostic.line <= report.sourceLines.count else { continue }
            let line = report.sourceLines[diagnostic.line - 1]
            out += "    \(line)\n"
            guard diagnostic.note == nil else { continue }
            let pad = String(line.prefix(max(diagnostic.column - 1, 0)).map { $0 == "\t" ? "\t" : " " })
            let width = diagnostic.endLine == diagnostic.line ? max(diagnostic.endColumn - diagnostic.column, 1) : 1
            out += "    \(pad)" + paint("^" + String(repeating: "~", count: width - 1), code(diagnostic.severity)) + "\n"
        }
        return out
    }

    /// The counts. A draft run says them when there is something to say (a finding, several
    /// files, a fix); a template run always does.
    public func closing(_ summary: ReportSummary, afterParts: Bool) -> String {
        switch subject {
        case .templates:
            return "\(plural(summary.errors, "error")), \(plural(summary.warnings, "warning")) in \(plural(summary.files, "template"))\n"
        case .drafts:
            var out = ""
            if let fixes = summary.fixes, summary.files > 0 {
                out += "fixed \(plural(fixes.findings, "finding")) in \(plural(fixes.files, "file"))\n"
            }
            let findings = summary.errors + summary.warnings + summary.infos
            if (summary.fixes != nil && summary.files > 0) || summary.files > 1 || findings > 0 {
                out += "\(plural(summary.errors, "error")), \(plural(summary.warnings, "warning")), "
                    + "\(plural(summary.infos, "info")) in \(plural(summary.files, "file"))\n"
            }
            return out
        }
    }

    private func code(_ severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// `1 error`, `2 warnings`.
func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
