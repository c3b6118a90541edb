import Foundation
import Yams

extension ComposeValues {
    /// A `--data` file: a JSON or YAML object whose values are strings or numbers, kept as
    /// written (`40.00` stays `40.00`). A nested object or list is an error naming the key; a
    /// null value counts as not given.
    public static func data(contentsOf path: String) throws(ConfigurationError) -> [String: String] {
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, message: "cannot read the data file")
        }
        guard let text = String(data: bytes, encoding: .utf8) else { throw ConfigurationError(path: path, message: "not UTF-8 text") }
        // JSON is read as YAML (a JSON object is a YAML flow mapping), which keeps numbers as
        // written and every position; tabs, which JSON allows as spacing and YAML does not, go.
        let yamlText = text.trimmingWhitespace.first == "{" ? text.replacingOccurrences(of: "\t", with: " ") : text
        guard let yaml = try YAMLValue.load(yamlText, path: path) else { return [:] }
        var values: [String: String] = [:]
        for (key, keyNode, value) in try yaml.mapping("the data file") {
            guard isVariableName(key) else {
                throw keyNode.error("'\(key)' is not a variable name (letters, digits and _)")
            }
            guard let scalar = value.node.scalar else {
                throw value.error("'\(key)' must be a string or a number, not a \(value.node.mapping != nil ? "nested object" : "list")")
            }
            if scalar.style == .plain, ["null", "~", ""].contains(scalar.string.lowercased()) { continue }
            values[key] = scalar.string
        }
        return values
    }
}
