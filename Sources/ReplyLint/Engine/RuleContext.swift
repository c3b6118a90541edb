/// What a rule may read besides the draft: its own settings.
struct RuleContext: Sendable {
    var settings: RuleSettings

    /// A threshold from Rules/rules.yaml or the user's config (a test checks every declared one ships).
    func number(_ name: String) -> Double { settings.numbers[name] ?? 0 }
    func int(_ name: String) -> Int { Int(number(name)) }
}
