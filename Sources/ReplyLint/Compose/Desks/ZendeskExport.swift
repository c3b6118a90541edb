/// Reads Zendesk's API JSON: macros (`GET /api/v2/macros`: `{"macros": [...]}` or one
/// `{"macro": {...}}`), dynamic content (`GET /api/v2/dynamic_content/items`) and locales
/// (`GET /api/v2/locales`), as docs/templates.md describes.
enum ZendeskExport {
    /// Action fields Zendesk documents for macros; an action of any other field is refused,
    /// since a misspelt `comment_value` would silently drop the reply text.
    static let actionFields: Set<String> = [
        "status", "type", "priority", "group_id", "assignee_id", "set_tags", "current_tags", "remove_tags",
        "custom_status_id", "ticket_form_id", "follower", "share_ticket", "brand_id", "cc", "comment_value",
        "comment_value_html", "comment_mode_is_public", "subject", "satisfaction_score", "requester_id",
        "side_conversation", "side_conversation_slack", "side_conversation_ticket",
    ]

    /// Locale ids Zendesk's own documentation shows; others come from a locales export.
    static let knownLocales = ["1": "en-US", "8": "de"]

    static func macros(_ json: DeskJSON, path: String) throws(DeskExportError) -> DeskLibrary {
        let objects: [DeskJSON]
        if let page = json["macros"] {
            guard let elements = page.elements else { throw fail(path, page.at, "'macros' is \(page.kind); Zendesk's export holds a list of macros there") }
            objects = elements
        } else if let one = json["macro"] {
            objects = [one]
        } else {
            throw fail(path, json.at, "not a Zendesk macros export: expected {\"macros\": [...]} or {\"macro\": {...}} as the macros API returns")
        }
        var library = DeskLibrary(desk: .zendesk, path: path, macros: [])
        for object in objects {
            if let macro = try macro(object, path: path) { library.macros.append(macro) } else { library.skipped += 1 }
        }
        return library
    }

    /// One macro; nil for one that only sets ticket fields.
    private static func macro(_ object: DeskJSON, path: String) throws(DeskExportError) -> DeskMacro? {
        guard object.members != nil else { throw fail(path, object.at, "a macro is \(object.kind), not an object") }
        guard let title = object["title"]?.string else {
            throw fail(path, object.at, "a macro has no 'title' (Zendesk requires one)")
        }
        let name = title.text
        guard let actions = object["actions"] else { throw fail(path, title.start, "macro '\(name)' has no 'actions', so no reply text") }
        guard let list = actions.elements else { throw fail(path, actions.at, "macro '\(name)': 'actions' is \(actions.kind), not a list") }
        var parts: [DeskMacro.Part] = []
        for action in list {
            guard let field = action["field"]?.string else {
                throw fail(path, action.at, "macro '\(name)': an action has no 'field'")
            }
            let known = actionFields.contains(field.text) || field.text.hasPrefix("custom_fields_")
            guard known else {
                throw fail(path, field.start, "macro '\(name)': an action of unknown field '\(field.text)' (reply text is comment_value, comment_value_html or subject)")
            }
            let kind: DeskMacro.PartKind? = switch field.text {
            case "comment_value": .text
            case "comment_value_html": .html
            case "subject": .subject
            default: nil
            }
            guard let kind else { continue }
            guard let value = action["value"], let text = Self.text(value) else {
                throw fail(path, action["value"]?.at ?? action.at, "macro '\(name)': its \(field.text) action has no text")
            }
            parts.append(DeskMacro.Part(kind: kind, field: field.text, source: text))
        }
        guard parts.contains(where: { $0.kind != .subject }) else { return nil }
        let id = object["id"]?.text ?? name
        return DeskMacro(id: id, title: name, titleAt: title.start, description: object["description"]?.string?.text,
                         language: nil, parts: parts)
    }

    /// A comment's text: a string, or Zendesk's `["channel:all", "text"]` pair.
    private static func text(_ value: DeskJSON) -> DeskString? {
        if let string = value.string { return string }
        return value.elements?.last?.string
    }

    /// Dynamic-content items: `{"items": [...]}` or one `{"item": {...}}`; locale ids named
    /// through `locales` (id → code).
    static func dynamicContent(_ json: DeskJSON, path: String, locales: [String: String]) throws(DeskExportError) -> [DeskDynamicContent] {
        let objects: [DeskJSON]
        if let items = json["items"]?.elements {
            objects = items
        } else if let one = json["item"], one.members != nil {
            objects = [one]
        } else {
            throw fail(path, json.at, "not a Zendesk dynamic-content export: expected {\"items\": [...]} as the dynamic content API returns")
        }
        var items: [DeskDynamicContent] = []
        for object in objects {
            guard let nameValue = object["name"]?.string else { throw fail(path, object.at, "a dynamic-content item has no 'name'") }
            // The placeholder (`{{dc.refund_policy}}`) is the name the macros use.
            var name = nameValue.text
            var nameAt = nameValue.start
            if let placeholder = object["placeholder"]?.string {
                let inner = placeholder.text.strippingCharacters("{} ")
                if inner.hasPrefix("dc.") { (name, nameAt) = (String(inner.dropFirst(3)), placeholder.start) }
            }
            let defaultID = object["default_locale_id"]?.text
            var variants: [DeskDynamicContent.Variant] = []
            for variant in object["variants"]?.elements ?? [] {
                guard let content = variant["content"]?.string else {
                    throw fail(path, variant.at, "a variant of dynamic content '\(name)' has no 'content'")
                }
                if case .bool(false)? = variant["active"]?.value { continue }
                let id = variant["locale_id"]?.text ?? ""
                let locale = locales[id] ?? knownLocales[id] ?? "locale \(id)"
                var isDefault = false
                if case .bool(true)? = variant["default"]?.value { isDefault = true }
                if let defaultID, defaultID == id { isDefault = true }
                variants.append(DeskDynamicContent.Variant(locale: locale, isDefault: isDefault, source: content))
            }
            items.append(DeskDynamicContent(name: name, nameAt: nameAt, variants: variants))
        }
        return items
    }

    /// `{"locales": [{"id": 1, "locale": "en-US"}, ...]}` → id → code.
    static func locales(_ json: DeskJSON, path: String) throws(DeskExportError) -> [String: String] {
        guard let list = json["locales"]?.elements else {
            throw fail(path, json.at, "not a Zendesk locales export: expected {\"locales\": [...]} as the locales API returns")
        }
        var result: [String: String] = [:]
        for entry in list {
            guard let id = entry["id"]?.text, let code = entry["locale"]?.string?.text else {
                throw fail(path, entry.at, "a locale needs an 'id' and a 'locale'")
            }
            result[id] = code
        }
        return result
    }

    private static func fail(_ path: String, _ at: DeskPosition, _ message: String) -> DeskExportError {
        DeskExportError(path: path, at: at, message: message)
    }
}
