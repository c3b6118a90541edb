/// The human report: `path:line:col: severity: message [rule.id]`, the offending line,
/// and a marker under the offending text; colour only when asked for.
public enum TextReport {
    public static func render(_ report: FileReport, color: Bool) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let severity = paint(diagnostic.severity.rawValue, code(diagnostic.severity), color)
            let location = paint("\(report.path):\(diagnostic.line):\(diagnostic.column):", "1", color)
            out += "\(location) \(severity): \(diagnostic.message) [\(diagnostic.rule)]\n"
            if let note = diagnostic.note { out += "    note: \(note)\n" }
            if let reason = diagnostic.notFixed { out += "    not fixed: \(reason)\n" }
            guard diagnostic.line >= 1, diagnostic.line <= report.sourceLines.count else { continue }
            let line = report.sourceLines[diagnostic.line - 1]
            out += "    \(line)\n"
            guard diagnostic.note == nil else { continue }
            let pad = String(line.prefix(max(diagnostic.column - 1, 0)).map { $0 == "\t" ? "\t" : " " })
            let width = diagnostic.endLine == diagnostic.line ? max(diagnostic.endColumn - diagnostic.column, 1) : 1
            out += "    \(pad)" + paint("^" + String(repeating: "~", count: width - 1), code(diagnostic.severity), color) + "\n"
        }
        return out
    }

    /// `2 errors, 7 warnings, 4 infos in 1 file`.
    public static func summary(_ s: JSONReport.Summary) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(s.errors, "error")), \(plural(s.warnings, "warning")), \(plural(s.infos, "info")) in \(plural(s.files, "file"))"
    }

    /// `check --fix`: how many safe fixes were made, e.g. `fixed 3 findings in 1 file`.
    public static func fixSummary(fixed: Int, files: Int) -> String {
        "fixed \(fixed) finding\(fixed == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")"
    }

    private static func code(_ severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
    }

    private static func paint(_ text: String, _ code: String, _ color: Bool) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
