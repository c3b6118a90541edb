/// The values a template is filled from, in layers from lowest to highest priority: the agent
/// profile, the customer's message (`--reply-to`), a data file (`--data`), and `--set`.
public struct ComposeValues: Sendable, Equatable {
    public enum Source: Int, Sendable, Comparable, CaseIterable {
        case agent, replyTo, data, set

        public static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private var layers: [Source: [String: String]] = [:]

    public init() {}

    /// Adds values from `source`; a later call for the same source wins over an earlier one.
    public mutating func add(_ values: [String: String], from source: Source) {
        layers[source, default: [:]].merge(values) { _, new in new }
    }

    /// Every value, each from the highest-priority source that gives it.
    public var merged: [String: String] {
        var result: [String: String] = [:]
        for source in Source.allCases { result.merge(layers[source] ?? [:]) { _, new in new } }
        return result
    }

    /// The value `source` gives for `name`, whatever the others give.
    public func value(_ name: String, from source: Source) -> String? { layers[source]?[name] }

    /// The source a value comes from, after priorities.
    public func source(of name: String) -> Source? {
        Source.allCases.reversed().first { layers[$0]?[name] != nil }
    }

    /// `key=value` from `--set`: the key is a variable name (letters, digits, `_`), the value
    /// everything after the first `=` (it may be empty or hold `=`).
    public static func assignment(_ text: String) -> (name: String, value: String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let name = String(text[..<equals])
        guard isVariableName(name) else { return nil }
        return (name, String(text[text.index(after: equals)...]))
    }

    static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.utf8.count <= 64,
              first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }
}
