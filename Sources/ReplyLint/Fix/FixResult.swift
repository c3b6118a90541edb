/// What `Linter.fix` made of a draft.
public struct FixResult: Sendable, Equatable {
    /// The corrected message: the input's own bytes when nothing was fixed.
    public var bytes: [UInt8]
    /// Whether any byte changed.
    public var changed: Bool
    /// The safe fixes applied, as found (positions in the draft before each round of fixes).
    public var applied: [Diagnostic]
    /// The findings left in the corrected draft, positioned in it; a safe fix that was not
    /// applied says why in `notFixed`.
    public var report: FileReport
}
