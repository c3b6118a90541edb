import Foundation

/// A value while rendering Liquid.
enum LiquidValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case list([LiquidValue])
    case none

    var isTruthy: Bool {
        switch self {
        case .none, .bool(false): false
        default: true
        }
    }

    var isEmpty: Bool {
        switch self {
        case let .string(text): text.isEmpty
        case let .list(items): items.isEmpty
        case .none: true
        case .bool: false
        }
    }

    var isBlank: Bool {
        switch self {
        case let .string(text): text.allSatisfy(\.isWhitespace)
        case .bool(false): true
        default: isEmpty
        }
    }

    var text: String {
        switch self {
        case let .string(text): text
        case let .bool(value): value ? "true" : "false"
        case let .list(items): items.map(\.text).joined()
        case .none: ""
        }
    }
}

/// Renders parsed Liquid with values looked up by their dotted path (`ticket.requester.name`);
/// a path with no value renders as nothing, as desks do.
struct LiquidRenderer {
    var values: [String: LiquidValue]
    private var locals: [String: LiquidValue] = [:]
    /// Loops stop after this many items, so a sample list cannot blow up.
    private static let maxItems = 50

    init(values: [String: LiquidValue]) { self.values = values }

    mutating func render(_ nodes: [LiquidNode]) -> String {
        var out = ""
        for node in nodes { out += render(node) }
        return out
    }

    private mutating func render(_ node: LiquidNode) -> String {
        switch node {
        case let .text(text):
            return text
        case let .output(output):
            return evaluate(output).text
        case let .conditional(branches, negated):
            for (index, branch) in branches.enumerated() {
                guard let condition = branch.condition else { return render(branch.body) }
                let holds = test(condition)
                if index == 0 && negated ? !holds : holds { return render(branch.body) }
            }
            return ""
        case let .switchCase(subject, whens, otherwise):
            let value = resolve(subject)
            for when in whens where when.values.contains(where: { equal(value, resolve($0)) }) {
                return render(when.body)
            }
            return otherwise.map { render($0) } ?? ""
        case let .loop(variable, collection, body, otherwise):
            let items: [LiquidValue]
            switch resolve(collection) {
            case let .list(list): items = list
            case .none: items = []
            case let other: items = [other]
            }
            guard !items.isEmpty else { return render(otherwise) }
            let saved = locals[variable]
            var out = ""
            for item in items.prefix(Self.maxItems) {
                locals[variable] = item
                out += render(body)
            }
            locals[variable] = saved
            return out
        case let .assign(name, value):
            locals[name] = evaluate(value)
            return ""
        case let .capture(name, body):
            locals[name] = .string(render(body))
            return ""
        }
    }

    func evaluate(_ output: LiquidOutput) -> LiquidValue {
        var value = resolve(output.value)
        for filter in output.filters {
            value = apply(filter.name, value, filter.arguments.map(resolve))
        }
        return value
    }

    func resolve(_ expression: LiquidExpression) -> LiquidValue {
        switch expression {
        case let .path(name, _, _):
            if let local = locals[name] { return local }
            if let dot = name.firstIndex(of: "."), case let .string(text)? = locals[String(name[..<dot])] {
                // `comment.author.name` on a loop variable holding plain text: no such property.
                _ = text
                return .none
            }
            return values[name] ?? .none
        case let .string(text): return .string(text)
        case let .number(text): return .string(text)
        case let .bool(value): return .bool(value)
        case .nothing: return .none
        case let .range(low, high):
            guard let from = Int(resolve(low).text), let to = Int(resolve(high).text), from <= to else { return .list([]) }
            return .list((from...min(to, from + Self.maxItems)).map { .string(String($0)) })
        }
    }

    private func test(_ condition: LiquidCondition) -> Bool {
        switch condition {
        case let .test(expression): return resolve(expression).isTruthy
        case let .and(left, right): return test(left) && test(right)
        case let .or(left, right): return test(left) || test(right)
        case let .compare(leftExpression, symbol, rightExpression):
            let left = resolve(leftExpression), right = resolve(rightExpression)
            if case let .nothing(word) = rightExpression, word == "empty" || word == "blank" {
                let matches = word == "empty" ? left.isEmpty : left.isBlank
                return symbol == "==" ? matches : symbol == "!=" || symbol == "<>" ? !matches : false
            }
            switch symbol {
            case "==": return equal(left, right)
            case "!=", "<>": return !equal(left, right)
            case "contains":
                if case let .list(items) = left { return items.contains { equal($0, right) } }
                return !right.text.isEmpty && left.text.contains(right.text)
            default:
                guard let a = Double(left.text), let b = Double(right.text) else { return false }
                switch symbol {
                case "<": return a < b
                case ">": return a > b
                case "<=": return a <= b
                default: return a >= b
                }
            }
        }
    }

    private func equal(_ left: LiquidValue, _ right: LiquidValue) -> Bool {
        if case .none = left, case .none = right { return true }
        if case .none = left { return false }
        if case .none = right { return false }
        return left.text == right.text
    }

    private func apply(_ name: String, _ value: LiquidValue, _ arguments: [LiquidValue]) -> LiquidValue {
        let text = value.text
        let first = arguments.first?.text ?? ""
        let second = arguments.count > 1 ? arguments[1].text : ""
        switch name {
        case "default": return value.isTruthy && !value.isEmpty ? value : (arguments.first ?? .none)
        case "capitalize": return .string(text.prefix(1).uppercased() + text.dropFirst())
        case "upcase", "upper": return .string(text.uppercased())
        case "downcase", "lower": return .string(text.lowercased())
        case "title": return .string(text.capitalized)
        case "strip", "trim": return .string(String(text.trimmingWhitespace))
        case "striptags": return .string(HTMLText.text(from: text))
        case "lstrip": return .string(String(text.drop { $0.isWhitespace }))
        case "rstrip": return .string(String(text.reversed().drop { $0.isWhitespace }.reversed()))
        case "append": return .string(text + first)
        case "prepend": return .string(first + text)
        case "replace": return .string(first.isEmpty ? text : text.replacingOccurrences(of: first, with: second))
        case "replace_first":
            guard !first.isEmpty, let range = text.range(of: first) else { return value }
            return .string(text.replacingCharacters(in: range, with: second))
        case "remove": return .string(first.isEmpty ? text : text.replacingOccurrences(of: first, with: ""))
        case "remove_first":
            guard !first.isEmpty, let range = text.range(of: first) else { return value }
            return .string(text.replacingCharacters(in: range, with: ""))
        case "truncate":
            let length = Int(first) ?? 50
            let ellipsis = arguments.count > 1 ? second : "..."
            guard text.count > length else { return value }
            return .string(String(text.prefix(max(0, length - ellipsis.count))) + ellipsis)
        case "truncatewords":
            let words = text.split(whereSeparator: \.isWhitespace)
            let count = max(1, Int(first) ?? 15)
            guard words.count > count else { return value }
            return .string(words.prefix(count).joined(separator: " ") + (arguments.count > 1 ? second : "..."))
        case "strip_newlines": return .string(text.replacingOccurrences(of: "\n", with: ""))
        case "newline_to_br": return .string(text.replacingOccurrences(of: "\n", with: "<br />\n"))
        case "strip_html": return .string(HTMLText.text(from: text))
        case "split": return .list((first.isEmpty ? text.map(String.init) : text.components(separatedBy: first)).map { .string($0) })
        case "join":
            guard case let .list(items) = value else { return value }
            return .string(items.map(\.text).joined(separator: arguments.isEmpty ? " " : first))
        case "first", "last":
            guard case let .list(items) = value else { return .string(name == "first" ? String(text.prefix(1)) : String(text.suffix(1))) }
            return (name == "first" ? items.first : items.last) ?? .none
        case "size":
            if case let .list(items) = value { return .string(String(items.count)) }
            return .string(String(text.count))
        default:
            // Number, date, escaping and list filters leave the samples readable as they are.
            return value
        }
    }
}
