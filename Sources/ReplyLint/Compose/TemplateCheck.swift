/// The checks of `templates check`: each reports diagnostics under the rule `template.<check>`.
/// One list, for `--help`, the README and the rules of SARIF reports.
public enum TemplateCheck: String, Sendable, CaseIterable {
    case frontMatter = "front-matter"
    case syntax, undeclared, unused, unguarded
    case partialMissing = "partial-missing"
    case example, lint, personalisation
    case localeMissing = "locale-missing"
    /// Help-desk exports: a placeholder the desk does not document, and one that may be empty
    /// where the customer reads it first.
    case unknownPlaceholder = "unknown-placeholder"
    case noFallback = "no-fallback"

    /// `template.<check>`.
    public var rule: String { "template.\(rawValue)" }

    public var severity: Severity {
        switch self {
        case .unused, .personalisation, .localeMissing, .noFallback: .warning
        default: .error
        }
    }

    public var summary: String {
        switch self {
        case .frontMatter: "A file name, front matter or header not in the template format."
        case .syntax: "Mustache that does not parse, or a partial that includes itself."
        case .undeclared: "A value used but not declared in the front matter (values replylint provides count as declared)."
        case .unused: "A variable declared but never used."
        case .unguarded: "An optional variable with no fallback used outside a section that guards it."
        case .partialMissing: "A partial with no variant for the template's locale, its language, or every language."
        case .example: "An example that does not render, or whose value is not of its declared type."
        case .lint: "An example's rendered draft has error-level lint findings."
        case .personalisation: "The template never uses the customer's name."
        case .localeMissing: "A language other templates have is missing for this id."
        case .unknownPlaceholder: "A help-desk placeholder the desk does not document (it would reach the customer blank or raw)."
        case .noFallback: "A help-desk placeholder that may be empty, in the greeting or subject, with no fallback and no guard."
        }
    }

    /// The guideline a template check serves: every one is about canned replies.
    var guideline: Guideline { .personalisedCanned }
}

/// What reports say about the tool itself.
public enum ReplyLintTool {
    public static let name = "replylint"
    public static let version = "0.1.0"
    /// The project's home, where the docs of every rule live.
    public static let informationURI = "https://github.com/replylint/replylint"
    /// Where a guideline, and the rules that check it, are explained.
    static func helpURI(_ guideline: Guideline) -> String {
        "\(informationURI)/blob/main/docs/guidelines.md#\(guideline.anchor)"
    }
}
