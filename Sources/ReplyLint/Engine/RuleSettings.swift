/// A user's settings of one rule, from the `rules: <id>:` section of `.replylint.yaml`; what it
/// leaves unset keeps the rule's default (its description's severity, each parameter's default).
struct RuleSettings: Sendable, Equatable {
    var severity: Severity?
    var enabled: Bool?
    var numbers: [String: Double] = [:]

    init() {}

    init(_ yaml: YAMLValue, rule: RuleDescription) throws(ConfigurationError) {
        let allowed = Dictionary(uniqueKeysWithValues: rule.parameters.map { ($0.name, $0) })
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
            case _ where allowed[key] != nil:
                let number = try value.number("\(rule.identifier).\(key)")
                if allowed[key]?.isInteger == true, number != number.rounded() {
                    throw value.error("\(rule.identifier).\(key) must be a whole number, not \(number)")
                }
                numbers[key] = number
            default:
                let known = (["severity", "enabled"] + rule.parameters.map(\.name)).joined(separator: ", ")
                throw keyNode.error("unknown key '\(key)' for rule '\(rule.identifier)' (known: \(known))")
            }
        }
    }
}
