/// Reads Gorgias's API JSON: the macros list (`GET /api/macros`: `{"data": [...], "object": "list"}`)
/// or one macro (`GET /api/macros/{id}`), as docs/templates.md describes.
enum GorgiasExport {
    /// Action names Gorgias documents for macros; any other is refused, since a misspelt
    /// `setResponseText` would silently drop the reply text.
    static let actionNames: Set<String> = [
        "setResponseText", "addInternalNote", "addTags", "removeTags", "setTags", "setStatus", "setAssignee",
        "setTeamAssignee", "setSubject", "setPriority", "setCustomFieldValue", "snoozeTicket", "forwardByEmail",
        "http", "excludeFromAutoMerge", "excludeFromCSAT", "applyExternalTemplate", "addAttachments", "shopifyAction",
    ]

    /// Whether `json` has the shape of a Gorgias macros export.
    static func matches(_ json: DeskJSON) -> Bool {
        let macros = json["data"]?.elements ?? [json]
        return macros.contains { macro in
            macro["actions"]?.elements?.contains { $0["name"] != nil && $0["arguments"] != nil } == true
        }
    }

    static func macros(_ json: DeskJSON, path: String) throws(DeskExportError) -> DeskLibrary {
        let objects: [DeskJSON]
        if let page = json["data"] {
            guard let elements = page.elements else { throw fail(path, page.at, "'data' is \(page.kind); Gorgias's export holds a list of macros there") }
            objects = elements
        } else if json["actions"] != nil {
            objects = [json]
        } else {
            throw fail(path, json.at, "not a Gorgias macros export: expected {\"data\": [...]} as the macros API returns, or one macro")
        }
        var library = DeskLibrary(desk: .gorgias, path: path, macros: [])
        for object in objects {
            if let macro = try macro(object, path: path) { library.macros.append(macro) } else { library.skipped += 1 }
        }
        return library
    }

    private static func macro(_ object: DeskJSON, path: String) throws(DeskExportError) -> DeskMacro? {
        guard object.members != nil else { throw fail(path, object.at, "a macro is \(object.kind), not an object") }
        guard let title = object["name"]?.string else { throw fail(path, object.at, "a macro has no 'name' (Gorgias requires one)") }
        let name = title.text
        guard let actions = object["actions"] else { throw fail(path, title.start, "macro '\(name)' has no 'actions', so no reply text") }
        guard let list = actions.elements else { throw fail(path, actions.at, "macro '\(name)': 'actions' is \(actions.kind), not a list") }
        var parts: [DeskMacro.Part] = []
        for action in list {
            guard let actionName = action["name"]?.string else { throw fail(path, action.at, "macro '\(name)': an action has no 'name'") }
            guard actionNames.contains(actionName.text) else {
                throw fail(path, actionName.start, "macro '\(name)': an action of unknown name '\(actionName.text)' (the reply text is setResponseText)")
            }
            let arguments = action["arguments"]
            switch actionName.text {
            case "setResponseText":
                guard let arguments, arguments.members != nil else {
                    throw fail(path, action.at, "macro '\(name)': its setResponseText action has no 'arguments'")
                }
                for (field, kind) in [("body_text", DeskMacro.PartKind.text), ("body_html", .html)] {
                    guard let value = arguments[field], !value.isNull else { continue }
                    guard let text = value.string else { throw fail(path, value.at, "macro '\(name)': \(field) is \(value.kind), not text") }
                    parts.append(DeskMacro.Part(kind: kind, field: field, source: text))
                }
                guard parts.contains(where: { $0.kind != .subject }) else {
                    throw fail(path, arguments.at, "macro '\(name)': its setResponseText action has neither body_text nor body_html")
                }
            case "setSubject":
                if let subject = arguments?["subject"]?.string { parts.append(DeskMacro.Part(kind: .subject, field: "subject", source: subject)) }
            default:
                continue
            }
        }
        guard parts.contains(where: { $0.kind != .subject }) else { return nil }
        let language = object["language"]?.string?.text
        return DeskMacro(id: object["id"]?.text ?? name, title: name, titleAt: title.start, description: object["intent"]?.string?.text,
                         language: language.flatMap { $0.isEmpty ? nil : $0 }, parts: parts)
    }

    private static func fail(_ path: String, _ at: DeskPosition, _ message: String) -> DeskExportError {
        DeskExportError(path: path, at: at, message: message)
    }
}
