/// Rules one draft turns on or off over its session's (ids as `replylint rules` lists them).
public struct RuleToggles: Sendable, Equatable {
    public var enabled: [String]
    public var disabled: [String]

    public init(enabled: [String] = [], disabled: [String] = []) {
        (self.enabled, self.disabled) = (enabled, disabled)
    }

    public var isEmpty: Bool { enabled.isEmpty && disabled.isEmpty }

    /// The ids that name no rule, in order.
    public var unknown: [String] { (enabled + disabled).filter { RuleCatalog.rule($0) == nil } }

    /// The same toggles, in any order, give the same key.
    var key: String { "+" + Set(enabled).sorted().joined(separator: ",") + "-" + Set(disabled).sorted().joined(separator: ",") }
}

/// What one draft sets for itself over a long-lived session (an MCP call's locale, recipient,
/// original message, time and rules), while the session keeps its linters warm.
public struct DraftOverrides: Sendable {
    /// Replaces the session's draft options for this draft.
    public var draft: DraftOptions
    public var rules: RuleToggles

    public init(draft: DraftOptions = DraftOptions(), rules: RuleToggles = RuleToggles()) {
        self.draft = draft
        self.rules = rules
    }

    /// Why these overrides cannot be used before any linter is built: an unknown rule.
    var unusable: LintFailure? {
        rules.unknown.first.map { LintFailure(.badConfiguration, "", "unknown rule '\($0)'; `replylint rules` lists them") }
    }

    /// `linter` under these options; fails for a locale no language has.
    func apply(to linter: Linter) -> Result<Linter, LintFailure> {
        if let locale = draft.locale, Draft.languageCode(locale, linter.languages) == nil {
            let known = linter.languages.codes.joined(separator: ", ")
            return .failure(LintFailure(.badConfiguration, "", "locale '\(locale)' is not one of the languages replylint knows (\(known))"))
        }
        return .success(linter.with(draft))
    }
}
