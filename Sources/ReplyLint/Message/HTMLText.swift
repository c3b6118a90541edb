/// Converts an HTML body to the plain text a reader sees: paragraphs and `<br>` become
/// line breaks, list items become `- item` / `1. item` lines, a link keeps its target
/// as `text <https://...>`, scripts and styles vanish, entities are decoded.
///
/// Quoted originals (`<blockquote>`) come out with `> ` prefixes, so they are recognised
/// as quotes exactly as in a plain-text reply. Tolerant of broken markup: an unknown tag
/// is ignored, and a tag or comment that never closes does not hide the text after it.
enum HTMLText {
    static func text(from html: String) -> String {
        var reader = HTMLTextReader()
        var tokenizer = HTMLTokenizer(html)
        while let token = tokenizer.next() {
            reader.read(token)
        }
        return reader.finish()
    }
}
