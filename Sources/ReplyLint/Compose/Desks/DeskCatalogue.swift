import Foundation
import RuleData

/// The placeholders a desk documents (`Rules/desks/<desk>.yaml`): which exist, which may be empty
/// on a real ticket, and what they hold when a macro is rendered or composed.
struct DeskCatalogue: Sendable {
    struct Placeholder: Sendable, Equatable {
        /// The path; `#` stands for digits, `*` for a key (letters, digits, `_`, `-`) and a final
        /// `**` for the rest of the path, whatever it is.
        var pattern: String
        /// One of the values replylint derives (`customer_first_name`, `agent_name`) it maps onto.
        var value: String?
        /// What a sample render puts in when it maps onto nothing.
        var sample: String?
        /// The desk may leave it empty (a customer with no first name on file).
        var optional = false
        /// A list (`ticket.comments`), for loops.
        var list = false
        /// Dynamic content, resolved from the dynamic-content export.
        var dynamic = false
    }

    var desk: String
    /// The desk's fallback syntax with `{path}` and `{text}` slots.
    var fallback: String
    /// How the desk writes a placeholder, with a `{path}` slot.
    var output = "{{{path}}}"
    /// How the desk writes a condition around text, with a `{path}` slot; nil for a desk that has none.
    var guardSyntax: String? = "{% if {path} %}…{% endif %}"
    /// The desk fills attributes a workspace defines, by any name (Intercom's custom attributes):
    /// a name not documented and not close to one that is may be one of them.
    var customAttributes = false
    var placeholders: [Placeholder]

    /// The entry `path` matches, exact entries before patterns; nil for a placeholder the desk
    /// does not document.
    func placeholder(_ path: String) -> Placeholder? {
        if let exact = placeholders.first(where: { $0.pattern == path }) { return exact }
        return placeholders.first { Self.matches($0.pattern, path) }
    }

    /// The desk's own way of writing `path` with a fallback.
    func fallback(for path: String, text: String) -> String {
        fallback.replacingOccurrences(of: "{path}", with: path).replacingOccurrences(of: "{text}", with: text)
    }

    /// The desk's own way of writing the placeholder `path`.
    func output(for path: String) -> String { output.replacingOccurrences(of: "{path}", with: path) }

    /// The desk's own way of putting text inside a condition on `path`; nil when it has none.
    func guarded(_ path: String) -> String? { guardSyntax.map { $0.replacingOccurrences(of: "{path}", with: path) } }

    private static func matches(_ pattern: String, _ path: String) -> Bool {
        guard pattern.contains("#") || pattern.contains("*") else { return false }
        var rest = Substring(path)
        var patternRest = Substring(pattern)
        while let slot = patternRest.firstIndex(where: { $0 == "#" || $0 == "*" }) {
            let literal = patternRest[..<slot]
            guard rest.hasPrefix(literal) else { return false }
            rest = rest.dropFirst(literal.count)
            if patternRest[slot...].hasPrefix("**") { return !rest.isEmpty && patternRest[slot...] == "**" }
            let digitsOnly = patternRest[slot] == "#"
            let run = rest.prefix { digitsOnly ? $0.isASCII && $0.isNumber : ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "-" }
            guard !run.isEmpty else { return false }
            rest = rest.dropFirst(run.count)
            patternRest = patternRest[patternRest.index(after: slot)...]
        }
        return rest == patternRest
    }

    /// The shipped catalogue of `desk`, read once per process.
    static func shipped(_ desk: DeskSource) throws(ConfigurationError) -> DeskCatalogue {
        switch desk {
        case .zendesk: try zendesk.get()
        case .gorgias: try gorgias.get()
        case .freshdesk: try freshdesk.get()
        case .helpscout: try helpscout.get()
        case .intercom: try intercom.get()
        case .folder: try folder.get()
        }
    }

    private static let zendesk = Result { () throws(ConfigurationError) in try load("zendesk") }
    private static let gorgias = Result { () throws(ConfigurationError) in try load("gorgias") }
    private static let freshdesk = Result { () throws(ConfigurationError) in try load("freshdesk") }
    private static let helpscout = Result { () throws(ConfigurationError) in try load("helpscout") }
    private static let intercom = Result { () throws(ConfigurationError) in try load("intercom") }
    private static let folder = Result { () throws(ConfigurationError) in try load("folder") }

    static func load(_ name: String, from directory: URL = RuleData.directory) throws(ConfigurationError) -> DeskCatalogue {
        let url = directory.appendingPathComponent("desks").appendingPathComponent("\(name).yaml")
        guard let yaml = try ShippedData.read(url) else {
            throw ConfigurationError(path: url.path, message: "cannot read the desk's placeholder catalogue")
        }
        var catalogue = DeskCatalogue(desk: name, fallback: "", placeholders: [])
        for (key, keyNode, value) in try yaml.mapping("a desk catalogue") {
            switch key {
            case "desk": catalogue.desk = try value.string("desk")
            case "fallback": catalogue.fallback = try value.string("fallback")
            case "output": catalogue.output = try value.string("output")
            case "custom-attributes": catalogue.customAttributes = try value.bool("custom-attributes")
            case "guard":
                let text = try value.string("guard")
                catalogue.guardSyntax = text.isEmpty ? nil : text
            case "placeholders":
                for (pattern, _, entry) in try value.mapping("placeholders") {
                    catalogue.placeholders.append(try placeholder(pattern, entry))
                }
            default: throw keyNode.error("unknown key '\(key)' (known: desk, fallback, output, guard, custom-attributes, placeholders)")
            }
        }
        return catalogue
    }

    private static func placeholder(_ pattern: String, _ entry: YAMLValue) throws(ConfigurationError) -> Placeholder {
        var placeholder = Placeholder(pattern: pattern)
        for (key, keyNode, value) in try entry.mapping("placeholder '\(pattern)'") {
            switch key {
            case "value": placeholder.value = try value.string("value")
            case "sample": placeholder.sample = try value.string("sample")
            case "optional": placeholder.optional = try value.bool("optional")
            case "list": placeholder.list = try value.bool("list")
            case "dynamic": placeholder.dynamic = try value.bool("dynamic")
            default: throw keyNode.error("unknown key '\(key)' in placeholder '\(pattern)' (known: value, sample, optional, list, dynamic)")
            }
        }
        return placeholder
    }
}
