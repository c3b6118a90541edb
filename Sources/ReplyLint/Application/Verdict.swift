/// How many findings of each severity.
public struct SeverityCounts: Sendable, Equatable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0

    public init(errors: Int = 0, warnings: Int = 0, infos: Int = 0) {
        (self.errors, self.warnings, self.infos) = (errors, warnings, infos)
    }

    public init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { add(diagnostic.severity) }
    }

    public mutating func add(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        }
    }

    public static func + (a: SeverityCounts, b: SeverityCounts) -> SeverityCounts {
        SeverityCounts(errors: a.errors + b.errors, warnings: a.warnings + b.warnings, infos: a.infos + b.infos)
    }
}

/// What a run comes to, for a front end to map onto its own answer: the CLI's exit code, the
/// filter's sysexits code and header, the milter's reply, MCP's `isError`.
public enum Verdict: Sendable, Equatable {
    /// Checked, and nothing blocks sending; the counts may hold warnings and infos.
    case passed(SeverityCounts)
    /// Checked, and error-level findings (or warnings, under `strict`) block sending.
    case failed(SeverityCounts)
    case unreadableInput(LintFailure)
    case overLimit(LintFailure)
    case badConfiguration(LintFailure)
    case internalError(LintFailure)

    /// The verdict of findings: failed when any is an error, or under `strict` a warning.
    public init(_ counts: SeverityCounts, strict: Bool) {
        self = counts.errors > 0 || (strict && counts.warnings > 0) ? .failed(counts) : .passed(counts)
    }

    /// The verdict of a failure.
    public init(_ failure: LintFailure) {
        switch failure.kind {
        case .unreadableInput: self = .unreadableInput(failure)
        case .overLimit: self = .overLimit(failure)
        case .badConfiguration: self = .badConfiguration(failure)
        case .internalError: self = .internalError(failure)
        }
    }

    /// The verdict of a batch: its first failure, if any (every one was reported on its own),
    /// else the verdict of all its findings together.
    public init(_ counts: SeverityCounts, failures: [LintFailure], strict: Bool) {
        if let first = failures.first { self.init(first) } else { self.init(counts, strict: strict) }
    }

    /// The findings' counts, when the input was checked.
    public var counts: SeverityCounts? {
        switch self {
        case let .passed(counts), let .failed(counts): counts
        default: nil
        }
    }

    /// The failure, when the input could not be checked.
    public var failure: LintFailure? {
        switch self {
        case .passed, .failed: nil
        case let .unreadableInput(failure), let .overLimit(failure), let .badConfiguration(failure),
             let .internalError(failure): failure
        }
    }
}
