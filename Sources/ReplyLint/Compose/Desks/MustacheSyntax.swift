/// Mustache as a folder's macro files write it: `{{name}}`, `{{{name}}}`, `{{#name}}…{{/name}}`,
/// `{{^name}}…{{/name}}` and `{{! comment }}`, read into the same nodes as Liquid: a section on a
/// name is a condition on it, an inverted one its negation.
enum MustacheSyntax {
    private struct Open {
        var name: String
        var inverted: Bool
        var offset: Int
        var width: Int
        var nodes: [LiquidNode]
    }

    static func parse(_ source: String) throws(LiquidError) -> [LiquidNode] {
        let scalars = Array(source.unicodeScalars)
        var stack: [Open] = [Open(name: "", inverted: false, offset: 0, width: 0, nodes: [])]
        var text = String.UnicodeScalarView()
        var index = 0
        func flush() {
            if !text.isEmpty { stack[stack.count - 1].nodes.append(.text(String(text))) }
            text = String.UnicodeScalarView()
        }
        while index < scalars.count {
            guard scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" else {
                text.append(scalars[index])
                index += 1
                continue
            }
            let triple = index + 2 < scalars.count && scalars[index + 2] == "{"
            let close: [Unicode.Scalar] = triple ? ["}", "}", "}"] : ["}", "}"]
            let contentStart = index + (triple ? 3 : 2)
            guard let end = scalars.firstIndex(of: close, from: contentStart) else {
                throw LiquidError(offset: index, width: 2, message: "'\(triple ? "{{{" : "{{")' is never closed with '\(triple ? "}}}" : "}}")'")
            }
            let width = end + close.count - index
            var content = Array(scalars[contentStart..<end])
            let sigil = triple ? nil : content.first.flatMap { "#^/!&".unicodeScalars.contains($0) ? $0 : nil }
            if sigil != nil { content.removeFirst() }
            let leading = content.prefix { $0.properties.isWhitespace }.count
            let name = String(String.UnicodeScalarView(content)).trimmingWhitespace
            let nameAt = contentStart + (sigil == nil ? 0 : 1) + leading
            flush()
            switch sigil {
            case "!":
                break
            case "#", "^":
                try check(name, at: nameAt, tag: index, width: width)
                stack.append(Open(name: String(name), inverted: sigil == "^", offset: index, width: width, nodes: []))
            case "/":
                guard stack.count > 1, let open = stack.last, open.name == name else {
                    throw LiquidError(offset: index, width: width, message: stack.count > 1
                        ? "'{{/\(name)}}' closes '{{\(stack.last!.inverted ? "^" : "#")\(stack.last!.name)}}'; close that first"
                        : "'{{/\(name)}}' closes a section that was never opened")
                }
                stack.removeLast()
                let condition = LiquidCondition.test(.path(open.name, offset: open.offset, width: open.width))
                stack[stack.count - 1].nodes.append(.conditional(branches: [(condition, open.nodes)], negated: open.inverted))
            default:
                try check(name, at: nameAt, tag: index, width: width)
                stack[stack.count - 1].nodes.append(.output(.placeholder(String(name), pathOffset: nameAt, offset: index, width: width, fallback: nil)))
            }
            index = end + close.count
        }
        flush()
        if let open = stack.last, stack.count > 1 {
            throw LiquidError(offset: open.offset, width: open.width, message: "'{{\(open.inverted ? "^" : "#")\(open.name)}}' is never closed with '{{/\(open.name)}}'")
        }
        return stack[0].nodes
    }

    private static func check(_ name: Substring, at offset: Int, tag: Int, width: Int) throws(LiquidError) {
        guard !name.isEmpty else { throw LiquidError(offset: tag, width: width, message: "an empty '{{ }}' has no variable") }
        guard name.unicodeScalars.allSatisfy({ $0 == "_" || $0 == "." || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }) else {
            throw LiquidError(offset: offset, width: name.unicodeScalars.count, message: "'\(name)' is not a variable name")
        }
    }

}
