/// Parses Liquid source into `LiquidNode`s; every error names the scalar offset it is at.
struct LiquidParser {
    /// The filters of Liquid's standard library and Jinja's; any other is reported, since desks ignore it silently.
    static let filters: Set<String> = [
        "abs", "append", "at_least", "at_most", "capitalize", "ceil", "compact", "concat", "date", "default",
        "divided_by", "downcase", "escape", "escape_once", "first", "floor", "join", "last", "lstrip", "map",
        "minus", "modulo", "newline_to_br", "plus", "prepend", "remove", "remove_first", "replace", "replace_first",
        "reverse", "round", "rstrip", "size", "slice", "sort", "sort_natural", "split", "strip", "strip_html",
        "strip_newlines", "times", "truncate", "truncatewords", "uniq", "upcase", "url_decode", "url_encode", "where",
        // Jinja's, for desks that render with it (Gorgias).
        "datetime_format", "float", "int", "length", "lower", "safe", "string", "striptags", "title", "trim", "upper", "wordcount",
    ]

    private enum Segment {
        case text(String)
        case output(String, offset: Int, contentOffset: Int, width: Int)
        case tag(name: String, rest: String, offset: Int, restOffset: Int, width: Int)
    }

    private let scalars: [Unicode.Scalar]
    private var segments: [Segment] = []
    private var position = 0

    private init(_ source: String) { scalars = Array(source.unicodeScalars) }

    static func parse(_ source: String) throws(LiquidError) -> [LiquidNode] {
        var parser = LiquidParser(source)
        try parser.split()
        // At the top level no tag ends a block: a stray `{% endif %}` is reported where it stands.
        return try parser.block(until: []).0
    }

    // MARK: Segments

    private mutating func split() throws(LiquidError) {
        var text = String.UnicodeScalarView()
        var index = 0
        var trimNext = false
        func flush(trimEnd: Bool) {
            var value = String(text)
            if trimNext { value = String(value.drop { $0.isWhitespace }) }
            if trimEnd { while value.last?.isWhitespace == true { value.removeLast() } }
            if !value.isEmpty { segments.append(.text(value)) }
            text = String.UnicodeScalarView()
        }
        while index < scalars.count {
            guard scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" || scalars[index + 1] == "%" else {
                text.append(scalars[index])
                index += 1
                continue
            }
            let isTag = scalars[index + 1] == "%"
            let close: [Unicode.Scalar] = isTag ? ["%", "}"] : ["}", "}"]
            guard let end = find(close, from: index + 2) else {
                throw LiquidError(offset: index, width: 2, message: isTag ? "'{%' is never closed with '%}'" : "'{{' is never closed with '}}'")
            }
            var contentStart = index + 2
            var contentEnd = end
            let trimStart = contentStart < contentEnd && scalars[contentStart] == "-"
            if trimStart { contentStart += 1 }
            let trimEnd = contentEnd > contentStart && scalars[contentEnd - 1] == "-"
            if trimEnd { contentEnd -= 1 }
            flush(trimEnd: trimStart)
            trimNext = trimEnd
            let content = String(String.UnicodeScalarView(scalars[contentStart..<contentEnd]))
            let width = end + 2 - index
            if isTag {
                let leading = content.unicodeScalars.prefix { $0.properties.isWhitespace }.count
                let body = content.unicodeScalars.dropFirst(leading)
                let name = String(String.UnicodeScalarView(body.prefix { !$0.properties.isWhitespace }))
                let restStart = leading + name.unicodeScalars.count
                let rest = String(String.UnicodeScalarView(content.unicodeScalars.dropFirst(restStart)))
                if name == "raw" || name == "comment" {
                    let closing = "end" + name
                    guard let (after, closeEnd) = findEndTag(closing, from: end + 2) else {
                        throw LiquidError(offset: index, width: width, message: "'{% \(name) %}' is never closed with '{% \(closing) %}'")
                    }
                    if name == "raw" { segments.append(.text(String(String.UnicodeScalarView(scalars[(end + 2)..<after])))) }
                    index = closeEnd
                    continue
                }
                segments.append(.tag(name: name, rest: rest, offset: index, restOffset: contentStart + restStart, width: width))
            } else {
                segments.append(.output(content, offset: index, contentOffset: contentStart, width: width))
            }
            index = end + 2
        }
        flush(trimEnd: false)
    }

    private func find(_ marker: [Unicode.Scalar], from start: Int) -> Int? {
        var at = start
        while at + 1 < scalars.count {
            if scalars[at] == marker[0], scalars[at + 1] == marker[1] { return at }
            at += 1
        }
        return nil
    }

    /// Where `{% name %}` starts and ends, from `start`.
    private func findEndTag(_ name: String, from start: Int) -> (Int, Int)? {
        var at = start
        while let open = find(["{", "%"], from: at) {
            guard let close = find(["%", "}"], from: open + 2) else { return nil }
            let inner = String(String.UnicodeScalarView(scalars[(open + 2)..<close])).strippingCharacters("- \t\n")
            if inner == name { return (open, close + 2) }
            at = close + 2
        }
        return nil
    }

    // MARK: Blocks

    private typealias End = (name: String, rest: String, offset: Int, restOffset: Int)

    /// Nodes up to a tag named in `ends` (returned) or the end of the source (nil).
    private mutating func block(until ends: Set<String>) throws(LiquidError) -> ([LiquidNode], End?) {
        var nodes: [LiquidNode] = []
        while position < segments.count {
            let segment = segments[position]
            position += 1
            switch segment {
            case let .text(text):
                nodes.append(.text(text))
            case let .output(content, offset, contentOffset, width):
                var output = try LiquidExpressionParser(content, base: contentOffset).output()
                (output.offset, output.width) = (offset, width)
                nodes.append(.output(output))
            case let .tag(name, rest, offset, restOffset, width):
                if ends.contains(name) { return (nodes, (name, rest, offset, restOffset)) }
                nodes.append(try tag(name, rest, offset: offset, restOffset: restOffset, width: width))
            }
        }
        return (nodes, nil)
    }

    private mutating func tag(_ name: String, _ rest: String, offset: Int, restOffset: Int, width: Int) throws(LiquidError) -> LiquidNode {
        switch name {
        case "if", "unless":
            var branches: [(condition: LiquidCondition?, body: [LiquidNode])] = []
            var condition: LiquidCondition? = try LiquidExpressionParser(rest, base: restOffset).condition(name)
            var sawElse = false
            while true {
                let (body, end) = try block(until: ["elsif", "else", "end" + name])
                branches.append((condition, body))
                guard let end else { throw unclosed(name, offset, width) }
                if end.name == "end" + name { break }
                if sawElse { throw LiquidError(offset: end.offset, message: "'{% \(end.name) %}' after '{% else %}' in '{% \(name) %}'") }
                if end.name == "else" {
                    sawElse = true
                    condition = nil
                } else {
                    condition = try LiquidExpressionParser(end.rest, base: end.restOffset).condition("elsif")
                }
            }
            return .conditional(branches: branches, negated: name == "unless")
        case "case":
            let subject = try LiquidExpressionParser(rest, base: restOffset).single("case")
            var whens: [(values: [LiquidExpression], body: [LiquidNode])] = []
            var otherwise: [LiquidNode]?
            // Text before the first `when` is ignored, as Liquid does.
            var (_, end) = try block(until: ["when", "else", "endcase"])
            while let current = end, current.name != "endcase" {
                let (body, next) = try block(until: ["when", "else", "endcase"])
                if current.name == "when" {
                    whens.append((try LiquidExpressionParser(current.rest, base: current.restOffset).list("when"), body))
                } else {
                    otherwise = body
                }
                end = next
            }
            guard end != nil else { throw unclosed(name, offset, width) }
            return .switchCase(subject: subject, whens: whens, otherwise: otherwise)
        case "for":
            let (variable, collection) = try LiquidExpressionParser(rest, base: restOffset).loop()
            let (body, end) = try block(until: ["else", "endfor"])
            guard let end else { throw unclosed(name, offset, width) }
            if end.name == "else" {
                // What an empty collection shows: parsed for its errors and placeholders.
                let (otherwise, last) = try block(until: ["endfor"])
                guard last != nil else { throw unclosed(name, offset, width) }
                return .loop(variable: variable, collection: collection, body: body, otherwise: otherwise)
            }
            return .loop(variable: variable, collection: collection, body: body, otherwise: [])
        case "assign":
            let (target, value) = try LiquidExpressionParser(rest, base: restOffset).assignment()
            return .assign(name: target, value: value)
        case "capture":
            let target = rest.strippingCharacters(" \t\n")
            guard !target.isEmpty else { throw LiquidError(offset: offset, width: width, message: "'{% capture %}' needs a name") }
            let (body, end) = try block(until: ["endcapture"])
            guard end != nil else { throw unclosed(name, offset, width) }
            return .capture(name: target, body: body)
        case "break", "continue", "cycle", "increment", "decrement", "echo":
            return .text("")
        case "elsif", "else", "when", "endif", "endunless", "endcase", "endfor", "endcapture":
            throw LiquidError(offset: offset, width: width, message: "'{% \(name) %}' outside the block it belongs to")
        case "":
            throw LiquidError(offset: offset, width: width, message: "an empty '{% %}' tag")
        default:
            throw LiquidError(offset: offset, width: width, message: "unknown Liquid tag '\(name)'")
        }
    }

    private func unclosed(_ name: String, _ offset: Int, _ width: Int) -> LiquidError {
        LiquidError(offset: offset, width: width, message: "'{% \(name) %}' is never closed with '{% end\(name) %}'")
    }
}

extension String {
    func strippingCharacters(_ set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
