/// The settings of one rule, from Rules/rules.yaml or a user's `rules: <id>:` section.
struct RuleSettings: Sendable, Equatable {
    var severity: Severity?
    var enabled: Bool?
    var numbers: [String: Double] = [:]

    init() {}

    init(_ yaml: YAMLValue, rule: RuleDescription) throws(ConfigurationError) {
        let allowed = Set(rule.parameters.map(\.name))
        for (key, keyNode, value) in try yaml.mapping("rule '\(rule.identifier)'") {
            switch key {
            case "severity":
                let text = try value.string("severity")
                if text == "off" {
                    enabled = false
                } else if let parsed = Severity(rawValue: text) {
                    severity = parsed
                } else {
                    throw value.error("severity must be error, warning, info or off, not '\(text)'")
                }
            case "enabled":
                enabled = try value.bool("enabled")
            case _ where allowed.contains(key):
                numbers[key] = try value.number("\(rule.identifier).\(key)")
            default:
                let known = (["severity", "enabled"] + rule.parameters.map(\.name)).joined(separator: ", ")
                throw keyNode.error("unknown key '\(key)' for rule '\(rule.identifier)' (known: \(known))")
            }
        }
    }

    /// These settings with another's set values on top.
    func overridden(by other: RuleSettings) -> RuleSettings {
        var result = self
        if let severity = other.severity { result.severity = severity }
        if let enabled = other.enabled { result.enabled = enabled }
        result.numbers.merge(other.numbers) { _, new in new }
        return result
    }
}
