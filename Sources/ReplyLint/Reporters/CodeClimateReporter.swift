/// GitLab's code quality report (`--format codeclimate`), the Code Climate issue format: a JSON
/// array of issues with a description, check name, fingerprint, severity and location (its
/// path relative to the folder it runs in, the checkout, as GitLab matches it to the diff).
public struct CodeClimateReporter: Reporter {
    let root: ReportRoot

    public init() { self.init(root: .current) }

    init(root: ReportRoot) { self.root = root }

    struct Issue: Encodable {
        struct Lines: Encodable { var begin: Int; var end: Int }
        struct Location: Encodable { var path: String; var lines: Lines }
        var type = "issue"
        var description: String
        var check_name: String
        var categories: [String]
        var fingerprint: String
        var severity: String
        var location: Location
    }

    public func render(_ report: FileReport) -> String {
        let fingerprints = report.fingerprints
        let path = root.relative(report.path)
        return report.diagnostics.enumerated().map { index, d in
            let issue = Issue(description: d.message, check_name: d.rule, categories: ["Style"],
                              // Unique across the whole report: the path joins the in-file fingerprint.
                              fingerprint: Fingerprint.fnv1a("\(path)\u{0}\(fingerprints[index])"),
                              severity: Self.severity(d.severity),
                              location: Issue.Location(path: path, lines: Issue.Lines(begin: d.line, end: d.endLine)))
            return SARIFReporter.indented(JSONReporter.encode(issue), depth: 2)
        }.joined(separator: ",\n  ")
    }

    /// A file that could not be checked is a blocker issue on its first line, check
    /// `replylint.not-checked`.
    public func render(failure: LintFailure) -> String {
        let path = failure.subject.isEmpty ? "." : root.relative(failure.subject)
        let issue = Issue(description: "not checked (\(failure.kind.name)): \(failure.message)", check_name: "replylint.not-checked",
                          categories: ["Bug Risk"], fingerprint: Fingerprint.fnv1a("\(path)\u{0}not-checked"),
                          severity: "blocker", location: Issue.Location(path: path, lines: Issue.Lines(begin: 1, end: 1)))
        return SARIFReporter.indented(JSONReporter.encode(issue), depth: 2)
    }

    public var opening: String { "[\n  " }
    public var separator: String { ",\n  " }

    public func closing(_ summary: ReportSummary, afterParts: Bool) -> String { afterParts ? "\n]\n" : "[\n\n]\n" }

    /// Code Climate's scale: an error must not be sent (major), a warning should be fixed (minor).
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }
}
