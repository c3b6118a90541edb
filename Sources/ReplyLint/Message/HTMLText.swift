/// Converts an HTML body to the plain text a reader sees: paragraphs and `<br>` become
/// line breaks, list items become `- item` / `1. item` lines, a link keeps its target
/// as `text <https://...>`, scripts and styles vanish, entities are decoded.
enum HTMLText {
    static func text(from html: String) -> String {
        // STUB: replaced by the body-decoders change.
        html
    }
}
