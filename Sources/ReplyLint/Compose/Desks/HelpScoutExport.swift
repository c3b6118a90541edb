/// Reads Help Scout's Mailbox API 2.0 JSON: saved replies as `GET /v2/mailboxes/{id}/saved-replies/{id}`
/// returns each (`name`, `text`), one or a list of them, as docs/templates.md describes.
enum HelpScoutExport {
    /// Whether `json` has the shape of Help Scout saved replies: objects with a `name` and a
    /// `text`, or the list endpoint's `preview`.
    static func matches(_ json: DeskJSON) -> Bool {
        let replies = json.elements ?? [json]
        return !replies.isEmpty && replies.allSatisfy { reply in
            reply["name"]?.string != nil && (reply["text"] != nil || reply["preview"] != nil) && reply["actions"] == nil
        }
    }

    static func savedReplies(_ json: DeskJSON, path: String) throws(DeskExportError) -> DeskLibrary {
        let objects = json.elements ?? [json]
        var library = DeskLibrary(desk: .helpscout, path: path, macros: [])
        for object in objects {
            guard object.members != nil else { throw fail(path, object.at, "a saved reply is \(object.kind), not an object") }
            guard let name = object["name"]?.string else {
                throw fail(path, object.at, "a saved reply has no 'name' (Help Scout requires one)")
            }
            guard let value = object["text"], !value.isNull else {
                // The list endpoint gives only the first words; the text is in each reply's own.
                let why = object["preview"] != nil
                    ? "has only a 'preview' (the list endpoint's first words), not its 'text'; export each with GET /v2/mailboxes/{id}/saved-replies/{id}"
                    : "has no 'text', so no reply text"
                throw fail(path, name.start, "saved reply '\(name.text)' \(why)")
            }
            guard let text = value.string else { throw fail(path, value.at, "saved reply '\(name.text)': text is \(value.kind), not text") }
            // The text is the HTML the editor writes (`<br />`, `<p>`); `chatText` is for chats, not mail.
            let part = DeskMacro.Part(kind: .html, field: "text", source: text, syntax: .helpScout)
            library.macros.append(DeskMacro(id: object["id"]?.text ?? name.text, title: name.text, titleAt: name.start,
                                            description: nil, language: nil, parts: [part]))
        }
        return library
    }

    private static func fail(_ path: String, _ at: DeskPosition, _ message: String) -> DeskExportError {
        DeskExportError(path: path, at: at, message: message)
    }
}
