import Foundation

/// A desk macro rewritten in our template format (docs/templates.md): Liquid placeholders become
/// our variables, `default:` fallbacks and `{% if %}`/`{% unless %}` guards carry over, dynamic
/// content is written out per language. What the format cannot say (`case`, `for`, filters other
/// than `default`) is refused with its place in the export.
struct DeskConversion {
    struct Variable {
        var name: String
        var kind: TemplateVariable.Kind
        /// The desk may leave it empty.
        var optional: Bool
        var fallback: String?
        /// Used where no section guards it and no fallback covers it.
        var unguarded = false
        var example: String?
    }

    /// Why a part cannot be written in the template format, at a scalar offset of its source.
    struct Refusal: Error {
        var offset: Int
        var message: String
    }

    let catalogue: DeskCatalogue
    let dynamicContent: [DeskDynamicContent]
    let language: String
    private(set) var variables: [Variable] = []

    mutating func appendVariable(_ variable: Variable) { variables.append(variable) }
    private var guards: [String] = []

    init(catalogue: DeskCatalogue, dynamicContent: [DeskDynamicContent], language: String) {
        (self.catalogue, self.dynamicContent, self.language) = (catalogue, dynamicContent, language)
    }

    /// The template id of a macro written in `language`: its title's slug, less a last part that
    /// names that language (`Refunds::Issued (EN)` in en → `refunds-issued`; `[el-GR]`, ` - RO`), so
    /// a library that keeps one macro per language becomes one template with a variant per language.
    static func templateID(_ title: String, language: String) -> String {
        guard let (base, tag) = languageMarker(title), TemplateLocale.isTag(tag),
              TemplateLocale.language(tag) == language, slug(base) != "macro" else { return slug(title) }
        return slug(base)
    }

    /// A title's last part in brackets, or after a dash or bar: the title before it, and it.
    private static func languageMarker(_ title: String) -> (String, String)? {
        let trimmed = String(title.trimmingWhitespace)
        if let close = trimmed.last, close == ")" || close == "]",
           let open = trimmed.lastIndex(of: close == ")" ? "(" : "[") {
            let tag = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            return (String(trimmed[..<open]), String(tag.trimmingWhitespace))
        }
        for separator in [" - ", " – ", " | "] {
            if let range = trimmed.range(of: separator, options: .backwards) {
                return (String(trimmed[..<range.lowerBound]), String(trimmed[range.upperBound...].trimmingWhitespace))
            }
        }
        return nil
    }

    /// `Refunds::Issued (EN)` → `refunds-issued-en`.
    static func slug(_ title: String) -> String {
        var slug = ""
        for character in title.lowercased() {
            if character.isLetter || character.isNumber, character.isASCII { slug.append(character) } else if !slug.hasSuffix("-") { slug.append("-") }
        }
        let trimmed = slug.strippingCharacters("-")
        return trimmed.isEmpty ? "macro" : trimmed
    }

    /// The names `compose` finds a macro by: its id, its title, the title's slug.
    static func names(_ macro: DeskMacro) -> [String] { [macro.id, macro.title, slug(macro.title)] }

    /// The nodes as Mustache source.
    mutating func mustache(_ nodes: [LiquidNode]) throws(Refusal) -> String {
        var out = ""
        for node in nodes { out += try mustache(node) }
        return out
    }

    private mutating func mustache(_ node: LiquidNode) throws(Refusal) -> String {
        switch node {
        case let .text(text):
            guard !text.contains("{{"), !text.contains("}}") else {
                throw Refusal(offset: 0, message: "its text holds '{{' or '}}', which the template format would read as a tag")
            }
            return text
        case let .output(output):
            return try variable(output)
        case let .conditional(branches, negated):
            return try conditional(branches[...], negatedFirst: negated)
        case let .switchCase(subject, _, _):
            throw Refusal(offset: Self.offset(subject), message: "'{% case %}' has no equivalent in the template format; split the macro into one template per case")
        case let .loop(_, collection, _, _):
            throw Refusal(offset: Self.offset(collection), message: "'{% for %}' has no equivalent in the template format")
        case let .assign(_, value):
            throw Refusal(offset: value.offset, message: "'{% assign %}' has no equivalent in the template format")
        case .capture:
            throw Refusal(offset: 0, message: "'{% capture %}' has no equivalent in the template format")
        }
    }

    private mutating func variable(_ output: LiquidOutput) throws(Refusal) -> String {
        guard case let .path(path, _, _) = output.value else {
            if case let .string(text) = output.value, output.filters.isEmpty { return text }
            throw Refusal(offset: output.offset, message: "a {{…}} that is not a placeholder has no equivalent in the template format")
        }
        if let filter = output.filters.first(where: { $0.name != "default" }) {
            throw Refusal(offset: filter.offset, message: "the filter '\(filter.name)' has no equivalent in the template format")
        }
        if path.hasPrefix("dc.") {
            guard let variant = dynamicContent.first(where: { "dc.\($0.name)" == path })?.variant(for: language),
                  let nodes = try? LiquidParser.parse(variant.source.text) else {
                throw Refusal(offset: output.offset, message: "dynamic content '\(path.dropFirst(3))' is not in the dynamic-content export")
            }
            // The item's own places are in another file; a refusal inside it points at the reference.
            do { return try mustache(nodes) } catch { throw Refusal(offset: output.offset, message: "in \(path): \(error.message)") }
        }
        // A workspace's own attribute (Intercom) is kept as a variable that may be empty.
        let custom = catalogue.customAttributes ? DeskCatalogue.Placeholder(pattern: path, optional: true) : nil
        guard let placeholder = catalogue.placeholder(path) ?? custom else {
            throw Refusal(offset: output.offset, message: "'\(path)' is not a \(catalogue.desk.capitalized) placeholder")
        }
        guard let name = catalogue.variableName(path) else {
            throw Refusal(offset: output.offset, message: "'\(path)' has no name the template format can use")
        }
        var fallback: String?
        switch output.fallback {
        case let .string(text)?, let .number(text)?: fallback = text
        case nil: fallback = nil
        default: throw Refusal(offset: output.offset, message: "a default that is not plain text has no equivalent in the template format")
        }
        record(name, placeholder: placeholder, fallback: fallback, guarded: guards.contains(name))
        return "{{\(name)}}"
    }

    private mutating func record(_ name: String, placeholder: DeskCatalogue.Placeholder, fallback: String?, guarded: Bool) {
        let index = variables.firstIndex { $0.name == name } ?? {
            let example = placeholder.value == nil ? placeholder.sample : (BuiltInExamples.names.contains(name) ? nil : DeskRendering.standIns(language)[name])
            variables.append(Variable(name: name, kind: DeskCatalogue.kind(of: name), optional: placeholder.optional, example: example))
            return variables.count - 1
        }()
        if variables[index].fallback == nil, let fallback, !fallback.isEmpty { variables[index].fallback = fallback }
        if fallback == nil && !guarded { variables[index].unguarded = true }
    }

    /// `if a … elsif b … else …` as nested sections: `{{#a}}…{{/a}}{{^a}}{{#b}}…{{/b}}{{^b}}…{{/b}}{{/a}}`.
    private mutating func conditional(_ branches: ArraySlice<(condition: LiquidCondition?, body: [LiquidNode])>, negatedFirst: Bool) throws(Refusal) -> String {
        guard let first = branches.first else { return "" }
        guard let condition = first.condition else { return try mustache(first.body) }
        var (name, present) = try test(condition)
        if negatedFirst { present.toggle() }
        let (open, other) = present ? ("#", "^") : ("^", "#")
        if present { guards.append(name) }
        let body = try mustache(first.body)
        if present { guards.removeLast() }
        let rest = branches.dropFirst()
        if !present { guards.append(name) }
        let otherwise = try conditional(rest, negatedFirst: false)
        if !present { guards.removeLast() }
        return "{{\(open)\(name)}}\(body){{/\(name)}}" + (rest.isEmpty ? "" : "{{\(other)\(name)}}\(otherwise){{/\(name)}}")
    }

    /// The variable a condition tests and whether it holds when the value is there.
    private func test(_ condition: LiquidCondition) throws(Refusal) -> (String, Bool) {
        switch condition {
        case let .test(.path(path, offset, _)):
            return (try name(path, offset), true)
        case let .compare(.path(path, offset, _), symbol, .nothing), let .compare(.nothing, symbol, .path(path, offset, _)):
            guard ["==", "!=", "<>"].contains(symbol) else { break }
            return (try name(path, offset), symbol != "==")
        default: break
        }
        throw Refusal(offset: Self.offset(condition), message: "only a condition on whether one placeholder is there has an equivalent in the template format")
    }

    private func name(_ path: String, _ offset: Int) throws(Refusal) -> String {
        guard !path.hasPrefix("dc."), let name = catalogue.variableName(path), catalogue.placeholder(path) != nil else {
            throw Refusal(offset: offset, message: "'\(path)' has no name the template format can use")
        }
        return name
    }

    private static func offset(_ expression: LiquidExpression) -> Int {
        if case let .path(_, offset, _) = expression { return offset }
        return 0
    }

    private static func offset(_ condition: LiquidCondition) -> Int {
        switch condition {
        case let .test(expression): offset(expression)
        case let .compare(left, _, _): offset(left)
        case let .and(left, _), let .or(left, _): offset(left)
        }
    }
}
