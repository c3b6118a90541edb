/// One canned reply in one language: `<id>.<locale>.mustache` (see docs/templates.md).
struct Template: Sendable {
    var id: String
    var locale: String
    var description: String
    var tags: [String]
    var variables: [TemplateVariable]
    /// Extra example value sets; the variables' own examples always form the first.
    var examples: [[String: String]]
    /// Header lines (Mustache source), Subject first when present.
    var headers: [TemplateHeader]
    /// The body (Mustache source).
    var body: String
    /// The file, and the 1-based line where the body starts, for error positions.
    var path: String
    var bodyLine: Int

    func variable(_ name: String) -> TemplateVariable? { variables.first { $0.name == name } }
}

struct TemplateHeader: Sendable, Equatable {
    var name: String
    var value: String
    var line: Int
    /// The 1-based column where the value starts, for error positions.
    var column = 1
}

/// A value a template declares in its front matter.
struct TemplateVariable: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable {
        case string, name, date, datetime, number, money, url, email
    }

    var name: String
    var kind: Kind
    var required: Bool
    var fallback: String?
    var example: String?
}

/// A template filled in, before it becomes a message.
struct RenderedTemplate: Sendable, Equatable {
    var headers: [(name: String, value: String)]
    var body: String
    /// The template's locale variant that was used (`en-GB`, `en`).
    var locale: String

    static func == (lhs: RenderedTemplate, rhs: RenderedTemplate) -> Bool {
        lhs.headers.map { "\($0.name):\($0.value)" } == rhs.headers.map { "\($0.name):\($0.value)" }
            && lhs.body == rhs.body && lhs.locale == rhs.locale
    }
}
