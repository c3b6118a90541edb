import Foundation

/// A user's `.replylint.yaml`: the language, rule settings, rules turned off or on,
/// and word lists that extend the shipped ones.
///
/// ```yaml
/// locale: ro
/// rules:
///   subject.length: { max: 70 }
///   body.exclamation: { severity: info }
/// disable: [subject.mobile-length]
/// suppress:
///   - { rule: body.all-caps, match: FRAGILE, reason: the courier's label, quoted on purpose }
/// languages:
///   en:
///     acronyms: [SLA, RMA]
/// spelling-words: [Northwind, Omniva]
/// agent: { name: Jo Baker, title: Customer Care, email: jo@shop.example }
/// ```
public struct Configuration: Sendable {
    public static let fileName = ".replylint.yaml"
    static let keys = ["locale", "rules", "disable", "enable", "languages", "suppress", "spelling-words", "agent"]

    /// The file this came from; nil for the defaults.
    public var path: String?
    var locale: String?
    var rules: [String: RuleSettings] = [:]
    var disabled: Set<String> = []
    var enabled: Set<String> = []
    var languages: [String: LanguageData] = [:]
    var suppressions: [Suppression] = []
    /// Words `body.spelling` accepts in every language (product and place names), added to
    /// each language's `spelling-words`.
    var spellingWords: [String] = []
    /// Who signs composed replies (`replylint compose`), unless `--agent` names a file.
    public var agent: AgentProfile?

    /// The shipped defaults, with nothing of the user's.
    public init() {}

    /// Reads a config file; every problem names the file, line, column and key.
    public init(contentsOf path: String) throws(ConfigurationError) {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, message: "cannot read the config file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(path: path, message: "not UTF-8 text")
        }
        guard let yaml = try YAMLValue.load(text, path: path) else { return }
        for (key, keyNode, value) in try yaml.mapping("the config") {
            switch key {
            case "locale": locale = try value.string("locale")
            case "rules":
                for (id, idNode, settings) in try value.mapping("rules") {
                    rules[id] = try RuleSettings(settings, rule: Self.rule(id, idNode).description)
                }
            case "disable": disabled = try Self.ruleList(value, "disable")
            case "enable": enabled = try Self.ruleList(value, "enable")
            case "suppress":
                guard let items = value.node.sequence else { throw value.error("suppress must be a list") }
                suppressions = try items.map { item throws(ConfigurationError) in
                    try Suppression(YAMLValue(node: item, path: path))
                }
            case "agent": agent = try AgentProfile(value)
            case "languages":
                for (code, _, lists) in try value.mapping("languages") {
                    var data = LanguageData(code: code, name: code)
                    try data.extend(with: lists)
                    languages[code] = data
                }
            case "spelling-words": spellingWords += try value.strings("spelling-words")
            default:
                throw keyNode.error("unknown key '\(key)' (known: \(Self.keys.joined(separator: ", ")))")
            }
        }
    }

    /// The nearest `.replylint.yaml` in `directory` or a folder above it.
    public static func discover(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// These settings with rules turned on and off by the run (ids checked by `SessionOptions`).
    func enabling(_ enable: [String], disabling disable: [String]) -> Configuration {
        var copy = self
        copy.enabled.formUnion(enable)
        copy.disabled.subtract(enable)
        copy.disabled.formUnion(disable)
        copy.enabled.subtract(disable)
        return copy
    }

    private static func rule(_ id: String, _ node: YAMLValue) throws(ConfigurationError) -> any Rule.Type {
        guard let rule = RuleCatalog.rule(id) else { throw node.error("unknown rule '\(id)'") }
        return rule
    }

    private static func ruleList(_ value: YAMLValue, _ key: String) throws(ConfigurationError) -> Set<String> {
        var ids = Set<String>()
        for id in try value.strings(key) {
            guard RuleCatalog.rule(id) != nil else { throw value.error("unknown rule '\(id)' in \(key)") }
            ids.insert(id)
        }
        return ids
    }
}
