/// Every placeholder a parsed Liquid template reads, with what guards it: the paths of the
/// `if`/`unless`/`case` around it, and its own `default` filter.
struct LiquidUsage {
    struct Use: Sendable {
        var path: String
        var offset: Int
        var width: Int
        /// Paths tested by the conditions around the use.
        var guards: Set<String>
        /// The use's `default:` text, when it has one.
        var fallback: String?
        /// A `{{…}}` output (not a value read by a condition or a filter).
        var isOutput: Bool
    }

    private(set) var uses: [Use] = []
    private var locals: Set<String> = []

    init(_ nodes: [LiquidNode]) { walk(nodes, guards: []) }

    /// The first part of a path is a local (`assign`, `capture`, a loop's variable): not the desk's.
    private func isLocal(_ path: String) -> Bool {
        locals.contains(String(path.prefix { $0 != "." && $0 != "[" }))
    }

    private mutating func walk(_ nodes: [LiquidNode], guards: Set<String>) {
        for node in nodes {
            switch node {
            case .text: break
            case let .output(output): record(output, guards: guards, isOutput: true)
            case let .conditional(branches, _):
                var tested = guards
                for branch in branches {
                    if let condition = branch.condition {
                        for expression in Self.expressions(condition) { read(expression, guards: guards) }
                        tested.formUnion(condition.paths)
                    }
                    walk(branch.body, guards: tested)
                }
            case let .switchCase(subject, whens, otherwise):
                read(subject, guards: guards)
                let tested = guards.union(subject.paths)
                for when in whens { walk(when.body, guards: tested) }
                if let otherwise { walk(otherwise, guards: tested) }
            case let .loop(variable, collection, body, otherwise):
                read(collection, guards: guards)
                let wasLocal = locals.contains(variable)
                locals.insert(variable)
                walk(body, guards: guards.union(collection.paths))
                if !wasLocal { locals.remove(variable) }
                walk(otherwise, guards: guards)
            case let .assign(name, value):
                record(value, guards: guards, isOutput: false)
                locals.insert(name)
            case let .capture(name, body):
                walk(body, guards: guards)
                locals.insert(name)
            }
        }
    }

    private mutating func record(_ output: LiquidOutput, guards: Set<String>, isOutput: Bool) {
        if case let .path(path, offset, width) = output.value, !isLocal(path) {
            var fallback: String?
            if let given = output.fallback {
                switch given {
                case let .string(text), let .number(text): fallback = text
                case let .path(name, _, _): fallback = "{{\(name)}}"
                default: fallback = nil
                }
            }
            uses.append(Use(path: path, offset: isOutput ? output.offset : offset, width: isOutput ? output.width : width,
                            guards: guards, fallback: fallback, isOutput: isOutput))
        } else {
            read(output.value, guards: guards)
        }
        for filter in output.filters {
            for argument in filter.arguments { read(argument, guards: guards) }
        }
    }

    private mutating func read(_ expression: LiquidExpression, guards: Set<String>) {
        switch expression {
        case let .path(path, offset, width) where !isLocal(path):
            uses.append(Use(path: path, offset: offset, width: width, guards: guards.union([path]), fallback: nil, isOutput: false))
        case let .range(low, high):
            read(low, guards: guards)
            read(high, guards: guards)
        default: break
        }
    }

    private static func expressions(_ condition: LiquidCondition) -> [LiquidExpression] {
        switch condition {
        case let .test(expression): [expression]
        case let .compare(left, _, right): [left, right]
        case let .and(left, right), let .or(left, right): expressions(left) + expressions(right)
        }
    }
}
