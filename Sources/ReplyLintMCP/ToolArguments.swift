import Foundation
import MCP

/// Why a tool call cannot be carried out, in one line for the agent to read.
struct ToolCallError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}

/// A tool call's arguments, read by name and type. The SDK does not hold calls to the input
/// schema, so every reader says what is wrong with the argument it was asked for, and
/// `init` refuses names the tool does not take.
struct ToolArguments {
    let values: [String: Value]

    init(_ arguments: [String: Value]?, tool: ToolDefinition) throws(ToolCallError) {
        values = arguments ?? [:]
        let known = Set(tool.argumentNames)
        if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) {
            let takes = tool.argumentNames.isEmpty ? "no arguments" : tool.argumentNames.joined(separator: ", ")
            throw ToolCallError("\(tool.name) has no argument '\(unknown)'; it takes \(takes)")
        }
    }

    func has(_ name: String) -> Bool {
        guard let value = values[name] else { return false }
        return !value.isNull
    }

    /// A string, or nil when absent or null.
    func string(_ name: String) throws(ToolCallError) -> String? {
        guard let value = values[name], !value.isNull else { return nil }
        guard let text = Self.text(value) else { throw ToolCallError("'\(name)' must be a string, not \(Self.kind(value))") }
        return text
    }

    func requiredString(_ name: String) throws(ToolCallError) -> String {
        guard let text = try string(name) else { throw ToolCallError("'\(name)' is required") }
        return text
    }

    /// A string or a list of strings (`to: "a@x"` or `to: ["a@x", "b@y"]`).
    func strings(_ name: String) throws(ToolCallError) -> [String] {
        guard let value = values[name], !value.isNull else { return [] }
        if let text = Self.text(value) { return [text] }
        guard let items = value.arrayValue else {
            throw ToolCallError("'\(name)' must be a string or a list of strings, not \(Self.kind(value))")
        }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            guard let text = Self.text(item) else { throw ToolCallError("'\(name)[\(index)]' must be a string, not \(Self.kind(item))") }
            result.append(text)
        }
        return result
    }

    func bool(_ name: String) throws(ToolCallError) -> Bool? {
        guard let value = values[name], !value.isNull else { return nil }
        guard let flag = value.boolValue else { throw ToolCallError("'\(name)' must be true or false, not \(Self.kind(value))") }
        return flag
    }

    /// An object of strings and numbers (template values), each as text.
    func textObject(_ name: String) throws(ToolCallError) -> [String: String] {
        guard let value = values[name], !value.isNull else { return [:] }
        guard let object = value.objectValue else { throw ToolCallError("'\(name)' must be an object, not \(Self.kind(value))") }
        var result: [String: String] = [:]
        for (key, item) in object {
            switch item {
            case let .int(number): result[key] = String(number)
            case let .double(number): result[key] = Self.decimal(number)
            default:
                guard let text = Self.text(item) else {
                    throw ToolCallError("'\(name).\(key)' must be a string or a number, not \(Self.kind(item))")
                }
                result[key] = text
            }
        }
        return result
    }

    /// The SDK reads a string that looks like a `data:` URL as data; it was text all the same.
    private static func text(_ value: Value) -> String? {
        switch value {
        case let .string(text): return text
        case .data:
            guard let encoded = try? JSONEncoder().encode(value) else { return nil }
            return try? JSONDecoder().decode(String.self, from: encoded)
        default: return nil
        }
    }

    private static func decimal(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    static func kind(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string, .data: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}
