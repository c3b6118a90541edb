/// One check. A rule is a stateless value: it reads the draft's scopes and its own
/// settings from the context and returns findings; the engine assigns severities.
protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ draft: Draft, _ context: RuleContext) -> [Finding]
}

/// What a rule is, for `rules`, `explain`, the rules reference and the examples test.
struct RuleDescription: Sendable {
    var identifier: String
    var severity: Severity
    var summary: String
    var guideline: Guideline
    /// The locale-file lists the rule reads; empty for a language-independent rule.
    var usesLists: [ListKey] = []
    /// Thresholds a user may set under `rules: <id>:`, each with its default.
    var parameters: [RuleParameter] = []
    /// Its findings claim the text they cover: another rule's finding wholly inside one is the
    /// same problem seen again and is not reported (capitals or spelling inside `%FNAME%`).
    var claimsSpan = false
    /// Drafts that must trigger the rule; each `↓` marks where a finding must start.
    var triggering: [RuleExample] { makeTriggering() }
    /// Drafts that must not trigger it.
    var nonTriggering: [RuleExample] { makeNonTriggering() }
    /// The examples are made when asked for (`rules`, `explain`, the examples test), not when
    /// a linter starts: some are built from templates in every language, and a process that
    /// checks one draft never reads them.
    private let makeTriggering: @Sendable () -> [RuleExample]
    private let makeNonTriggering: @Sendable () -> [RuleExample]

    init(identifier: String, severity: Severity, summary: String, guideline: Guideline, usesLists: [ListKey] = [],
         parameters: [RuleParameter] = [], claimsSpan: Bool = false,
         triggering: @autoclosure @escaping @Sendable () -> [RuleExample],
         nonTriggering: @autoclosure @escaping @Sendable () -> [RuleExample]) {
        self.identifier = identifier
        self.severity = severity
        self.summary = summary
        self.guideline = guideline
        self.usesLists = usesLists
        self.parameters = parameters
        self.claimsSpan = claimsSpan
        makeTriggering = triggering
        makeNonTriggering = nonTriggering
    }
}


/// Where a finding is, in the draft's own coordinates; the linter maps it to the file.
enum FindingLocation: Sendable, Equatable {
    /// Grapheme offsets into a header's decoded value (`end` exclusive).
    case header(HeaderField, start: Int, end: Int)
    /// 0-based decoded body line, 1-based grapheme columns (end exclusive).
    case body(line: Int, column: Int, endLine: Int, endColumn: Int)
    /// The message as a whole (line 1).
    case message
    /// An already resolved file position (parser problems).
    case file(SourcePosition)
}

struct Finding: Sendable, Equatable {
    var message: String
    var location: FindingLocation
    /// Overrides the configured severity (a rule that escalates, like latency past 72 h).
    var severity: Severity?
    /// The replacement text a fix would put at the location, when one is safe.
    var suggestion: String?
    /// The offending text, quoted in reports.
    var excerpt: String?
    /// The suggestion can replace the location's text without a person looking
    /// (`check --fix`): collapsing "!!!", sentence case, a repeated word.
    var isSafeFix: Bool

    init(_ message: String, at location: FindingLocation, excerpt: String? = nil,
         suggestion: String? = nil, safeFix: Bool = false, severity: Severity? = nil) {
        self.message = message
        self.location = location
        self.excerpt = excerpt
        self.suggestion = suggestion
        self.isSafeFix = safeFix && suggestion != nil
        self.severity = severity
    }
}
