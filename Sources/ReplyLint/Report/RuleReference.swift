/// What `replylint rules`, `replylint explain` and docs/rules.md say about a rule,
/// drawn from the rule's own description so the documentation cannot drift.
public struct RuleReference: Sendable, Encodable, Equatable {
    public var identifier: String
    public var severity: Severity
    public var summary: String
    public var guideline: String
    /// The languages it has data for, or ["any"] for a language-independent rule.
    public var languages: [String]
    public var parameters: [String: String]
    /// The examples, as `explain` prints them.
    var triggering: [String]
    var nonTriggering: [String]

    enum CodingKeys: String, CodingKey { case identifier, severity, summary, guideline, languages, parameters }

    public static var all: [RuleReference] {
        let shipped = try? ShippedData.shared.get()
        return RuleCatalog.all.map { RuleReference($0.description, shipped: shipped) }
    }

    public static func find(_ identifier: String) -> RuleReference? {
        all.first { $0.identifier == identifier }
    }

    public static func json(_ rules: [RuleReference]) -> String { JSONReport.encode(rules) }

    init(_ description: RuleDescription, shipped: ShippedData?) {
        identifier = description.identifier
        severity = shipped?.ruleSettings[description.identifier]?.severity ?? description.severity
        summary = description.summary
        guideline = description.guideline.heading
        if description.usesLists.isEmpty {
            languages = ["any"]
        } else {
            languages = (shipped?.languages ?? [:]).filter { _, data in
                description.usesLists.contains { !data.list($0).isEmpty || !data.map($0).isEmpty }
            }.keys.sorted()
        }
        parameters = Dictionary(uniqueKeysWithValues: description.parameters.map { ($0.name, $0.help) })
        triggering = description.triggering.map(Self.show)
        nonTriggering = description.nonTriggering.map(Self.show)
    }

    /// The guideline, settings and examples, for `replylint explain`.
    public var explanation: String {
        var out = "\(identifier) (\(severity.rawValue))\n\n\(summary)\n\nGuideline \(guideline)\n"
        if let found = Guideline.allCases.first(where: { $0.heading == guideline }) { out += "  \(found.text)\n" }
        out += "\nLanguages: \(languages.joined(separator: ", "))\n"
        if !parameters.isEmpty {
            out += "\nSettings (under `rules: \(identifier):` in .replylint.yaml):\n"
            for (name, help) in parameters.sorted(by: { $0.key < $1.key }) { out += "  \(name): \(help)\n" }
        }
        out += "\nTriggers (↓ marks where the finding starts):\n"
        for example in triggering { out += example }
        out += "\nDoes not trigger:\n"
        for example in nonTriggering { out += example }
        return out
    }

    /// An example's interesting lines: the subject and the body, indented, headers otherwise omitted.
    private static func show(_ example: RuleExample) -> String {
        let lines = example.source.split(separator: "\n", omittingEmptySubsequences: false)
        let blank = lines.firstIndex(of: "") ?? lines.endIndex
        let headers = lines[..<blank].filter { line in
            ["subject:", "to:", "cc:", "bcc:", "content-type:"].contains { line.lowercased().hasPrefix($0) }
                || line.contains(RuleExample.marker)
        }
        let body = lines[min(blank + 1, lines.count)...].drop { $0.isEmpty }
        var trimmedBody = Array(body)
        while trimmedBody.last?.isEmpty == true { trimmedBody.removeLast() }
        let all = headers + [""] + trimmedBody
        return "  [\(example.locale)]\n" + all.map { "    \($0)" }.joined(separator: "\n") + "\n\n"
    }
}

extension DraftSummary {
    public var json: String { JSONReport.encode(self) + "\n" }
}
