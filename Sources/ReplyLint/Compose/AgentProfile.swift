import Foundation

/// Who signs the reply: `--agent FILE` or `agent:` in `.replylint.yaml`.
///
/// ```yaml
/// agent: { name: Jo Baker, title: Customer Care, phone: +30 210 555 0100, email: jo@shop.example }
/// ```
public struct AgentProfile: Sendable, Equatable {
    static let keys = ["name", "title", "phone", "email"]

    public var name: String?
    public var title: String?
    public var phone: String?
    public var email: String?

    public init(name: String? = nil, title: String? = nil, phone: String? = nil, email: String? = nil) {
        (self.name, self.title, self.phone, self.email) = (name, title, phone, email)
    }

    /// Reads an agent file (YAML with the same keys as `agent:` in the config).
    public init(contentsOf path: String) throws(ConfigurationError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, message: "cannot read the agent file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ConfigurationError(path: path, message: "not UTF-8 text") }
        guard let yaml = try YAMLValue.load(text, path: path) else {
            throw ConfigurationError(path: path, message: "the agent file is empty; give name, title, phone and email")
        }
        try self.init(yaml)
    }

    init(_ yaml: YAMLValue) throws(ConfigurationError) {
        for (key, keyNode, value) in try yaml.mapping("agent") {
            guard Self.keys.contains(key) else {
                throw keyNode.error("unknown key '\(key)' in agent (known: \(Self.keys.joined(separator: ", ")))")
            }
            guard value.node.scalar != nil else { throw value.error("agent \(key) must be a string") }
            let text = try value.string("agent \(key)")
            switch key {
            case "name": name = text
            case "title": title = text
            case "phone": phone = text
            default: email = text
            }
        }
    }

    /// `agent_name`, `agent_title`, `agent_phone`, `agent_email`, for those given.
    var values: [String: String] {
        var values: [String: String] = [:]
        for (key, value) in [("name", name), ("title", title), ("phone", phone), ("email", email)] {
            if let value { values["agent_\(key)"] = value }
        }
        return values
    }
}
