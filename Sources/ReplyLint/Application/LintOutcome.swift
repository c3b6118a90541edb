/// What became of one draft.
public enum LintOutcome: Sendable {
    /// Checked: its findings.
    case checked(FileReport)
    /// Fixed: the corrected bytes, the fixes applied, the findings left.
    case fixed(FixResult)
    /// Not checked, and why.
    case failed(LintFailure)

    /// The findings, for a checked or fixed draft.
    public var report: FileReport? {
        switch self {
        case let .checked(report): report
        case let .fixed(result): result.report
        case .failed: nil
        }
    }

    public var failure: LintFailure? {
        if case let .failed(failure) = self { return failure }
        return nil
    }

    /// This draft's verdict.
    public func verdict(strict: Bool) -> Verdict {
        if let failure { return Verdict(failure) }
        return Verdict(SeverityCounts(report?.diagnostics ?? []), strict: strict)
    }
}
