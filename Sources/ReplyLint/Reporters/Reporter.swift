/// One output format of `check` and `templates check`. A reporter turns each file's report
/// into text on the worker that checked it (an empty part means nothing to say about that
/// file), and frames the parts into one document; front ends write through `ReportWriter`. A
/// new format is a new file beside this one and a case of `ReportFormat`.
public protocol Reporter: Sendable {
    /// Whether each file's part may be written as soon as it is ready (`opening` before the
    /// first part, `separator` between parts, `closing`); otherwise the parts are gathered and
    /// `document` is written at the end.
    var streams: Bool { get }
    /// One file's part; called on any thread.
    func render(_ report: FileReport) -> String
    /// The part for a file that could not be checked (empty: said only in the closing, or on
    /// standard error as the text format does).
    func render(failure: LintFailure) -> String
    var opening: String { get }
    var separator: String { get }
    /// Written after the last part; `afterParts` is false when no part was written (nor the
    /// opening), and the closing is then the whole report.
    func closing(_ summary: ReportSummary, afterParts: Bool) -> String
    /// The whole report at once, from every file's part in order.
    func document(_ parts: [String], _ summary: ReportSummary) -> String
}

extension Reporter {
    public var streams: Bool { true }
    public var opening: String { "" }
    public var separator: String { "" }
    public func render(failure: LintFailure) -> String { "" }

    public func document(_ parts: [String], _ summary: ReportSummary) -> String {
        let written = parts.filter { !$0.isEmpty }
        guard !written.isEmpty else { return closing(summary, afterParts: false) }
        return opening + written.joined(separator: separator) + closing(summary, afterParts: true)
    }
}

extension LintFailure.Kind {
    /// The kind's name in machine reports (`unreadable`, `over-limit`, `bad-configuration`,
    /// `internal-error`).
    public var name: String {
        switch self {
        case .unreadableInput: "unreadable"
        case .overLimit: "over-limit"
        case .badConfiguration: "bad-configuration"
        case .internalError: "internal-error"
        }
    }
}

/// Writes a run's report through its reporter as the parts come, in order: streamed when the
/// reporter can, else gathered and written whole at `finish`. Used on one thread.
public final class ReportWriter {
    private let reporter: any Reporter
    private let write: (String) -> Void
    private var parts: [String] = []
    private var wroteParts = false

    public init(_ reporter: any Reporter, write: @escaping (String) -> Void) {
        self.reporter = reporter
        self.write = write
    }

    /// One file's part, as `reporter.render` made it.
    public func add(_ part: String) {
        guard reporter.streams else { return parts.append(part) }
        guard !part.isEmpty else { return }
        write((wroteParts ? reporter.separator : reporter.opening) + part)
        wroteParts = true
    }

    public func finish(_ summary: ReportSummary) {
        write(reporter.streams ? reporter.closing(summary, afterParts: wroteParts) : reporter.document(parts, summary))
    }
}

/// The formats a front end can ask for by name (`--format`).
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, github, rdjson, codeclimate, junit

    /// The reporter for this format. `color` applies to text only.
    public func reporter(for subject: ReportSummary.Subject, color: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(subject: subject, color: color)
        case .json: JSONReporter(subject: subject)
        case .sarif: SARIFReporter()
        case .github: GitHubActionsReporter()
        case .rdjson: RDJSONReporter()
        case .codeclimate: CodeClimateReporter()
        case .junit: JUnitReporter(subject: subject)
        }
    }
}
