/// What a machine format says about a rule (SARIF's `rules[]`, rdjson's and Code Climate's
/// rule names): every lint rule and every template check, in one fixed order, from the rules'
/// own descriptions and the guidelines.
struct ReportRule: Sendable {
    var id: String
    var severity: Severity
    var summary: String
    var guideline: Guideline
    var languages: [String]

    static let all: [ReportRule] = {
        let references = RuleReference.all
        let lint = RuleCatalog.all.map { type -> ReportRule in
            let description = type.description
            let languages = references.first { $0.identifier == description.identifier }?.languages ?? []
            return ReportRule(id: description.identifier, severity: description.severity, summary: description.summary,
                              guideline: description.guideline, languages: languages)
        }
        let templates = TemplateCheck.allCases.map {
            ReportRule(id: $0.rule, severity: $0.severity, summary: $0.summary, guideline: $0.guideline, languages: ["any"])
        }
        return lint + templates
    }()

    static let index: [String: Int] = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.id, $0) })

    /// `subject.all-caps` → `SubjectAllCaps`.
    var name: String {
        id.split(whereSeparator: { $0 == "." || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    var helpText: String { "Guideline \(guideline.heading): \(guideline.text)" }

    var helpMarkdown: String {
        "**\(guideline.heading)**\n\n\(guideline.text)\n\nSee [the guideline](\(ReplyLintTool.helpURI(guideline))) for the rules that check it."
    }
}
