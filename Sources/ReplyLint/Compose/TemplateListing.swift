import Foundation

/// `templates list`: each template id with its locales and the variables its variants declare.
public struct TemplateListing: Sendable, Equatable {
    public struct Entry: Sendable, Codable, Equatable {
        public var id: String
        public var locales: [String]
        public var description: String
        public var variables: [Variable]
    }

    public struct Variable: Sendable, Codable, Equatable {
        public var name: String
        public var type: String
        public var required: Bool
        public var fallback: String?
    }

    public var templates: [Entry]
    /// Files that did not load, as `path:line:col: message`.
    public var problems: [String]

    /// Reads `directory`; nil when it cannot be read.
    public init?(directory: String) {
        guard let folder = TemplateFolder.read(directory) else { return nil }
        problems = folder.problems.map { $0.composeError.description }
        let byId = Dictionary(grouping: folder.files.map(\.template), by: \.id)
        templates = byId.keys.sorted().map { id in
            let variants = (byId[id] ?? []).sorted { $0.locale < $1.locale }
            // The default locale's description and variables lead; the others add what it lacks.
            let ordered = variants.filter { $0.locale == "en" } + variants.filter { $0.locale != "en" }
            var variables: [Variable] = []
            for variable in ordered.flatMap(\.variables) where !variables.contains(where: { $0.name == variable.name }) {
                variables.append(Variable(name: variable.name, type: variable.kind.rawValue,
                                          required: variable.required, fallback: variable.fallback))
            }
            return Entry(id: id, locales: variants.map(\.locale), description: ordered.first?.description ?? "",
                         variables: variables)
        }
    }

    /// Each id with its locales, then one line a variable.
    public var text: String {
        var lines: [String] = []
        for entry in templates {
            lines.append("\(entry.id)  [\(entry.locales.joined(separator: " "))]" + (entry.description.isEmpty ? "" : "  \(entry.description)"))
            let width = entry.variables.map(\.name.count).max() ?? 0
            for variable in entry.variables {
                let name = variable.name.padding(toLength: width, withPad: " ", startingAt: 0)
                let type = variable.type.padding(toLength: 8, withPad: " ", startingAt: 0)
                let need = variable.required ? "required" : variable.fallback.map { "optional, fallback '\($0)'" } ?? "optional"
                lines.append("  \(name)  \(type)  \(need)")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Version 1: `{"version": 1, "templates": [{"id", "locales", "description", "variables"}]}`.
    public var json: String {
        struct Document: Encodable {
            var version: Int
            var templates: [Entry]
        }
        return JSONReporter.encode(Document(version: 1, templates: templates)) + "\n"
    }
}
