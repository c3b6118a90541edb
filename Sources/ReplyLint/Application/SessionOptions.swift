/// Everything a front end decides about a run, in one plain value: the CLI fills it from its
/// flags, the MCP server from a call's arguments, the filter and the milter from theirs.
public struct SessionOptions: Sendable {
    /// How each draft is read: language, recipient, original message, time zone, now, limits.
    public var draft: DraftOptions
    /// A config file for every draft; nil finds the nearest `.replylint.yaml` above each draft.
    public var configPath: String?
    /// Rules turned on or off over the config (ids as `replylint rules` lists them).
    public var enabledRules: [String]
    public var disabledRules: [String]
    /// Warnings block sending too, like errors.
    public var strict: Bool

    public init(draft: DraftOptions = DraftOptions(), configPath: String? = nil, enabledRules: [String] = [],
                disabledRules: [String] = [], strict: Bool = false) {
        self.draft = draft
        self.configPath = configPath
        self.enabledRules = enabledRules
        self.disabledRules = disabledRules
        self.strict = strict
    }

    /// The ids of `enabledRules` and `disabledRules` that name no rule, in order.
    public var unknownRules: [String] {
        (enabledRules + disabledRules).filter { RuleCatalog.rule($0) == nil }
    }
}
