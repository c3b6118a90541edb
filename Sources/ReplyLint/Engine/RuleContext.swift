/// What a rule may read besides the draft: its own settings.
struct RuleContext: Sendable {
    var settings: RuleSettings

    /// A threshold: the user's value, else the parameter's default.
    func number(_ parameter: RuleParameter) -> Double {
        DataReads.note(parameter: parameter.name)
        return settings.numbers[parameter.name] ?? parameter.defaultValue
    }

    func int(_ parameter: RuleParameter) -> Int { Int(number(parameter)) }
}
