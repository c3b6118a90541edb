/// Reads the inside of a Liquid tag: a value with filters, a condition, a `for` header, an
/// `assign`. Offsets are kept from the template source (`base` is where `text` starts in it).
struct LiquidExpressionParser {
    private enum Token: Equatable {
        case word(String)
        case string(String)
        case number(String)
        case symbol(String)
    }

    private var tokens: [(token: Token, offset: Int, width: Int)] = []
    private var index = 0
    private let end: Int

    init(_ text: String, base: Int) {
        let scalars = Array(text.unicodeScalars)
        end = base + scalars.count
        var at = 0
        while at < scalars.count {
            let scalar = scalars[at]
            let start = at
            if scalar.properties.isWhitespace { at += 1; continue }
            if scalar == "\"" || scalar == "'" {
                at += 1
                while at < scalars.count, scalars[at] != scalar { at += 1 }
                let value = String(String.UnicodeScalarView(scalars[(start + 1)..<min(at, scalars.count)]))
                if at < scalars.count { at += 1 } else {
                    tokens.append((.symbol("unterminated"), base + start, 1))
                    break
                }
                tokens.append((.string(value), base + start, at - start))
            } else if Self.isWordStart(scalar) {
                while at < scalars.count, Self.isWord(scalars[at]) || (scalars[at] == "." && at + 1 < scalars.count && Self.isWord(scalars[at + 1]))
                        || scalars[at] == "[" || scalars[at] == "]" || scalars[at] == "?" {
                    at += 1
                }
                tokens.append((.word(String(String.UnicodeScalarView(scalars[start..<at]))), base + start, at - start))
            } else if ("0"..."9").contains(scalar) || (scalar == "-" && at + 1 < scalars.count && ("0"..."9").contains(scalars[at + 1])) {
                at += 1
                while at < scalars.count, ("0"..."9").contains(scalars[at]) || (scalars[at] == "." && at + 1 < scalars.count && scalars[at + 1] != ".") { at += 1 }
                tokens.append((.number(String(String.UnicodeScalarView(scalars[start..<at]))), base + start, at - start))
            } else {
                let two = at + 1 < scalars.count ? String(String.UnicodeScalarView([scalar, scalars[at + 1]])) : ""
                if ["==", "!=", "<>", "<=", ">=", ".."].contains(two) {
                    at += 2
                    tokens.append((.symbol(two), base + start, 2))
                } else {
                    at += 1
                    tokens.append((.symbol(String(scalar)), base + start, 1))
                }
            }
        }
    }

    private static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.isASCII && scalar.properties.isAlphabetic)
    }

    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "-" || (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
    }

    // MARK: Forms

    /// `value | filter: a, b | filter`.
    consuming func output() throws(LiquidError) -> LiquidOutput {
        guard index < tokens.count else { throw LiquidError(offset: end, message: "an empty '{{ }}' has no value") }
        let value = try expression()
        var filters: [LiquidFilter] = []
        while index < tokens.count {
            guard tokens[index].token == .symbol("|") else { throw unexpected("a '|' before the next filter") }
            index += 1
            guard index < tokens.count, case let .word(name) = tokens[index].token else {
                throw LiquidError(offset: index < tokens.count ? tokens[index].offset : end, message: "a filter name is missing after '|'")
            }
            let at = tokens[index].offset
            guard Self.filtersKnown(name) else {
                throw LiquidError(offset: at, width: name.unicodeScalars.count, message: "unknown Liquid filter '\(name)'")
            }
            index += 1
            var arguments: [LiquidExpression] = []
            if index < tokens.count, tokens[index].token == .symbol("(") {
                // Jinja's `|default("there")`, as Gorgias writes filters.
                index += 1
                while index < tokens.count, tokens[index].token != .symbol(")") {
                    arguments.append(try expression())
                    if index < tokens.count, tokens[index].token == .symbol(",") { index += 1 }
                }
                guard index < tokens.count else { throw LiquidError(offset: end, message: "'\(name)(' is never closed with ')'") }
                index += 1
            } else if index < tokens.count, tokens[index].token == .symbol(":") {
                index += 1
                arguments.append(try expression())
                while index < tokens.count, tokens[index].token == .symbol(",") {
                    index += 1
                    if index < tokens.count, case .word = tokens[index].token, index + 1 < tokens.count, tokens[index + 1].token == .symbol(":") {
                        index += 2   // a keyword argument: its value is what counts
                    }
                    arguments.append(try expression())
                }
            }
            filters.append(LiquidFilter(name: name, arguments: arguments, offset: at))
        }
        return LiquidOutput(value: value, filters: filters, offset: 0, width: 0)
    }

    private static func filtersKnown(_ name: String) -> Bool { LiquidParser.filters.contains(name) }

    consuming func condition(_ tag: String) throws(LiquidError) -> LiquidCondition {
        guard index < tokens.count else { throw LiquidError(offset: end, message: "'{% \(tag) %}' needs a condition") }
        let left = try comparison()
        guard index < tokens.count else { return left }
        switch tokens[index].token {
        case .word("and"):
            index += 1
            return .and(left, try condition(tag))
        case .word("or"):
            index += 1
            return .or(left, try condition(tag))
        default:
            throw unexpected("'and', 'or' or the end of the condition")
        }
    }

    private mutating func comparison() throws(LiquidError) -> LiquidCondition {
        let left = try expression()
        guard index < tokens.count else { return .test(left) }
        let token = tokens[index].token
        let operators = ["==", "!=", "<>", "<", ">", "<=", ">="]
        if case let .symbol(symbol) = token, operators.contains(symbol) {
            index += 1
            return .compare(left, symbol, try expression())
        }
        if token == .word("contains") {
            index += 1
            return .compare(left, "contains", try expression())
        }
        return .test(left)
    }

    /// One value and nothing after it (`{% case x %}`).
    consuming func single(_ tag: String) throws(LiquidError) -> LiquidExpression {
        guard index < tokens.count else { throw LiquidError(offset: end, message: "'{% \(tag) %}' needs a value") }
        let value = try expression()
        guard index == tokens.count else { throw unexpected("the end of '{% \(tag) %}'") }
        return value
    }

    /// `a, b or c` (`{% when %}`).
    consuming func list(_ tag: String) throws(LiquidError) -> [LiquidExpression] {
        guard index < tokens.count else { throw LiquidError(offset: end, message: "'{% \(tag) %}' needs a value") }
        var values = [try expression()]
        while index < tokens.count {
            guard tokens[index].token == .symbol(",") || tokens[index].token == .word("or") else { throw unexpected("',' or 'or'") }
            index += 1
            values.append(try expression())
        }
        return values
    }

    /// `item in collection` with optional `limit:`/`offset:`/`reversed`.
    consuming func loop() throws(LiquidError) -> (String, LiquidExpression) {
        guard index < tokens.count, case let .word(variable) = tokens[index].token, !variable.contains(".") else {
            throw LiquidError(offset: index < tokens.count ? tokens[index].offset : end, message: "'{% for %}' needs 'name in collection'")
        }
        index += 1
        guard index < tokens.count, tokens[index].token == .word("in") else { throw unexpected("'in'") }
        index += 1
        guard index < tokens.count else { throw LiquidError(offset: end, message: "'{% for %}' needs a collection after 'in'") }
        return (variable, try expression())
    }

    /// `name = value | filters`.
    consuming func assignment() throws(LiquidError) -> (String, LiquidOutput) {
        guard index < tokens.count, case let .word(name) = tokens[index].token, !name.contains(".") else {
            throw LiquidError(offset: index < tokens.count ? tokens[index].offset : end, message: "'{% assign %}' needs 'name = value'")
        }
        index += 1
        guard index < tokens.count, tokens[index].token == .symbol("=") else { throw unexpected("'='") }
        index += 1
        return (name, try output())
    }

    private mutating func expression() throws(LiquidError) -> LiquidExpression {
        guard index < tokens.count else { throw LiquidError(offset: end, message: "a value is missing") }
        let (token, offset, width) = tokens[index]
        index += 1
        switch token {
        case let .string(text): return .string(text)
        case let .number(text): return .number(text)
        case .word("true"): return .bool(true)
        case .word("false"): return .bool(false)
        case .word("nil"), .word("null"), .word("empty"), .word("blank"):
            if case let .word(word) = token { return .nothing(word) }
            return .nothing("nil")
        case let .word(name):
            if name.hasSuffix(".") { throw LiquidError(offset: offset, width: width, message: "'\(name)' ends with a dot") }
            return .path(name, offset: offset, width: width)
        case .symbol("("):
            let low = try expression()
            guard index < tokens.count, tokens[index].token == .symbol("..") else { throw unexpected("'..' in a range") }
            index += 1
            let high = try expression()
            guard index < tokens.count, tokens[index].token == .symbol(")") else { throw unexpected("')' closing the range") }
            index += 1
            return .range(low, high)
        case .symbol("unterminated"):
            throw LiquidError(offset: offset, message: "a quoted string is never closed")
        case let .symbol(symbol):
            throw LiquidError(offset: offset, width: width, message: "unexpected '\(symbol)' where a value should be")
        }
    }

    private func unexpected(_ expected: String) -> LiquidError {
        guard index < tokens.count else { return LiquidError(offset: end, message: "expected \(expected)") }
        let (token, offset, width) = tokens[index]
        let text: String = switch token {
        case let .word(word): word
        case let .string(string): "\"\(string)\""
        case let .number(number): number
        case let .symbol(symbol): symbol
        }
        return LiquidError(offset: offset, width: width, message: "expected \(expected), found '\(text)'")
    }
}
