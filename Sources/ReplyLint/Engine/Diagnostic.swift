/// One finding, placed in the file the user gave. The shape of the JSON report.
public struct Diagnostic: Sendable, Codable, Equatable {
    public var rule: String
    public var severity: Severity
    public var message: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// The offending text, as decoded.
    public var excerpt: String?
    /// Replacement text for the range, when a fix is safe.
    public var suggestion: String?
    /// Where columns are not the file's (inside an encoded part): what the position means.
    public var note: String?
    /// `suggestion` may replace the range without a person looking (`check --fix` applies it).
    public var isSafeFix = false
    /// Set by `check --fix` on a safe fix it did not apply: why not.
    public var notFixed: String?

    enum CodingKeys: String, CodingKey {
        case rule, severity, message, line, column, endLine, endColumn, excerpt, suggestion, note
        case isSafeFix = "fix", notFixed
    }

    init(rule: String, severity: Severity, message: String, line: Int, column: Int, endLine: Int, endColumn: Int,
         excerpt: String?, suggestion: String?, note: String?, isSafeFix: Bool = false) {
        (self.rule, self.severity, self.message) = (rule, severity, message)
        (self.line, self.column, self.endLine, self.endColumn) = (line, column, endLine, endColumn)
        (self.excerpt, self.suggestion, self.note, self.isSafeFix) = (excerpt, suggestion, note, isSafeFix)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        severity = try container.decode(Severity.self, forKey: .severity)
        message = try container.decode(String.self, forKey: .message)
        line = try container.decode(Int.self, forKey: .line)
        column = try container.decode(Int.self, forKey: .column)
        endLine = try container.decode(Int.self, forKey: .endLine)
        endColumn = try container.decode(Int.self, forKey: .endColumn)
        excerpt = try container.decodeIfPresent(String.self, forKey: .excerpt)
        suggestion = try container.decodeIfPresent(String.self, forKey: .suggestion)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        isSafeFix = try container.decodeIfPresent(Bool.self, forKey: .isSafeFix) ?? false
        notFixed = try container.decodeIfPresent(String.self, forKey: .notFixed)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(endLine, forKey: .endLine)
        try container.encode(endColumn, forKey: .endColumn)
        try container.encode(excerpt, forKey: .excerpt)
        try container.encode(suggestion, forKey: .suggestion)
        try container.encodeIfPresent(note, forKey: .note)
        if isSafeFix { try container.encode(true, forKey: .isSafeFix) }
        try container.encodeIfPresent(notFixed, forKey: .notFixed)
    }
}

/// The findings for one file: a draft, or a template of `templates check`.
public struct FileReport: Sendable, Codable, Equatable {
    public var path: String
    /// The language the draft was checked in (a template's locale).
    public var locale: String
    /// `templates check`: the template's id.
    public var templateID: String?
    public var diagnostics: [Diagnostic]
    /// The raw file's lines, for printing the offending line (not encoded in JSON).
    public var sourceLines: [String] = []
    /// `check --fix`: the safe fixes applied, as found before fixing (absent otherwise).
    public var fixed: [Diagnostic]?

    enum CodingKeys: String, CodingKey { case path, locale, diagnostics, fixed }

    init(path: String, locale: String, templateID: String? = nil, diagnostics: [Diagnostic], sourceLines: [String] = []) {
        self.path = path
        self.locale = locale
        self.templateID = templateID
        self.diagnostics = diagnostics
        self.sourceLines = sourceLines
    }

    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
}
