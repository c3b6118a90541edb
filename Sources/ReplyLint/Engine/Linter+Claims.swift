/// One problem, one finding: where a rule that claims its span (`RuleDescription.claimsSpan`,
/// body.placeholder) reports some text, what other rules find inside that text is the same
/// problem seen again: `FNAME` in `*|FNAME|*` is neither shouting nor a misspelling, and
/// offering "fname" for it would invite the writer to type the slot's name.
extension Linter {
    static func unclaimed(_ found: [(finding: Finding, diagnostic: Diagnostic)],
                          claiming rules: Set<String>) -> [(finding: Finding, diagnostic: Diagnostic)] {
        let claims = found.map(\.diagnostic).filter { rules.contains($0.rule) }
        guard !claims.isEmpty else { return found }
        return found.filter { item in
            let inner = item.diagnostic
            return !claims.contains { claim in
                claim.rule != inner.rule
                    && (claim.line, claim.column) <= (inner.line, inner.column)
                    && (inner.endLine, inner.endColumn) <= (claim.endLine, claim.endColumn)
            }
        }
    }
}
