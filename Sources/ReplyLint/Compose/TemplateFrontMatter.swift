import Foundation
import Yams

/// The YAML between a template's `---` lines, read with the position of everything a check
/// may point at.
struct TemplateFrontMatter: Sendable {
    var id: String
    var locale: String
    var description: String
    var tags: [String]
    var variables: [TemplateVariable]
    var examples: [[String: String]]
    var idPosition: TemplatePosition
    var localePosition: TemplatePosition
    var variablePositions: [String: TemplatePosition]
    /// Where the `variables:` key is, for problems with the first example (the variables' own).
    var variablesPosition: TemplatePosition
    var examplePositions: [TemplatePosition]

    static let keys: Set = ["id", "locale", "description", "tags", "variables", "examples"]
    static let variableKeys: Set = ["type", "required", "fallback", "example"]

    /// Reads the YAML of `text`, which starts on line `firstLine` of the file at `path`.
    static func read(_ text: String, path: String, firstLine: Int) throws(TemplateProblem) -> TemplateFrontMatter {
        let reader = FrontMatterReader(path: path, lineOffset: firstLine - 1)
        return try reader.read(text)
    }
}

private struct FrontMatterReader {
    var path: String
    var lineOffset: Int

    func read(_ text: String) throws(TemplateProblem) -> TemplateFrontMatter {
        let root = try compose(text)
        var matter = TemplateFrontMatter(
            id: "", locale: "", description: "", tags: [], variables: [], examples: [],
            idPosition: position(root), localePosition: position(root), variablePositions: [:],
            variablesPosition: position(root), examplePositions: [])
        var seen: Set<String> = []
        for (key, keyNode, value) in try convert({ () throws(ConfigurationError) in try root.mapping("the front matter") }) {
            guard TemplateFrontMatter.keys.contains(key) else {
                throw problem(keyNode, "unknown front-matter key '\(key)'; expected \(TemplateFrontMatter.keys.sorted().joined(separator: ", "))")
            }
            seen.insert(key)
            switch key {
            case "id":
                matter.id = try convert { () throws(ConfigurationError) in try value.string("id") }
                matter.idPosition = position(value)
            case "locale":
                matter.locale = try convert { () throws(ConfigurationError) in try value.string("locale") }
                matter.localePosition = position(value)
            case "description":
                matter.description = try convert { () throws(ConfigurationError) in try value.string("description") }
            case "tags":
                matter.tags = try convert { () throws(ConfigurationError) in try value.strings("tags") }
            case "variables":
                matter.variablesPosition = position(keyNode)
                try readVariables(value, into: &matter)
            default:
                try readExamples(value, into: &matter)
            }
        }
        for key in ["id", "locale"] where !seen.contains(key) {
            throw problem(root, "the front matter has no '\(key)'")
        }
        return matter
    }

    private func readVariables(_ node: YAMLValue, into matter: inout TemplateFrontMatter) throws(TemplateProblem) {
        if node.node.null != nil { return }
        for (name, keyNode, value) in try convert({ () throws(ConfigurationError) in try node.mapping("variables") }) {
            guard Self.isValueName(name) else {
                throw problem(keyNode, "variable name '\(name)' may hold only letters, digits, '_' and '-'")
            }
            guard matter.variablePositions[name] == nil else { throw problem(keyNode, "variable '\(name)' is declared twice") }
            var variable = TemplateVariable(name: name, kind: .string, required: false)
            var hasType = false
            for (key, fieldKey, field) in try convert({ () throws(ConfigurationError) in try value.mapping("variable '\(name)'") }) {
                switch key {
                case "type":
                    let type = try convert { () throws(ConfigurationError) in try field.string("type") }
                    guard let kind = TemplateVariable.Kind(rawValue: type) else {
                        throw problem(field, "unknown variable type '\(type)'; expected one of \(TemplateVariable.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    variable.kind = kind
                    hasType = true
                case "required":
                    variable.required = try convert { () throws(ConfigurationError) in try field.bool("required") }
                case "fallback":
                    variable.fallback = try optionalString(field, "fallback")
                case "example":
                    variable.example = try optionalString(field, "example")
                default:
                    throw problem(fieldKey, "unknown key '\(key)' in variable '\(name)'; expected \(TemplateFrontMatter.variableKeys.sorted().joined(separator: ", "))")
                }
            }
            guard hasType else { throw problem(keyNode, "variable '\(name)' has no type") }
            matter.variables.append(variable)
            matter.variablePositions[name] = position(keyNode)
        }
    }

    private func readExamples(_ node: YAMLValue, into matter: inout TemplateFrontMatter) throws(TemplateProblem) {
        if node.node.null != nil { return }
        guard let items = node.node.sequence else { throw problem(node, "examples must be a list of mappings") }
        for item in items {
            let entry = YAMLValue(node: item, path: path)
            var values: [String: String] = [:]
            for (name, _, value) in try convert({ () throws(ConfigurationError) in try entry.mapping("each example") }) {
                values[name] = try optionalString(value, "example value '\(name)'") ?? ""
            }
            matter.examples.append(values)
            matter.examplePositions.append(position(entry))
        }
    }

    /// A scalar, where YAML `null` (and `~`) means no value rather than the word.
    private func optionalString(_ node: YAMLValue, _ what: String) throws(TemplateProblem) -> String? {
        if node.node.null != nil { return nil }
        return try convert { () throws(ConfigurationError) in try node.string(what) }
    }

    private func compose(_ text: String) throws(TemplateProblem) -> YAMLValue {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw TemplateProblem(kind: .frontMatter, path: path, line: lineOffset, column: 1, message: "the front matter is empty")
            }
            return YAMLValue(node: node, path: path)
        } catch let problem as TemplateProblem {
            throw problem
        } catch let error as YamlError {
            let (mark, problem) = Self.describe(error)
            throw TemplateProblem(kind: .frontMatter, path: path, line: (mark?.line ?? 1) + lineOffset,
                                  column: mark?.column ?? 1, message: "the front matter is not valid YAML: \(problem)")
        } catch {
            throw TemplateProblem(kind: .frontMatter, path: path, line: lineOffset + 1, column: 1,
                                  message: "the front matter is not valid YAML")
        }
    }

    private static func describe(_ error: YamlError) -> (Mark?, String) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return (mark, problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark, "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        default:
            return (nil, "\(error)".split(separator: "\n").first.map(String.init) ?? "")
        }
    }

    private func convert<T>(_ body: () throws(ConfigurationError) -> T) throws(TemplateProblem) -> T {
        do {
            return try body()
        } catch {
            throw TemplateProblem(kind: .frontMatter, path: path, line: (error.line ?? 1) + lineOffset,
                                  column: error.column ?? 1, message: error.message)
        }
    }

    private func position(_ node: YAMLValue) -> TemplatePosition {
        TemplatePosition(line: (node.node.mark?.line ?? 1) + lineOffset, column: node.node.mark?.column ?? 1)
    }

    private func problem(_ node: YAMLValue, _ message: String) -> TemplateProblem {
        let at = position(node)
        return TemplateProblem(kind: .frontMatter, path: path, line: at.line, column: at.column, message: message)
    }

    static func isValueName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
    }
}
