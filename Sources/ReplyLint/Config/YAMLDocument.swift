import Yams

/// A YAML node with the file it came from, so every complaint names file, line and column.
struct YAMLValue {
    var node: Node
    var path: String

    static func load(_ text: String, path: String) throws(ConfigurationError) -> YAMLValue? {
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return YAMLValue(node: node, path: path)
        } catch let error as YamlError {
            throw ConfigurationError(path: path, message: "not valid YAML: \(Self.describe(error))")
        } catch {
            throw ConfigurationError(path: path, message: "not valid YAML: \(error)")
        }
    }

    func error(_ message: String) -> ConfigurationError {
        ConfigurationError(path: path, line: node.mark?.line, column: node.mark?.column, message: message)
    }

    /// The entries of a mapping, keys in file order.
    func mapping(_ what: String) throws(ConfigurationError) -> [(key: String, keyNode: YAMLValue, value: YAMLValue)] {
        guard let mapping = node.mapping else { throw error("\(what) must be a mapping") }
        return mapping.map { pair in
            (pair.key.string ?? "", YAMLValue(node: pair.key, path: path), YAMLValue(node: pair.value, path: path))
        }
    }

    func string(_ what: String) throws(ConfigurationError) -> String {
        guard let scalar = node.scalar else { throw error("\(what) must be a string") }
        return scalar.string
    }

    func strings(_ what: String) throws(ConfigurationError) -> [String] {
        guard let sequence = node.sequence else { throw error("\(what) must be a list of strings") }
        var result: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                throw YAMLValue(node: item, path: path).error("\(what) must be a list of strings")
            }
            result.append(scalar.string)
        }
        return result
    }

    func number(_ what: String) throws(ConfigurationError) -> Double {
        guard let scalar = node.scalar, let value = Double(scalar.string) else {
            throw error("\(what) must be a number, not '\(node.scalar?.string ?? "a collection")'")
        }
        return value
    }

    func bool(_ what: String) throws(ConfigurationError) -> Bool {
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("\(what) must be true or false")
        }
    }

    private static func describe(_ error: YamlError) -> String {
        "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
    }
}
