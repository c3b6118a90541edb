/// One piece of an HTML document, as far as text extraction cares. Text is raw: entities
/// are decoded by the reader, so `&lt;` can never open a tag.
enum HTMLToken: Equatable {
    case text(String)
    case startTag(String, attributes: [String: String])
    case endTag(String)
}

/// Splits HTML into tags and text the way a forgiving browser would: comments, doctypes
/// and processing instructions vanish; a `<` that cannot start a tag, or a tag that never
/// closes, is plain text, so broken markup never swallows the rest of the message.
struct HTMLTokenizer: IteratorProtocol {
    private let bytes: [UInt8]
    private var index = 0
    /// Set after a `<script>`, `<style>` or `<title>` start tag: their content is raw text up
    /// to the matching end tag.
    private var rawTextElement: [UInt8]?
    /// Where the last `>` is: past it no tag can close, so there is nothing to look for.
    private let lastGreaterThan: Int
    /// Once a comment ran to the end without `-->`, no later one can find it either.
    private var commentEndMissing = false
    /// Once an attribute quote ran to the end of input, later tags end at their first `>`
    /// without honouring quotes; retrying the long scan for every tag would be quadratic.
    private var quotesUnreliable = false

    static let rawTextElements: Set<String> = ["script", "style", "title"]

    init(_ html: String) {
        bytes = Array(html.utf8)
        lastGreaterThan = bytes.lastIndex(of: HTMLByte.greaterThan) ?? -1
    }

    mutating func next() -> HTMLToken? {
        while index < bytes.count {
            if let name = rawTextElement {
                rawTextElement = nil
                return rawText(closedBy: name)
            }
            if bytes[index] == HTMLByte.lessThan {
                switch markup() {
                case .token(let token): return token
                case .skipped: continue
                case .notMarkup: break
                }
            }
            return text()
        }
        return nil
    }

    private enum Markup {
        case token(HTMLToken)
        case skipped
        case notMarkup
    }

    /// Text up to the next `<` (always at least one byte, so a literal `<` moves on).
    private mutating func text() -> HTMLToken {
        let start = index
        index += 1
        while index < bytes.count, bytes[index] != HTMLByte.lessThan { index += 1 }
        return .text(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func rawText(closedBy name: [UInt8]) -> HTMLToken {
        let start = index
        let closer = [HTMLByte.lessThan, HTMLByte.slash] + name
        var cursor = index
        while cursor < bytes.count {
            if bytes[cursor] == HTMLByte.lessThan, hasPrefix(closer, at: cursor),
               !HTMLByte.isNameCharacter(byte(at: cursor + closer.count)) {
                break
            }
            cursor += 1
        }
        index = cursor
        return .text(String(decoding: bytes[start..<cursor], as: UTF8.self))
    }

    /// Reads the markup at a `<`.
    private mutating func markup() -> Markup {
        let next = byte(at: index + 1)
        if hasPrefix(Array("<!--".utf8), at: index) {
            skipComment()
            return .skipped
        }
        if next == HTMLByte.bang || next == HTMLByte.question {
            guard let close = firstIndex(of: HTMLByte.greaterThan, from: index + 2) else { return .notMarkup }
            index = close + 1
            return .skipped
        }
        if next == HTMLByte.slash, HTMLByte.isLetter(byte(at: index + 2)) {
            guard let close = firstIndex(of: HTMLByte.greaterThan, from: index + 2) else { return .notMarkup }
            let name = tagName(from: index + 2, to: close)
            index = close + 1
            return .token(.endTag(name))
        }
        guard HTMLByte.isLetter(next) else { return .notMarkup }
        return startTag()
    }

    /// A comment ends at `-->`; an unterminated one at the next `>`, or only `<!--` is dropped.
    private mutating func skipComment() {
        let terminator = Array("-->".utf8)
        var cursor = index + 2
        while !commentEndMissing, cursor < bytes.count {
            if hasPrefix(terminator, at: cursor) {
                index = cursor + terminator.count
                return
            }
            cursor += 1
        }
        commentEndMissing = true
        index = firstIndex(of: HTMLByte.greaterThan, from: index + 4).map { $0 + 1 } ?? index + 4
    }

    private mutating func startTag() -> Markup {
        // An attribute quote that never closes would hide the `>`; then the first `>` ends the tag.
        guard index < lastGreaterThan else { return .notMarkup }
        var attributes = HTMLAttributeReader(bytes: bytes, start: index + 1, end: bytes.count)
        if quotesUnreliable || attributes.read() == nil {
            quotesUnreliable = true
            guard let close = firstIndex(of: HTMLByte.greaterThan, from: index + 1) else { return .notMarkup }
            attributes = HTMLAttributeReader(bytes: bytes, start: index + 1, end: close)
            _ = attributes.read()
        }
        guard let close = attributes.closeIndex else { return .notMarkup }
        index = close + 1
        if HTMLTokenizer.rawTextElements.contains(attributes.name) {
            rawTextElement = Array(attributes.name.utf8)
        }
        return .token(.startTag(attributes.name, attributes: attributes.values))
    }

    private func tagName(from start: Int, to end: Int) -> String {
        var cursor = start
        while cursor < end, HTMLByte.isNameCharacter(bytes[cursor]) { cursor += 1 }
        return String(decoding: bytes[start..<cursor], as: UTF8.self).lowercased()
    }

    private func byte(at position: Int) -> UInt8 {
        position >= 0 && position < bytes.count ? bytes[position] : 0
    }

    private func hasPrefix(_ prefix: [UInt8], at position: Int) -> Bool {
        guard position >= 0, position + prefix.count <= bytes.count else { return false }
        for (offset, expected) in prefix.enumerated() where HTMLByte.lowercased(bytes[position + offset]) != expected {
            return false
        }
        return true
    }

    private func firstIndex(of target: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, target != HTMLByte.greaterThan || start <= lastGreaterThan else { return nil }
        return bytes[max(start, 0)...].firstIndex(of: target)
    }
}
