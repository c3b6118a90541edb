/// Walks the tokens of a document, keeping the state that decides what each becomes.
struct HTMLTextReader {
    private struct List {
        let ordered: Bool
        var number: Int
        var itemIndent = ""
    }

    private var layout = HTMLTextLayout()
    private var lists: [List] = []
    private var link: (href: String, text: String)?
    private var droppedElement: String?
    private var inHead = false
    private var preDepth = 0
    /// A newline right after `<pre>` is not shown.
    private var atPreStart = false

    private static let deepestList = 16
    private static let paragraphElements: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6"]
    private static let blockElements: Set<String> = [
        "div", "table", "tr", "li", "blockquote", "ul", "ol", "pre", "hr", "section", "article", "header",
        "footer", "address", "center", "dl", "dt", "dd", "form", "fieldset", "figure", "figcaption", "main",
        "nav", "aside", "caption", "thead", "tbody", "tfoot",
    ]
    /// Elements that may appear in `<head>`; any other tag means the body has begun.
    private static let headElements: Set<String> = ["title", "style", "script", "meta", "link", "base", "noscript", "template"]

    mutating func read(_ token: HTMLToken) {
        switch token {
        case .text(let raw):
            readText(raw)
        case .startTag(let name, let attributes):
            if droppedElement != nil { return }
            if inHead, !HTMLTextReader.headElements.contains(name) { inHead = false }
            startElement(name, attributes: attributes)
        case .endTag(let name):
            if let dropped = droppedElement {
                if dropped == name { droppedElement = nil }
                return
            }
            endElement(name)
        }
    }

    mutating func finish() -> String {
        closeLink()
        return layout.finish()
    }

    private mutating func readText(_ raw: String) {
        if droppedElement != nil { return }
        if inHead {
            guard raw.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return }
            inHead = false
        }
        var text = HTMLEntities.decode(raw)
        if atPreStart {
            if text.first == "\n" || text.first == "\r\n" { text.removeFirst() }
            atPreStart = false
        }
        write(text)
    }

    private mutating func write(_ text: String) {
        link?.text += text
        if preDepth > 0 {
            layout.writePreformatted(text)
        } else {
            layout.write(text)
        }
    }

    private mutating func startElement(_ name: String, attributes: [String: String]) {
        atPreStart = false
        switch name {
        case "head": inHead = true
        case "body": inHead = false
        case _ where HTMLTokenizer.rawTextElements.contains(name): droppedElement = name
        case "br": layout.lineBreak()
        case "td", "th": layout.separateWords()
        case "img": write(HTMLEntities.decode(attributes["alt"] ?? ""))
        case "a":
            closeLink()
            if let href = attributes["href"] { link = (HTMLEntities.decode(href), "") }
        case "blockquote":
            layout.breakLine()
            layout.quoteDepth += 1
        case "ul", "ol":
            layout.breakLine()
            let start = attributes["start"].flatMap { Int($0.trimmingSpaces) } ?? 1
            lists.append(List(ordered: name == "ol", number: start))
        case "li": startItem()
        case "pre":
            layout.breakLine()
            preDepth += 1
            atPreStart = true
        case _ where HTMLTextReader.paragraphElements.contains(name): layout.breakParagraph()
        case _ where HTMLTextReader.blockElements.contains(name): layout.breakLine()
        default: break
        }
    }

    private mutating func endElement(_ name: String) {
        switch name {
        case "head": inHead = false
        case "a": closeLink()
        case "blockquote":
            layout.breakLine()
            layout.quoteDepth = max(layout.quoteDepth - 1, 0)
        case "ul", "ol":
            _ = lists.popLast()
            layout.itemIndent = lists.last?.itemIndent ?? ""
            // A nested list ends inside its parent item; only the outermost ends a paragraph.
            if lists.isEmpty { layout.breakParagraph() } else { layout.breakLine() }
        case "pre":
            layout.breakLine()
            preDepth = max(preDepth - 1, 0)
        case _ where HTMLTextReader.paragraphElements.contains(name): layout.breakParagraph()
        case _ where HTMLTextReader.blockElements.contains(name): layout.breakLine()
        default: break
        }
    }

    /// `- ` or `N. `, indented two spaces per enclosing list (up to a limit, for the same
    /// reason as quote depth); an `<li>` outside any list is a bullet.
    private mutating func startItem() {
        let indent = String(repeating: "  ", count: min(max(lists.count - 1, 0), HTMLTextReader.deepestList))
        var marker = "- "
        if var list = lists.popLast() {
            if list.ordered {
                marker = "\(list.number). "
                list.number += 1
            }
            list.itemIndent = indent + String(repeating: " ", count: marker.count)
            lists.append(list)
        }
        layout.itemIndent = lists.last?.itemIndent ?? ""
        layout.startItem(marker: indent + marker)
    }

    /// Writes the link target after its text, unless the text already is the target.
    private mutating func closeLink() {
        guard let (rawHref, text) = link else { return }
        link = nil
        let href = String(rawHref.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard !href.isEmpty, !href.hasPrefix("#") else { return }
        let shown = text.trimmingSpaces
        if shown.isEmpty {
            layout.write(href)
        } else if HTMLTextReader.comparableTarget(shown) != HTMLTextReader.comparableTarget(href) {
            layout.write(" <\(href)>")
        }
    }

    /// `https://example.com/`, `example.com` and `mailto:help@example.com` vs `help@example.com`
    /// name the same target.
    private static func comparableTarget(_ target: String) -> String {
        var text = Substring(target.lowercased())
        for scheme in ["mailto:", "https://", "http://"] where text.hasPrefix(scheme) {
            text = text.dropFirst(scheme.count)
        }
        if text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}

private extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        let isSpace = { (scalar: Unicode.Scalar) in scalar.value <= 0x20 }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
