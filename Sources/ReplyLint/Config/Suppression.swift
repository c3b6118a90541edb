/// A finding the team has decided to accept, with the reason, from `.replylint.yaml`:
///
/// ```yaml
/// suppress:
///   - rule: body.all-caps
///     match: FRAGILE
///     reason: the courier's label text, quoted on purpose
/// ```
struct Suppression: Sendable, Equatable {
    var rule: String
    /// Folded; a finding is suppressed when its offending text contains it.
    var match: String
    var reason: String

    static let keys = ["rule", "match", "reason"]

    init(_ yaml: YAMLValue) throws(ConfigurationError) {
        var fields: [String: String] = [:]
        for (key, keyNode, value) in try yaml.mapping("a suppression") {
            guard Self.keys.contains(key) else {
                throw keyNode.error("unknown key '\(key)' in a suppression (known: rule, match, reason)")
            }
            fields[key] = try value.string(key)
        }
        for key in Self.keys where (fields[key] ?? "").trimmingWhitespace.isEmpty {
            throw yaml.error("a suppression needs '\(key)'" + (key == "reason" ? ": say why the finding is accepted" : ""))
        }
        rule = fields["rule"] ?? ""
        guard RuleCatalog.rule(rule) != nil else { throw yaml.error("unknown rule '\(rule)' in a suppression") }
        match = TextFolding.fold(fields["match"] ?? "")
        reason = fields["reason"] ?? ""
    }

    func suppresses(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.rule == rule && TextFolding.fold(diagnostic.excerpt ?? diagnostic.message).contains(match)
    }
}
