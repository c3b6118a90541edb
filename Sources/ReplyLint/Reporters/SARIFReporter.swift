import Foundation

/// SARIF 2.1.0, as GitHub code scanning reads it (`--format sarif`): one run whose driver lists
/// every rule with its guideline, results located relative to `%SRCROOT%` (the folder it ran
/// in) with columns in Unicode code points, fingerprints that survive unrelated edits, and
/// our safe replacements as fixes. Files that could not be checked are the invocation's
/// `toolExecutionNotifications`, with `executionSuccessful` false; so the run is written at
/// the end (its keys sorted: the invocation comes before the results).
public struct SARIFReporter: Reporter {
    let root: ReportRoot

    public init() { self.init(root: .current) }

    init(root: ReportRoot) { self.root = root }

    public func render(_ report: FileReport) -> String {
        let fingerprints = report.fingerprints
        let artifact = Self.artifact(root.relative(report.path))
        return report.diagnostics.enumerated().map { index, diagnostic in
            Self.indented(JSONReporter.encode(Self.result(diagnostic, in: report, at: artifact, fingerprint: fingerprints[index])), depth: 8)
        }.joined(separator: ",\n        ")
    }

    public var streams: Bool { false }

    public func closing(_ summary: ReportSummary, afterParts: Bool) -> String { document([], summary) }

    public func document(_ parts: [String], _ summary: ReportSummary) -> String {
        let results = parts.filter { !$0.isEmpty }.map { "\n        " + $0 }.joined(separator: ",")
        return head(summary) + results + "\n      ],\n      \"tool\" : \(Self.tool)\n    }\n  ],\n  \"version\" : \"2.1.0\"\n}\n"
    }

    // MARK: the run around its results (keys sorted: the results come before the tool)

    private func head(_ summary: ReportSummary) -> String {
        // No absolute URI: the report stays the same on every machine, and GitHub resolves
        // %SRCROOT% to the checkout.
        let base = Self.indented(JSONReporter.encode(["%SRCROOT%": ["description": ["text": "The folder replylint ran in; paths are relative to it."]]]), depth: 6)
        var invocations = ""
        if !summary.unchecked.isEmpty {
            let notifications = summary.unchecked.map { failure in
                Notification(level: "error", message: Text(text: failure.description),
                             descriptor: Descriptor(id: "replylint.not-checked.\(failure.kind.name)"),
                             locations: failure.subject.isEmpty ? nil
                                 : [Notification.Location(physicalLocation: Notification.PhysicalLocation(artifactLocation: Self.artifact(root.relative(failure.subject))))])
            }
            let invocation = Invocation(executionSuccessful: false, toolExecutionNotifications: notifications)
            invocations = "\n      \"invocations\" : " + Self.indented(JSONReporter.encode([invocation]), depth: 6) + ","
        }
        return """
        {
          "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",
          "runs" : [
            {
              "columnKind" : "unicodeCodePoints",\(invocations)
              "originalUriBaseIds" : \(base),
              "results" : [
        """
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]
    }

    struct Descriptor: Encodable { var id: String }

    struct Notification: Encodable {
        struct Location: Encodable { var physicalLocation: PhysicalLocation }
        struct PhysicalLocation: Encodable { var artifactLocation: Result.Artifact }
        var level: String
        var message: Text
        var descriptor: Descriptor
        var locations: [Location]?
    }

    private static let tool: String = {
        let driver = Driver(name: ReplyLintTool.name, semanticVersion: ReplyLintTool.version,
                            informationUri: ReplyLintTool.informationURI, rules: ReportRule.all.map(Rule.init))
        return indented(JSONReporter.encode(Tool(driver: driver)), depth: 6)
    }()

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name: String
        var semanticVersion: String
        var informationUri: String
        var rules: [Rule]
    }

    struct Text: Encodable {
        var text: String
    }

    struct Rule: Encodable {
        struct Help: Encodable { var text: String; var markdown: String }
        struct Configuration: Encodable { var level: String }
        struct Properties: Encodable { var tags: [String] }

        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Help
        var helpUri: String
        var defaultConfiguration: Configuration
        var properties: Properties

        init(_ rule: ReportRule) {
            id = rule.id
            name = rule.name
            shortDescription = Text(text: rule.summary)
            fullDescription = Text(text: "\(rule.summary) \(rule.helpText)")
            help = Help(text: rule.helpText, markdown: rule.helpMarkdown)
            helpUri = ReplyLintTool.helpURI(rule.guideline)
            defaultConfiguration = Configuration(level: SARIFReporter.level(rule.severity))
            properties = Properties(tags: ["guideline-\(rule.guideline.anchor)"] + rule.languages.map { "language-\($0)" })
        }
    }

    // MARK: results

    struct Result: Encodable {
        struct Location: Encodable { var physicalLocation: PhysicalLocation }
        struct PhysicalLocation: Encodable { var artifactLocation: Artifact; var region: Region }
        /// `uriBaseId` is absent when `uri` is absolute, as SARIF requires.
        struct Artifact: Encodable { var uri: String; var uriBaseId: String? }
        struct Region: Encodable { var startLine: Int; var startColumn: Int?; var endLine: Int?; var endColumn: Int? }
        struct Fix: Encodable { var description: Text; var artifactChanges: [Change] }
        struct Change: Encodable { var artifactLocation: Artifact; var replacements: [Replacement] }
        struct Replacement: Encodable { var deletedRegion: Region; var insertedContent: Text }

        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
        var fixes: [Fix]?
    }

    static func result(_ d: Diagnostic, in report: FileReport, at artifact: Result.Artifact, fingerprint: String) -> Result {
        // Inside an encoded header or part only the line means something in the file.
        let region = d.note != nil
            ? Result.Region(startLine: d.line)
            : Result.Region(startLine: d.line, startColumn: report.column(d.column, line: d.line, in: .unicodeScalars),
                            endLine: d.endLine, endColumn: report.column(d.endColumn, line: d.endLine, in: .unicodeScalars))
        var fixes: [Result.Fix]?
        if d.isSafeFix, d.note == nil, let suggestion = d.suggestion {
            fixes = [Result.Fix(description: Text(text: "replace with '\(suggestion)'"),
                                artifactChanges: [Result.Change(artifactLocation: artifact, replacements: [
                                    Result.Replacement(deletedRegion: region, insertedContent: Text(text: suggestion)),
                                ])])]
        }
        return Result(ruleId: d.rule, ruleIndex: ReportRule.index[d.rule], level: level(d.severity), message: Text(text: d.message),
                      locations: [Result.Location(physicalLocation: Result.PhysicalLocation(artifactLocation: artifact, region: region))],
                      partialFingerprints: ["replylint/v1": fingerprint], fixes: fixes)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A path (already relative to the root where it can be) as a URI reference relative to
    /// `%SRCROOT%`; a path outside the root as an absolute `file://` URI with no base.
    static func artifact(_ path: String) -> Result.Artifact {
        if path.hasPrefix("/") { return Result.Artifact(uri: URL(fileURLWithPath: path).absoluteString, uriBaseId: nil) }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return Result.Artifact(uri: path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path, uriBaseId: "%SRCROOT%")
    }

    /// Every line after the first moved right by `depth` spaces.
    static func indented(_ json: String, depth: Int) -> String {
        json.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: depth))
    }
}
