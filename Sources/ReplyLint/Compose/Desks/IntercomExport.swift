/// Reads Intercom's Macros API JSON: the list (`GET /macros`: `{"type": "list", "data": [...], "pages": …}`)
/// or one macro (`GET /macros/{id}`: `{"type": "macro", …}`), as docs/templates.md describes.
enum IntercomExport {
    /// Whether `json` has the shape of an Intercom macros export.
    static func matches(_ json: DeskJSON) -> Bool {
        if json["type"]?.string?.text == "macro" { return true }
        let macros = json["data"]?.elements ?? json.elements ?? []
        return !macros.isEmpty && macros.allSatisfy { $0["type"]?.string?.text == "macro" }
    }

    static func macros(_ json: DeskJSON, path: String) throws(DeskExportError) -> DeskLibrary {
        let objects: [DeskJSON]
        if json["type"]?.string?.text == "macro" {
            objects = [json]
        } else if let data = json["data"] {
            guard let elements = data.elements else { throw fail(path, data.at, "'data' is \(data.kind); Intercom's list holds the macros there") }
            objects = elements
        } else if let elements = json.elements {
            objects = elements
        } else {
            throw fail(path, json.at, "not an Intercom macros export: expected {\"type\": \"list\", \"data\": [...]} as the Macros API returns, or one macro")
        }
        var library = DeskLibrary(desk: .intercom, path: path, macros: [])
        for object in objects {
            guard object.members != nil else { throw fail(path, object.at, "a macro is \(object.kind), not an object") }
            guard let name = object["name"]?.string else { throw fail(path, object.at, "a macro has no 'name' (Intercom requires one)") }
            // `body` is what the teammate edits, as HTML; `body_text` its text, read when there is no HTML.
            var parts: [DeskMacro.Part] = []
            for (field, kind) in [("body", DeskMacro.PartKind.html), ("body_text", .text)] where parts.isEmpty {
                guard let value = object[field], !value.isNull else { continue }
                guard let text = value.string else { throw fail(path, value.at, "macro '\(name.text)': \(field) is \(value.kind), not text") }
                parts.append(DeskMacro.Part(kind: kind, field: field, source: text, syntax: .intercom))
            }
            guard !parts.isEmpty else { throw fail(path, name.start, "macro '\(name.text)' has neither body nor body_text, so no reply text") }
            library.macros.append(DeskMacro(id: object["id"]?.text ?? name.text, title: name.text, titleAt: name.start,
                                            description: nil, language: nil, parts: parts))
        }
        return library
    }

    private static func fail(_ path: String, _ at: DeskPosition, _ message: String) -> DeskExportError {
        DeskExportError(path: path, at: at, message: message)
    }
}
