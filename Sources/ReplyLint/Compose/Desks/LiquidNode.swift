/// A Liquid template parsed (the subset help desks document: output with filters, `if`/`elsif`/
/// `else`, `unless`, `case`/`when`, `for`, `assign`, `capture`, `comment`, `raw`). Places are
/// scalar offsets into the source, which the desk maps back to its export file.
indirect enum LiquidNode: Sendable {
    case text(String)
    case output(LiquidOutput)
    /// `if` / `unless` (its first branch negated) with `elsif` and `else` branches.
    case conditional(branches: [(condition: LiquidCondition?, body: [LiquidNode])], negated: Bool)
    case switchCase(subject: LiquidExpression, whens: [(values: [LiquidExpression], body: [LiquidNode])], otherwise: [LiquidNode]?)
    case loop(variable: String, collection: LiquidExpression, body: [LiquidNode], otherwise: [LiquidNode])
    case assign(name: String, value: LiquidOutput)
    case capture(name: String, body: [LiquidNode])
}

/// `{{ value | filter: arg, arg }}`, or the right side of an `assign`.
struct LiquidOutput: Sendable {
    var value: LiquidExpression
    var filters: [LiquidFilter]
    /// Where the whole `{{…}}` starts and how many scalars it spans.
    var offset: Int
    var width: Int

    /// The `default` filter's first argument: what the desk writes when the value is empty.
    var fallback: LiquidExpression? { filters.first { $0.name == "default" }?.arguments.first }
}

struct LiquidFilter: Sendable {
    var name: String
    var arguments: [LiquidExpression]
    var offset: Int
}

indirect enum LiquidExpression: Sendable {
    /// `ticket.requester.first_name`, `items[0]`: the dotted path as written.
    case path(String, offset: Int, width: Int)
    case string(String)
    case number(String)
    case bool(Bool)
    /// `nil`, `empty`, `blank`.
    case nothing(String)
    case range(LiquidExpression, LiquidExpression)

    var pathName: String? { if case let .path(name, _, _) = self { name } else { nil } }
}

/// `a == b and c or d`: Liquid reads `and` and `or` right to left, without precedence.
indirect enum LiquidCondition: Sendable {
    case test(LiquidExpression)
    case compare(LiquidExpression, String, LiquidExpression)
    case and(LiquidCondition, LiquidCondition)
    case or(LiquidCondition, LiquidCondition)

    /// Every path the condition reads.
    var paths: [String] {
        switch self {
        case let .test(expression): expression.paths
        case let .compare(left, _, right): left.paths + right.paths
        case let .and(left, right), let .or(left, right): left.paths + right.paths
        }
    }
}

extension LiquidExpression {
    var paths: [String] {
        switch self {
        case let .path(name, _, _): [name]
        case let .range(low, high): low.paths + high.paths
        default: []
        }
    }
}

/// A Liquid syntax error at a scalar offset of the source.
struct LiquidError: Error, Sendable, Equatable {
    var offset: Int
    var width = 1
    var message: String
}
