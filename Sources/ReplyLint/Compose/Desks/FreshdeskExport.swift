/// Reads Freshdesk's API JSON: canned responses (`GET /api/v2/canned_response_folders/{id}/responses`,
/// a list; or one `GET /api/v2/canned_responses/{id}`), as docs/templates.md describes.
enum FreshdeskExport {
    /// Whether `json` has the shape of a Freshdesk canned-responses export.
    static func matches(_ json: DeskJSON) -> Bool {
        let responses = json.elements ?? [json]
        return !responses.isEmpty && responses.allSatisfy { $0["title"] != nil && ($0["content_html"] != nil || $0["content"] != nil) }
    }

    static func responses(_ json: DeskJSON, path: String) throws(DeskExportError) -> DeskLibrary {
        let objects = json.elements ?? [json]
        var library = DeskLibrary(desk: .freshdesk, path: path, macros: [])
        for object in objects {
            guard object.members != nil else { throw fail(path, object.at, "a canned response is \(object.kind), not an object") }
            guard let title = object["title"]?.string else {
                throw fail(path, object.at, "a canned response has no 'title' (Freshdesk requires one)")
            }
            // Freshdesk sends what the agent edits, the HTML; `content` is only its text, read
            // when there is no HTML.
            var parts: [DeskMacro.Part] = []
            for (field, kind) in [("content_html", DeskMacro.PartKind.html), ("content", .text)] where parts.isEmpty {
                guard let value = object[field], !value.isNull else { continue }
                guard let text = value.string else { throw fail(path, value.at, "canned response '\(title.text)': \(field) is \(value.kind), not text") }
                parts.append(DeskMacro.Part(kind: kind, field: field, source: text))
            }
            guard !parts.isEmpty else {
                throw fail(path, title.start, "canned response '\(title.text)' has neither content_html nor content, so no reply text")
            }
            library.macros.append(DeskMacro(id: object["id"]?.text ?? title.text, title: title.text, titleAt: title.start,
                                            description: nil, language: nil, parts: parts))
        }
        return library
    }

    private static func fail(_ path: String, _ at: DeskPosition, _ message: String) -> DeskExportError {
        DeskExportError(path: path, at: at, message: message)
    }
}
