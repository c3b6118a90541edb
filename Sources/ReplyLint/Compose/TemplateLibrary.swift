import Mustache

/// A folder of templates and partials (docs/templates.md).
struct TemplateLibrary: Sendable {
    var templates: [Template]
    /// Partial name → locale (`""` for one that fits every language) → Mustache source.
    var partials: [String: [String: String]]
    /// The locale used when nothing else decides.
    var defaultLocale = "en"
    /// Mustache source → parsed, filled at load so each file is parsed once; sources not here
    /// (a template built in code) are parsed when rendered.
    var compiled: [String: MustacheTemplate] = [:]

    /// Reads every template and partial; files that are not valid templates come back as errors
    /// (each with path, line and column) next to the ones that loaded.
    static func load(_ directory: String) -> (library: TemplateLibrary, errors: [ComposeError]) {
        guard let folder = TemplateFolder.read(directory) else {
            return (TemplateLibrary(templates: [], partials: [:]),
                    [.invalidTemplate(path: directory, line: 1, column: 1, message: "cannot read the folder")])
        }
        return (folder.library, folder.problems.map(\.composeError))
    }

    /// The variant of `id` for `locale`: region → language → default (`en-GB` → `en` → `en`).
    func variant(id: String, locale: String?) throws(ComposeError) -> Template {
        let variants = templates.filter { $0.id == id }
        guard !variants.isEmpty else {
            throw .unknownTemplate(id: id, available: Array(Set(templates.map(\.id))).sorted())
        }
        for tag in TemplateLocale.chain(locale ?? defaultLocale, fallback: defaultLocale) {
            if let found = variants.first(where: { TemplateLocale.normalized($0.locale) == tag }) { return found }
        }
        throw .noVariant(id: id, locale: locale ?? defaultLocale)
    }

    /// The source of partial `name` for `locale`: the locale, its language, then the one for every language.
    func partial(_ name: String, locale: String) -> String? {
        guard let variants = partials[name] else { return nil }
        for tag in TemplateLocale.chain(locale, fallback: nil) + [""] {
            if let found = variants.first(where: { ($0.key.isEmpty ? "" : TemplateLocale.normalized($0.key)) == tag }) {
                return found.value
            }
        }
        return nil
    }

    /// The parsed form of a source: cached, or parsed now.
    func parsed(_ source: String, path: String, line: Int, column: Int) throws(TemplateProblem) -> MustacheTemplate {
        if let cached = compiled[source] { return cached }
        return try TemplateSource.compile(source, path: path, line: line, column: column)
    }
}
