/// One Mustache tag found by `MustacheTag.scan`: what it is, its name and where it starts.
struct MustacheTag: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `{{x}}`, `{{{x}}}`, `{{&x}}`.
        case variable
        /// `{{#x}}`.
        case section
        /// `{{^x}}`.
        case invertedSection
        /// `{{> p}}`.
        case partial
    }

    var kind: Kind
    /// The value's name: the first part of a dotted name, the argument of a transform.
    var name: String
    /// 1-based, in the scanned text.
    var line: Int
    var column: Int
    /// Columns from the tag's opening delimiter to past its closing one, on its first line.
    var width = 1
    /// Names of the `{{#x}}` sections around the tag, outermost first (inverted ones not included:
    /// inside `{{^x}}`, `x` is absent).
    var guards: [String]

    /// Lists the tags of a Mustache source in order. Never throws: text that is not a tag is skipped,
    /// since the parser reports syntax errors.
    static func scan(_ source: String) -> [MustacheTag] {
        var scanner = MustacheTagScanner(Array(source.unicodeScalars))
        return scanner.run()
    }

    /// The `{{#x}}` and `{{^x}}` tags that are never closed, outermost first.
    static func unclosedSections(_ source: String) -> [MustacheTag] {
        var scanner = MustacheTagScanner(Array(source.unicodeScalars))
        _ = scanner.run()
        return scanner.sections.map(\.tag)
    }

    /// Where a tag opens that never closes, as 1-based line and column.
    static func unclosedTag(_ source: String) -> (line: Int, column: Int)? {
        var scanner = MustacheTagScanner(Array(source.unicodeScalars))
        _ = scanner.run()
        return scanner.unclosedTag
    }
}

/// A small reader over unicode scalars that follows `{{=<% %>=}}` delimiter changes.
private struct MustacheTagScanner {
    let text: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1
    var open: [Unicode.Scalar] = Array("{{".unicodeScalars)
    var close: [Unicode.Scalar] = Array("}}".unicodeScalars)
    /// Open sections, innermost last.
    var sections: [(name: String, guards: Bool, tag: MustacheTag)] = []
    var tags: [MustacheTag] = []
    var unclosedTag: (line: Int, column: Int)?

    init(_ text: [Unicode.Scalar]) { self.text = text }

    mutating func run() -> [MustacheTag] {
        while index < text.count {
            guard starts(with: open) else { advance(1); continue }
            let (tagLine, tagColumn) = (line, column)
            advance(open.count)
            let triple = open == Array("{{".unicodeScalars) && index < text.count && text[index] == "{"
            if triple { advance(1) }
            guard let end = find(close) else {
                unclosedTag = (tagLine, tagColumn)
                return tags
            }
            var content = String(String.UnicodeScalarView(text[index..<end]))
            advance(end - index + close.count)
            if triple, index < text.count, text[index] == "}" { advance(1) }
            content = String(content.trimmingWhitespace)
            let before = tags.count
            record(content, triple: triple, line: tagLine, column: tagColumn)
            if tags.count > before, line == tagLine { tags[tags.count - 1].width = column - tagColumn }
        }
        return tags
    }

    private mutating func record(_ content: String, triple: Bool, line: Int, column: Int) {
        let sigil = triple ? nil : content.unicodeScalars.first
        let rest = String(String(content.unicodeScalars.dropFirst()).trimmingWhitespace)
        let guards = sections.filter(\.guards).map(\.name)
        switch sigil {
        case "#", "^":
            let name = Self.valueName(rest)
            let tag = MustacheTag(kind: sigil == "#" ? .section : .invertedSection, name: name, line: line,
                                  column: column, guards: guards)
            tags.append(tag)
            sections.append((name, sigil == "#", tag))
        case "/":
            let name = Self.valueName(rest)
            if let last = sections.lastIndex(where: { $0.name == name }) { sections.removeSubrange(last...) }
        case ">":
            // `{{>*name}}` picks the partial from a value at render time: nothing to check.
            guard !rest.hasPrefix("*"), !rest.isEmpty else { return }
            tags.append(MustacheTag(kind: .partial, name: rest, line: line, column: column, guards: guards))
        case "=":
            setDelimiters(rest)
        case "!", "%", "<", "$":
            return
        default:
            let name = Self.valueName(sigil == "&" ? rest : content)
            guard !name.isEmpty, name != "." else { return }
            tags.append(MustacheTag(kind: .variable, name: name, line: line, column: column, guards: guards))
        }
    }

    private mutating func setDelimiters(_ content: String) {
        guard content.hasSuffix("=") else { return }
        let parts = content.dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2 else { return }
        open = Array(parts[0].unicodeScalars)
        close = Array(parts[1].unicodeScalars)
    }

    /// `order.id` → `order`; `uppercased(name)` → `name`.
    private static func valueName(_ tag: String) -> String {
        var name = Substring(tag)
        if let paren = name.lastIndex(of: "(") { name = name[name.index(after: paren)...] }
        name = name.prefix { $0 != ")" }
        if name == "." { return "." }
        return String(name.split(separator: ".", omittingEmptySubsequences: true).first ?? "")
    }

    private func starts(with marker: [Unicode.Scalar]) -> Bool {
        guard !marker.isEmpty, index + marker.count <= text.count else { return false }
        return text[index..<index + marker.count].elementsEqual(marker)
    }

    private func find(_ marker: [Unicode.Scalar]) -> Int? {
        guard !marker.isEmpty, marker.count <= text.count else { return nil }
        var at = index
        while at + marker.count <= text.count {
            if text[at..<at + marker.count].elementsEqual(marker) { return at }
            at += 1
        }
        return nil
    }

    private mutating func advance(_ count: Int) {
        for _ in 0..<count where index < text.count {
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
    }
}
