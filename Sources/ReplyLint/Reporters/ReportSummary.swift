/// What a whole run found, for a report's closing lines and the run's verdict.
public struct ReportSummary: Sendable, Equatable {
    /// What the files are: drafts (`check`) or templates (`templates check`).
    public enum Subject: Sendable, Equatable {
        case drafts, templates
    }

    /// `check --fix`: safe fixes applied, and the files they changed.
    public struct Fixes: Sendable, Equatable {
        public var findings = 0
        public var files = 0
    }

    public var subject: Subject
    /// Files reported (those that could not be read are not counted).
    public var files = 0
    public var counts = SeverityCounts()
    /// Set under `check --fix`.
    public var fixes: Fixes?
    /// The files that could not be checked (unreadable, over a limit, a bad config), in input
    /// order: the machine formats report them, so that a CI run never passes one over in silence.
    public var unchecked: [LintFailure] = []

    public init(_ subject: Subject = .drafts, fixing: Bool = false) {
        self.subject = subject
        fixes = fixing ? Fixes() : nil
    }

    public init(_ subject: Subject, _ reports: [FileReport]) {
        self.init(subject)
        for report in reports { add(report) }
    }

    /// Counts one more file.
    public mutating func add(_ report: FileReport) {
        files += 1
        counts = counts + SeverityCounts(report.diagnostics)
        if let fixed = report.fixed, fixes != nil {
            fixes?.findings += fixed.count
            if !fixed.isEmpty { fixes?.files += 1 }
        }
    }

    /// Counts a file that could not be checked.
    public mutating func add(_ failure: LintFailure) {
        unchecked.append(failure)
    }

    public var errors: Int { counts.errors }
    public var warnings: Int { counts.warnings }
    public var infos: Int { counts.infos }
}
