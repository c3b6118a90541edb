/// The checks of one export, with what every macro shares: the desk's catalogue, the dynamic
/// content and the linter.
struct DeskCheck {
    let library: DeskLibrary
    let catalogue: DeskCatalogue
    let linter: Linter?

    /// A part of a macro parsed, or why it does not parse.
    struct ParsedPart {
        var part: DeskMacro.Part
        var nodes: [LiquidNode]
        var usage: LiquidUsage
    }

    func report(_ macro: DeskMacro) -> FileReport {
        var findings: [Diagnostic] = []
        var parsed: [ParsedPart] = []
        for part in macro.parts {
            do {
                let nodes = try part.syntax.parse(part.source.text)
                parsed.append(ParsedPart(part: part, nodes: nodes, usage: LiquidUsage(nodes)))
            } catch {
                findings.append(finding(.syntax, part.source, error.offset, error.width,
                                        "\(part.field): \(error.message)"))
            }
        }
        var locale = macro.language ?? ""
        if parsed.count == macro.parts.count, let linter {
            let (lint, language) = renderFindings(macro, parsed, linter: linter)
            findings += lint
            if locale.isEmpty { locale = language }
        }
        for item in parsed {
            findings += placeholderFindings(item)
            findings += fallbackFindings(item, macro: macro, language: locale.isEmpty ? nil : locale)
        }
        if let personal = personalisation(parsed, macro) { findings.append(personal) }
        findings.sort { ($0.line, $0.column, $0.rule, $0.message) < ($1.line, $1.column, $1.rule, $1.message) }
        return FileReport(path: macro.path ?? library.path, locale: locale, templateID: macro.title, diagnostics: findings)
    }

    /// A finding at `offset` (scalars) of a string in the export, `width` scalars wide.
    func finding(_ check: TemplateCheck, _ string: DeskString, _ offset: Int, _ width: Int, _ message: String,
                 severity: Severity? = nil) -> Diagnostic {
        let start = string.position(ofScalar: offset)
        let columns = max(1, string.width(ofScalars: offset, count: max(1, width)))
        return Diagnostic(rule: check.rule, severity: severity ?? check.severity, message: message, line: start.line,
                          column: start.column, endLine: start.line, endColumn: start.column + columns,
                          excerpt: nil, suggestion: nil, note: nil)
    }

    /// A finding at a place in the export (a title, an item's name).
    func finding(_ check: TemplateCheck, at position: DeskPosition, _ message: String, severity: Severity? = nil) -> Diagnostic {
        Diagnostic(rule: check.rule, severity: severity ?? check.severity, message: message, line: position.line,
                   column: position.column, endLine: position.line, endColumn: position.column + 1,
                   excerpt: nil, suggestion: nil, note: nil)
    }

    /// Unknown placeholders: the desk would send them raw or blank.
    private func placeholderFindings(_ item: ParsedPart) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for use in item.usage.uses {
            if isCustomAttribute(use.path) {
                findings.append(finding(.unknownPlaceholder, item.part.source, use.offset, use.width,
                                        "'\(use.path)' is not an attribute \(library.desk.name) documents; unless it is a custom attribute of your workspace, the customer would get it blank",
                                        severity: .warning))
            } else if let reason = unknown(use.path) {
                findings.append(finding(.unknownPlaceholder, item.part.source, use.offset, use.width, reason))
            }
        }
        return findings
    }

    /// A name the desk does not document, nor anything close to one, where the desk fills a
    /// workspace's own attributes by name: likely one of those, not a misspelling.
    func isCustomAttribute(_ path: String) -> Bool {
        catalogue.customAttributes && catalogue.placeholder(path) == nil && nearestDocumented(path) == nil
    }

    private func nearestDocumented(_ path: String) -> String? {
        DeskCheck.nearest(path, among: catalogue.placeholders.map(\.pattern).filter { !$0.contains("*") && !$0.contains("#") })
    }

    /// Why `path` is not a placeholder the desk fills; nil when it is.
    func unknown(_ path: String) -> String? {
        guard let placeholder = catalogue.placeholder(path) else {
            let near = DeskCheck.nearest(path, among: catalogue.placeholders.map(\.pattern).filter { !$0.contains("*") && !$0.contains("#") })
            let article = "AEIOU".contains(library.desk.name.first ?? "x") ? "an" : "a"
            return "'\(path)' is not \(article) \(library.desk.name) placeholder, so the customer would get it blank"
                + (near.map { "; did you mean '\($0)'?" } ?? "")
        }
        if placeholder.dynamic, library.dynamicContentPath != nil {
            let name = String(path.dropFirst(3))
            if !library.dynamicContent.contains(where: { $0.name == name }) {
                return "no dynamic content '\(name)' in the dynamic-content export"
            }
        }
        return nil
    }

    /// The closest documented path, when one is a few edits away.
    static func nearest(_ path: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(Array(path.unicodeScalars), Array($0.unicodeScalars))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, path.count / 6) else { return nil }
        return best.0
    }

    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The reply never names the customer.
    private func personalisation(_ parsed: [ParsedPart], _ macro: DeskMacro) -> Diagnostic? {
        let names = Set(catalogue.placeholders.filter { ["customer_name", "customer_first_name", "customer_last_name"].contains($0.value ?? "") }.map(\.pattern))
        var used = parsed.flatMap(\.usage.uses).map(\.path)
        for item in library.dynamicContent where used.contains("dc.\(item.name)") {
            for variant in item.variants {
                if let nodes = try? LiquidParser.parse(variant.source.text) { used += LiquidUsage(nodes).uses.map(\.path) }
            }
        }
        guard parsed.count == macro.parts.count, !used.contains(where: names.contains) else { return nil }
        let example = catalogue.placeholders.first { $0.value == "customer_first_name" }?.pattern ?? "customer_first_name"
        let at = macro.body?.source.start ?? macro.titleAt
        return finding(.personalisation, at: at, "the reply never uses the customer's name; greet them with \(catalogue.output(for: example))")
    }
}
