/// One canned reply read from a desk's export, whatever the desk: its parts as the desk's
/// template source, each placed in the export file.
struct DeskMacro: Sendable {
    enum PartKind: String, Sendable {
        case subject
        /// Plain text.
        case text
        /// HTML, read through the same HTML-to-text path as drafts.
        case html
    }

    struct Part: Sendable {
        var kind: PartKind
        /// The field it came from (`comment_value_html`), for messages.
        var field: String
        var source: DeskString
        /// The placeholder language it is written in.
        var syntax: DeskSyntax = .liquid
    }

    /// The desk's id (a number for Zendesk), else the title.
    var id: String
    var title: String
    /// Where the macro's title is written: findings about the macro as a whole go there.
    var titleAt: DeskPosition
    var description: String?
    /// The macro's language when the desk records one.
    var language: String?
    var parts: [Part]
    /// The file the macro is in, when it is not the export's (a folder of template files).
    var path: String?

    var subject: Part? { parts.first { $0.kind == .subject } }
    /// The reply body: the HTML one when both are given (the desk sends it).
    var body: Part? { parts.first { $0.kind == .html } ?? parts.first { $0.kind == .text } }
}

/// A dynamic-content item (Zendesk `{{dc.name}}`): its text per locale.
struct DeskDynamicContent: Sendable {
    struct Variant: Sendable {
        /// The locale (`en-US`, `el`), or `locale <id>` when the locales export does not name it.
        var locale: String
        var isDefault: Bool
        var source: DeskString
    }

    var name: String
    var nameAt: DeskPosition
    var variants: [Variant]

    var defaultVariant: Variant? { variants.first(where: \.isDefault) ?? variants.first }

    /// The variant for `language` (`el` matches `el` and `el-GR`), else the default, as the desk picks.
    func variant(for language: String?) -> Variant? {
        guard let language else { return defaultVariant }
        return variants.first { TemplateLocale.language($0.locale) == language } ?? defaultVariant
    }
}

/// Everything read from one export (and the files given beside it).
struct DeskLibrary: Sendable {
    var desk: DeskSource
    var path: String
    var macros: [DeskMacro]
    /// Macros that set ticket fields only (no reply text): not canned replies, left out.
    var skipped: Int = 0
    var dynamicContentPath: String?
    var dynamicContent: [DeskDynamicContent] = []
}
