/// A folder of templates and partials (docs/templates.md).
struct TemplateLibrary: Sendable {
    var templates: [Template]
    /// Partial name → locale (`""` for one that fits every language) → Mustache source.
    var partials: [String: [String: String]]
    /// The locale used when nothing else decides.
    var defaultLocale = "en"

    /// Reads every template and partial; files that are not valid templates come back as errors
    /// (each with path, line and column) next to the ones that loaded.
    static func load(_ directory: String) -> (library: TemplateLibrary, errors: [ComposeError]) {
        // STUB: replaced by the templates change.
        (TemplateLibrary(templates: [], partials: [:]), [])
    }

    /// The variant of `id` for `locale`: region → language → default (`en-GB` → `en` → `en`).
    func variant(id: String, locale: String?) throws(ComposeError) -> Template {
        // STUB: replaced by the templates change.
        throw .unknownTemplate(id: id, available: [])
    }
}

extension Template {
    /// Fills the template strictly from final string values (dates, money and vocatives already
    /// formatted by the caller): required values must be present and not blank, optional ones
    /// take their fallback, partials resolve through the library's locale fallback, nothing is
    /// HTML-escaped, values are never read again as template syntax, and `nil`/`null` never appear.
    func render(_ values: [String: String], library: TemplateLibrary) throws(ComposeError) -> RenderedTemplate {
        // STUB: replaced by the templates change.
        throw .missingValues(template: id, names: variables.filter(\.required).map(\.name))
    }
}
