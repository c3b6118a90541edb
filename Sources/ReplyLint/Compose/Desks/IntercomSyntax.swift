/// Intercom's placeholders: `{{first_name}}`, `{{first_name | fallback: "there"}}` (either quote),
/// and `<attribute key="user.name" default="there"/>`, the form the Macros API writes them in a
/// macro's HTML `body`. Intercom has no conditions or other filters; everything else is text.
enum IntercomSyntax {
    static func parse(_ source: String) throws(LiquidError) -> [LiquidNode] {
        let scalars = Array(source.unicodeScalars)
        var nodes: [LiquidNode] = []
        var text = String.UnicodeScalarView()
        var index = 0
        func flush() {
            if !text.isEmpty { nodes.append(.text(String(text))) }
            text = String.UnicodeScalarView()
        }
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                guard let close = scalars.firstIndex(of: ["}", "}"], from: index + 2) else {
                    throw LiquidError(offset: index, width: 2, message: "'{{' is never closed with '}}'")
                }
                flush()
                nodes.append(.output(try braces(scalars, from: index + 2, to: close, tagAt: index)))
                index = close + 2
            } else if scalars[index] == "<", hasPrefix(scalars, "<attribute", at: index),
                      index + 10 < scalars.count, scalars[index + 10].properties.isWhitespace || scalars[index + 10] == "/" {
                guard let close = scalars.firstIndex(of: [">"], from: index) else {
                    throw LiquidError(offset: index, width: 10, message: "'<attribute' is never closed with '/>'")
                }
                flush()
                nodes.append(.output(try attribute(scalars, from: index + 10, to: close, tagAt: index)))
                index = close + 1
                // `<attribute …></attribute>` as an HTML editor may write it.
                if hasPrefix(scalars, "</attribute>", at: index) { index += 12 }
            } else {
                text.append(scalars[index])
                index += 1
            }
        }
        flush()
        return nodes
    }

    /// `path` or `path | fallback: "text"` inside `{{…}}`.
    private static func braces(_ scalars: [Unicode.Scalar], from start: Int, to end: Int, tagAt: Int) throws(LiquidError) -> LiquidOutput {
        let width = end + 2 - tagAt
        var at = skipSpace(scalars, start, end)
        let nameStart = at
        // A custom attribute goes by its name in Intercom's settings, which may hold spaces ("Plan Type").
        while at < end, isNameScalar(scalars[at]) || scalars[at] == " " { at += 1 }
        while at > nameStart, scalars[at - 1] == " " { at -= 1 }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<at]))
        guard !name.isEmpty else {
            if at < end { throw LiquidError(offset: at, message: "unexpected '\(scalars[at])' where an Intercom attribute's name should be") }
            throw LiquidError(offset: tagAt, width: width, message: "an empty '{{ }}' has no attribute")
        }
        try checkName(name, at: nameStart)
        at = skipSpace(scalars, at, end)
        guard at < end else { return .placeholder(name, pathOffset: nameStart, offset: tagAt, width: width, fallback: nil) }
        guard scalars[at] == "|" else {
            throw LiquidError(offset: at, message: "expected '| fallback:' or '}}' after '\(name)', found '\(scalars[at])'")
        }
        at = skipSpace(scalars, at + 1, end)
        let filterStart = at
        while at < end, isNameScalar(scalars[at]) { at += 1 }
        let filter = String(String.UnicodeScalarView(scalars[filterStart..<at]))
        guard filter == "fallback" else {
            throw LiquidError(offset: filterStart, width: max(1, filter.unicodeScalars.count),
                              message: filter.isEmpty ? "a fallback is missing after '|'"
                                  : "'\(filter)' is not something Intercom does to an attribute; the one it has is '| fallback: \"…\"'")
        }
        at = skipSpace(scalars, at, end)
        guard at < end, scalars[at] == ":" else { throw LiquidError(offset: min(at, end), message: "expected ':' after 'fallback'") }
        at = skipSpace(scalars, at + 1, end)
        guard at < end, scalars[at] == "\"" || scalars[at] == "'" else {
            throw LiquidError(offset: min(at, end), message: "a fallback is written in quotes: fallback: \"…\"")
        }
        let quote = scalars[at]
        let valueStart = at + 1
        at = valueStart
        while at < end, scalars[at] != quote { at += 1 }
        guard at < end else { throw LiquidError(offset: valueStart - 1, message: "a quoted fallback is never closed") }
        let value = String(String.UnicodeScalarView(scalars[valueStart..<at]))
        at = skipSpace(scalars, at + 1, end)
        guard at == end else { throw LiquidError(offset: at, message: "expected '}}' after the fallback, found '\(scalars[at])'") }
        return .placeholder(name, pathOffset: nameStart, offset: tagAt, width: width, fallback: value)
    }

    /// The attributes of `<attribute key="…" default="…"/>`.
    private static func attribute(_ scalars: [Unicode.Scalar], from start: Int, to end: Int, tagAt: Int) throws(LiquidError) -> LiquidOutput {
        var at = start
        var key: (String, Int)?
        var fallback: String?
        while true {
            at = skipSpace(scalars, at, end)
            if at >= end || scalars[at] == "/" { break }
            let nameStart = at
            while at < end, scalars[at] != "=", !scalars[at].properties.isWhitespace, scalars[at] != "/" { at += 1 }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<at]))
            guard at < end, scalars[at] == "=", at + 1 < end, scalars[at + 1] == "\"" || scalars[at + 1] == "'" else {
                throw LiquidError(offset: nameStart, width: max(1, at - nameStart), message: "'\(name)' in <attribute> has no quoted value")
            }
            let quote = scalars[at + 1]
            let valueStart = at + 2
            at = valueStart
            while at < end, scalars[at] != quote { at += 1 }
            guard at < end else { throw LiquidError(offset: valueStart - 1, message: "a quoted value in <attribute> is never closed") }
            let value = HTMLEntities.decode(String(String.UnicodeScalarView(scalars[valueStart..<at])))
            switch name {
            case "key": key = (value, valueStart)
            case "default": fallback = value
            default: break   // Intercom's editor adds presentation attributes; only these two carry meaning
            }
            at += 1
        }
        guard let (name, nameAt) = key, !name.isEmpty else {
            throw LiquidError(offset: tagAt, width: end + 1 - tagAt, message: "an <attribute> has no key, so no attribute to fill in")
        }
        try checkName(name, at: nameAt)
        return .placeholder(name, pathOffset: nameAt, offset: tagAt, width: end + 1 - tagAt, fallback: fallback)
    }

    private static func checkName(_ name: String, at offset: Int) throws(LiquidError) {
        guard !name.hasPrefix("."), !name.hasSuffix("."), !name.contains(".."), name.unicodeScalars.allSatisfy({ isNameScalar($0) || $0 == " " }) else {
            throw LiquidError(offset: offset, width: name.unicodeScalars.count, message: "'\(name)' is not an attribute name")
        }
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "_" || scalar == "-" || (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
    }

    private static func skipSpace(_ scalars: [Unicode.Scalar], _ from: Int, _ end: Int) -> Int {
        var at = from
        while at < end, scalars[at].properties.isWhitespace { at += 1 }
        return at
    }

    private static func hasPrefix(_ scalars: [Unicode.Scalar], _ prefix: String, at index: Int) -> Bool {
        let wanted = Array(prefix.unicodeScalars)
        guard index + wanted.count <= scalars.count else { return false }
        return zip(scalars[index..<(index + wanted.count)], wanted).allSatisfy { String($0).lowercased() == String($1) }
    }

}
