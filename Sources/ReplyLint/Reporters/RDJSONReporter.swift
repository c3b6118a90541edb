/// reviewdog's Diagnostic Format (`--format rdjson`): one `DiagnosticResult` with every finding,
/// columns in UTF-8 bytes as rdjson counts them, our safe replacements as suggestions, and
/// paths relative to the folder it runs in when they are inside it.
public struct RDJSONReporter: Reporter {
    let root: ReportRoot

    public init() { self.init(root: .current) }

    init(root: ReportRoot) { self.root = root }

    struct Position: Encodable { var line: Int; var column: Int? }
    struct Range: Encodable { var start: Position; var end: Position? }
    struct Location: Encodable { var path: String; var range: Range }
    struct Code: Encodable { var value: String; var url: String? }
    struct Suggestion: Encodable { var range: Range; var text: String }
    struct Diagnostic: Encodable {
        var message: String
        var location: Location
        var severity: String
        var code: Code
        var suggestions: [Suggestion]?
    }

    public func render(_ report: FileReport) -> String {
        let path = root.relative(report.path)
        return report.diagnostics.map { d in
            let range = d.note != nil
                ? Range(start: Position(line: d.line), end: nil)
                : Range(start: Position(line: d.line, column: report.column(d.column, line: d.line, in: .utf8)),
                        end: Position(line: d.endLine, column: report.column(d.endColumn, line: d.endLine, in: .utf8)))
            let suggestions = d.isSafeFix && d.note == nil ? d.suggestion.map { [Suggestion(range: range, text: $0)] } : nil
            let guideline = ReportRule.index[d.rule].map { ReportRule.all[$0].guideline }
            let diagnostic = Diagnostic(message: d.message, location: Location(path: path, range: range),
                                        severity: Self.severity(d.severity),
                                        code: Code(value: d.rule, url: guideline.map(ReplyLintTool.helpURI)),
                                        suggestions: suggestions)
            return SARIFReporter.indented(JSONReporter.encode(diagnostic), depth: 4)
        }.joined(separator: ",\n    ")
    }

    /// A file that could not be checked is an ERROR diagnostic on its first line, code
    /// `replylint.not-checked`.
    public func render(failure: LintFailure) -> String {
        let diagnostic = Diagnostic(message: "not checked (\(failure.kind.name)): \(failure.message)",
                                    location: Location(path: failure.subject.isEmpty ? "." : root.relative(failure.subject),
                                                       range: Range(start: Position(line: 1), end: nil)),
                                    severity: "ERROR", code: Code(value: "replylint.not-checked", url: nil), suggestions: nil)
        return SARIFReporter.indented(JSONReporter.encode(diagnostic), depth: 4)
    }

    public var opening: String { "{\n  \"diagnostics\" : [\n    " }
    public var separator: String { ",\n    " }

    public func closing(_ summary: ReportSummary, afterParts: Bool) -> String {
        (afterParts ? "\n  ],\n" : "{\n  \"diagnostics\" : [\n\n  ],\n")
            + "  \"source\" : {\n    \"name\" : \"\(ReplyLintTool.name)\",\n    \"url\" : \"\(ReplyLintTool.informationURI)\"\n  }\n}\n"
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "ERROR"
        case .warning: "WARNING"
        case .info: "INFO"
        }
    }
}
