/// GitHub Actions workflow commands (`--format github`): one `::error`, `::warning` or
/// `::notice` line a finding, which the runner turns into an annotation on the file. Data is
/// escaped as GitHub requires (`%`, CR, LF), and property values also (`:`, `,`). Paths are
/// relative to the folder it runs in (the checkout) when they are inside it.
public struct GitHubActionsReporter: Reporter {
    let root: ReportRoot

    public init() { self.init(root: .current) }

    init(root: ReportRoot) { self.root = root }

    public func render(_ report: FileReport) -> String {
        let path = root.relative(report.path)
        return report.diagnostics.map { d in
            let command = switch d.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
            var properties = ["file=\(Self.property(path))", "line=\(d.line)"]
            if d.note == nil {
                properties += ["col=\(report.column(d.column, line: d.line, in: .unicodeScalars))", "endLine=\(d.endLine)",
                               "endColumn=\(report.column(d.endColumn, line: d.endLine, in: .unicodeScalars))"]
            }
            properties.append("title=\(Self.property(d.rule))")
            return "::\(command) \(properties.joined(separator: ","))::\(Self.data(d.message))\n"
        }.joined()
    }

    /// A file that could not be checked is an error annotation on the file (on the run, when
    /// there is no file: a bad configuration).
    public func render(failure: LintFailure) -> String {
        let title = "title=\(Self.property("replylint: not checked (\(failure.kind.name))"))"
        let properties = failure.subject.isEmpty ? title : "file=\(Self.property(root.relative(failure.subject))),line=1,\(title)"
        return "::error \(properties)::\(Self.data(failure.message))\n"
    }

    public func closing(_ summary: ReportSummary, afterParts: Bool) -> String { "" }

    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
