import Mustache

extension Template {
    /// Fills the template strictly from final string values (dates, money and vocatives already
    /// formatted by the caller): required values must be present and not blank, optional ones
    /// take their fallback, partials resolve through the library's locale fallback, nothing is
    /// HTML-escaped, values are never read again as template syntax, and `nil`/`null` never appear.
    func render(_ values: [String: String], library: TemplateLibrary) throws(ComposeError) -> RenderedTemplate {
        let filled = try filled(values)
        let usage = TemplateUsage(self, library: library)
        if let missing = usage.missingPartials.first {
            let chain = (missing.via + [missing.tag.name]).joined(separator: " → ")
            throw .invalidTemplate(path: path, line: missing.position.line, column: missing.position.column,
                                   message: "partial \(chain) has no variant for '\(locale)'")
        }
        if let loop = usage.recursivePartials.first {
            throw .invalidTemplate(path: path, line: loop.position.line, column: loop.position.column,
                                   message: Self.loopMessage(loop))
        }
        let partials = try partialLibrary(library)
        var rendered: [(name: String, value: String)] = []
        for header in headers {
            let compiled = try parsed(header.value, library, line: header.line, column: header.column)
            let value = String(compiled.render(filled, library: partials).trimmingWhitespace)
            if value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
                throw .headerInjection(header: header.name, variable: Self.culprit(header.value, filled) ?? header.name)
            }
            rendered.append((header.name, value))
        }
        let body = try parsed(self.body, library, line: bodyLine, column: 1).render(filled, library: partials)
        return RenderedTemplate(headers: rendered, body: body, locale: locale)
    }

    /// A value counts as missing when absent, blank, or the word `nil` or `null` (which would
    /// otherwise reach the customer).
    static func isMissing(_ value: String?) -> Bool {
        guard let value else { return true }
        let trimmed = value.trimmingWhitespace.lowercased()
        return trimmed.isEmpty || trimmed == "nil" || trimmed == "null"
    }

    /// The values to render with: missing ones dropped (so sections on them are false), optional
    /// ones given their fallback; throws naming every required value that is missing.
    func filled(_ values: [String: String]) throws(ComposeError) -> [String: String] {
        var filled = values.filter { !Self.isMissing($0.value) }
        var missing: [String] = []
        for variable in variables where filled[variable.name] == nil {
            if variable.required {
                missing.append(variable.name)
            } else if let fallback = variable.fallback, !Self.isMissing(fallback) {
                filled[variable.name] = fallback
            }
        }
        guard missing.isEmpty else { throw .missingValues(template: id, names: missing) }
        return filled
    }

    private func partialLibrary(_ library: TemplateLibrary) throws(ComposeError) -> MustacheLibrary {
        var partials = MustacheLibrary()
        for name in library.partials.keys.sorted() {
            guard let source = library.partial(name, locale: locale) else { continue }
            partials.register(try parsed(source, library, line: 1, column: 1), named: name)
        }
        return partials
    }

    private func parsed(_ source: String, _ library: TemplateLibrary, line: Int, column: Int) throws(ComposeError) -> MustacheTemplate {
        do {
            return try library.parsed(source, path: path, line: line, column: column)
        } catch {
            throw error.composeError
        }
    }

    static func loopMessage(_ use: TemplateUsage.Use) -> String {
        "partial \((use.via + [use.tag.name]).map { "'\($0)'" }.joined(separator: " → ")) includes itself"
    }

    /// The value that put a line break in a header: one of its variables, else a partial it includes.
    private static func culprit(_ source: String, _ values: [String: String]) -> String? {
        let tags = MustacheTag.scan(source)
        if let variable = tags.first(where: { tag in
            tag.kind == .variable && values[tag.name]?.unicodeScalars.contains { $0 == "\r" || $0 == "\n" } == true
        }) {
            return variable.name
        }
        return tags.first { $0.kind == .partial }?.name
    }
}
