import MCP

/// One tool as `tools/list` describes it: its arguments (each a JSON Schema), which are
/// required, and the JSON Schema of its `structuredContent`.
struct ToolDefinition: Sendable {
    var name: String
    var title: String
    var description: String
    var arguments: [(name: String, schema: Value)]
    var required: [String] = []
    var output: Value

    var argumentNames: [String] { arguments.map(\.name) }

    var tool: Tool {
        var input: [String: Value] = [
            "type": "object",
            "properties": .object(Dictionary(uniqueKeysWithValues: arguments.map { ($0.name, $0.schema) })),
            "additionalProperties": false,
        ]
        if !required.isEmpty { input["required"] = .array(required.map { .string($0) }) }
        return Tool(name: name, title: title, description: description, inputSchema: .object(input),
                    annotations: .init(title: title, readOnlyHint: true, openWorldHint: false), outputSchema: output)
    }
}

/// Small builders for the schemas of arguments and results.
enum Schema {
    static func string(_ description: String) -> Value { ["type": "string", "description": .string(description)] }

    static func strings(_ description: String) -> Value {
        ["type": "array", "items": ["type": "string"], "description": .string(description)]
    }

    /// One string or a list of them (address lists).
    static func stringOrStrings(_ description: String) -> Value {
        ["anyOf": [["type": "string"], ["type": "array", "items": ["type": "string"]]], "description": .string(description)]
    }

    static func boolean(_ description: String) -> Value { ["type": "boolean", "description": .string(description)] }

    static func object(_ properties: [String: Value], required: [String], description: String? = nil) -> Value {
        var schema: [String: Value] = [
            "type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) }),
        ]
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    static let count: Value = ["type": "integer", "minimum": 0]
    static let position: Value = ["type": "integer", "minimum": 1]
    static let nullableString: Value = ["type": ["string", "null"]]

    /// One finding, as `check --format json` writes it (README, "JSON report").
    static let diagnostic = object([
        "rule": ["type": "string", "description": "The rule's id, e.g. subject.all-caps."],
        "severity": ["enum": ["error", "warning", "info"]],
        "message": ["type": "string"],
        "line": position, "column": position, "endLine": position,
        "endColumn": ["type": "integer", "minimum": 1, "description": "Exclusive."],
        "excerpt": nullableString,
        "suggestion": ["type": ["string", "null"], "description": "The text that should replace the range, when a safe replacement exists."],
        "note": ["type": "string", "description": "Where the position is inside an encoded header or part."],
        "fix": ["const": true, "description": "fix_draft applies the suggestion on its own."],
        "notFixed": ["type": "string", "description": "Why fix_draft did not apply this safe fix."],
    ], required: ["rule", "severity", "message", "line", "column", "endLine", "endColumn", "excerpt", "suggestion"])

    /// `check --format json` of one draft (`--fix` adds `fixed`).
    static let checkReport = object([
        "version": ["const": 1],
        "files": ["type": "array", "items": object([
            "path": ["type": "string"], "locale": ["type": "string"],
            "diagnostics": ["type": "array", "items": diagnostic],
            "fixed": ["type": "array", "items": diagnostic, "description": "The safe fixes applied."],
        ], required: ["path", "locale", "diagnostics"])],
        "summary": object(["files": count, "errors": count, "warnings": count, "infos": count],
                          required: ["files", "errors", "warnings", "infos"]),
    ], required: ["version", "files", "summary"], description: "The report of `replylint check --format json`.")
}
