/// Every tag a template reaches, through its partials too, placed in the template's own file:
/// a tag inside a partial is placed at the `{{> partial}}` that brings it in.
struct TemplateUsage: Sendable {
    struct Use: Sendable, Equatable {
        var tag: MustacheTag
        /// In the template file.
        var position: TemplatePosition
        /// The partials the tag came through, outermost first; empty for the template's own tags.
        var via: [String]
        /// The `{{#x}}` sections around the tag, those around the partials included.
        var guards: [String]
    }

    var uses: [Use] = []
    /// Partial tags with no variant for the template's locale.
    var missingPartials: [Use] = []
    /// Partial tags that include a partial already being included: rendering would never end.
    var recursivePartials: [Use] = []

    init(_ template: Template, library: TemplateLibrary) {
        for header in template.headers {
            collect(header.value, library: library, locale: template.locale, via: [], guards: []) { tag in
                TemplatePosition(line: header.line, column: tag.line == 1 ? header.column + tag.column - 1 : tag.column)
            }
        }
        collect(template.body, library: library, locale: template.locale, via: [], guards: []) { tag in
            TemplatePosition(line: template.bodyLine + tag.line - 1, column: tag.column, width: tag.width)
        }
    }

    var variables: [Use] { uses.filter { $0.tag.kind == .variable } }

    /// Names used by any tag, sections included.
    var names: Set<String> { Set(uses.filter { $0.tag.kind != .partial }.map(\.tag.name)) }

    private mutating func collect(_ source: String, library: TemplateLibrary, locale: String, via: [String],
                                  guards: [String], place: (MustacheTag) -> TemplatePosition) {
        for tag in MustacheTag.scan(source) {
            let use = Use(tag: tag, position: place(tag), via: via, guards: guards + tag.guards)
            uses.append(use)
            guard tag.kind == .partial else { continue }
            // A partial that includes itself would render for ever (values are strings, so no section
            // runs out of items to stop it).
            guard !via.contains(tag.name), via.count < 16 else {
                recursivePartials.append(use)
                continue
            }
            guard let partial = library.partial(tag.name, locale: locale) else {
                missingPartials.append(use)
                continue
            }
            let at = use.position
            collect(partial, library: library, locale: locale, via: via + [tag.name], guards: use.guards) { _ in at }
        }
    }
}
