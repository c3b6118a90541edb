/// `check --fix`: applying the safe fixes to the message's bytes.
extension Linter {
    /// Rounds of fixing before giving up on findings that keep coming back.
    static let maxFixRounds = 8

    /// Applies every safe fix to the draft and returns the new bytes and what is left.
    ///
    /// Each round lints the current bytes, applies the safe fixes that do not overlap an
    /// earlier one (by position), and checks that the changed header or part reads back as
    /// intended; a fix skipped for overlapping is found again and made in the next round, so
    /// fixing the result again changes nothing. Bytes outside the edited header field or text
    /// part never change. Throws only when the message cannot be read at all.
    public func fix(_ bytes: [UInt8], path: String) throws(MessageError) -> FixResult {
        var current = bytes
        var applied: [Diagnostic] = []
        var round = 0
        while true {
            round += 1
            let draft = try self.draft(current)
            let found = findings(draft)
            var pass = FixPass(found: found, message: draft.message, bytes: current, limits: options.limits)
            let isLast = round > Self.maxFixRounds
            if !isLast { pass.run() }
            if isLast || pass.applied.isEmpty {
                let diagnostics = found.enumerated().map { index, item in
                    var diagnostic = item.diagnostic
                    if diagnostic.isSafeFix {
                        diagnostic.notFixed = pass.reasons[index] ?? "still found after \(Self.maxFixRounds) rounds of fixes"
                    }
                    return diagnostic
                }
                var report = report(draft, diagnostics, path: path)
                report.fixed = applied
                return FixResult(bytes: current, changed: current != bytes, applied: applied, report: report)
            }
            applied += pass.applied.map { found[$0].diagnostic }
            current = pass.bytes
        }
    }
}
