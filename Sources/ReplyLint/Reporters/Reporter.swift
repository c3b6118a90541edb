/// One output format of `check` and `templates check`. A reporter turns each file's report
/// into text on the worker that checked it, and frames those parts into one document; the
/// front end only writes what it is given. A new format is a new file beside this one and a
/// case of `ReportFormat`.
public protocol Reporter: Sendable {
    /// Whether each file's part may be written as soon as it is ready (`opening`, the parts
    /// with `separator` between them, `closing`); otherwise the front end gathers the parts and
    /// writes `document` at the end.
    var streams: Bool { get }
    /// One file's part; called on any thread.
    func render(_ report: FileReport) -> String
    /// Written before the first file's part.
    var opening: String { get }
    /// Written between two files' parts.
    var separator: String { get }
    /// Written after the last part; with no files, the whole (empty) report.
    func closing(_ summary: ReportSummary) -> String
    /// The whole report at once, from every file's part in order.
    func document(_ parts: [String], _ summary: ReportSummary) -> String
}

extension Reporter {
    public var streams: Bool { true }
    public var opening: String { "" }
    public var separator: String { "" }

    public func document(_ parts: [String], _ summary: ReportSummary) -> String {
        parts.isEmpty ? closing(summary) : opening + parts.joined(separator: separator) + closing(summary)
    }
}

/// The formats a front end can ask for by name (`--format`).
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json

    /// The reporter for this format. `color` applies to text only.
    public func reporter(for subject: ReportSummary.Subject, color: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(subject: subject, color: color)
        case .json: JSONReporter(subject: subject)
        }
    }
}
