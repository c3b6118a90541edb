/// Help Scout's variables: `{%customer.firstName%}`, `{%customer.firstName,fallback=there%}`.
/// Help Scout has no conditions or filters; everything outside `{%…%}` is text.
enum HelpScoutSyntax {
    static func parse(_ source: String) throws(LiquidError) -> [LiquidNode] {
        let scalars = Array(source.unicodeScalars)
        var nodes: [LiquidNode] = []
        var text = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "%" else {
                text.append(scalars[index])
                index += 1
                continue
            }
            var end = index + 2
            while end + 1 < scalars.count, !(scalars[end] == "%" && scalars[end + 1] == "}") {
                if scalars[end] == "{" && scalars[end + 1] == "%" { break }
                end += 1
            }
            guard end + 1 < scalars.count, scalars[end] == "%", scalars[end + 1] == "}" else {
                throw LiquidError(offset: index, width: 2, message: "'{%' is never closed with '%}'")
            }
            if !text.isEmpty { nodes.append(.text(String(text))) }
            text = String.UnicodeScalarView()
            nodes.append(.output(try variable(scalars, from: index + 2, to: end, tagAt: index)))
            index = end + 2
        }
        if !text.isEmpty { nodes.append(.text(String(text))) }
        return nodes
    }

    /// The inside of one `{%…%}`: a dotted name, then `,fallback=text` at most once.
    private static func variable(_ scalars: [Unicode.Scalar], from start: Int, to end: Int, tagAt: Int) throws(LiquidError) -> LiquidOutput {
        let width = end + 2 - tagAt
        var at = start
        while at < end, scalars[at].properties.isWhitespace { at += 1 }
        let nameStart = at
        while at < end, isNameScalar(scalars[at]) { at += 1 }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<at]))
        guard !name.isEmpty else {
            if at < end, !scalars[at].properties.isWhitespace {
                throw LiquidError(offset: at, message: "unexpected '\(scalars[at])' where a Help Scout variable's name should be")
            }
            throw LiquidError(offset: tagAt, width: width, message: "an empty '{%%}' has no variable")
        }
        guard !name.hasPrefix("."), !name.hasSuffix("."), !name.contains("..") else {
            throw LiquidError(offset: nameStart, width: name.unicodeScalars.count, message: "'\(name)' is not a variable name (a dot at its start or end, or two together)")
        }
        var fallback: String?
        while at < end, scalars[at].properties.isWhitespace { at += 1 }
        if at < end {
            guard scalars[at] == "," else {
                throw LiquidError(offset: at, message: "expected ',fallback=' or '%}' after '\(name)', found '\(scalars[at])'")
            }
            let optionStart = at + 1
            var equals = optionStart
            while equals < end, scalars[equals] != "=" { equals += 1 }
            let option = String(String.UnicodeScalarView(scalars[optionStart..<equals])).strippingCharacters(" \t")
            guard option == "fallback", equals < end else {
                throw LiquidError(offset: optionStart, width: max(1, equals - optionStart),
                                  message: "'\(option)' is not an option of a Help Scout variable; the one there is is fallback= (\(name),fallback=…)")
            }
            let value = String(String.UnicodeScalarView(scalars[(equals + 1)..<end]))
            guard !value.contains(",fallback=") else {
                throw LiquidError(offset: optionStart, width: equals - optionStart, message: "'\(name)' has two fallbacks")
            }
            fallback = value
        }
        return .placeholder(name, pathOffset: nameStart, offset: tagAt, width: width, fallback: fallback)
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "_" || (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
    }
}
