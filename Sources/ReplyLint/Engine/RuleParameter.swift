/// A threshold a user may set under `rules: <id>:`. Declared once, as a static property of
/// its rule, with its default: the rule reads it through the context by this value, never by
/// its name, and `explain` and docs/rules.md print the same default.
struct RuleParameter: Sendable, Hashable {
    var name: String
    var help: String
    var defaultValue: Double
    /// A count (words, characters, hours): the config must give a whole number.
    var isInteger: Bool

    static func integer(_ name: String, default value: Int, help: String) -> RuleParameter {
        RuleParameter(name: name, help: help, defaultValue: Double(value), isInteger: true)
    }

    static func number(_ name: String, default value: Double, help: String) -> RuleParameter {
        RuleParameter(name: name, help: help, defaultValue: value, isInteger: false)
    }

    /// The default as the YAML a user would write.
    var defaultText: String {
        isInteger || defaultValue == defaultValue.rounded() ? String(Int(defaultValue)) : String(defaultValue)
    }
}
