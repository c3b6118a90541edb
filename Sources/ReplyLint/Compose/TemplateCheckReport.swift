import Foundation

/// What `templates check` found in one file.
public struct TemplateFinding: Sendable, Codable, Equatable {
    /// The check's id without the `template.` prefix: `front-matter`, `undeclared`, `lint`…
    public var check: String
    public var severity: Severity
    public var message: String
    public var line: Int
    public var column: Int
}

/// The findings for one template file (or a partial that does not parse).
public struct TemplateFileReport: Sendable, Codable, Equatable {
    public var path: String
    public var id: String
    public var locale: String
    public var findings: [TemplateFinding]
}

/// The result of `templates check`: every template file, in path order.
public struct TemplateCheckReport: Sendable, Equatable {
    public var templates: [TemplateFileReport]

    public struct Summary: Codable, Sendable, Equatable {
        public var templates: Int
        public var errors: Int
        public var warnings: Int
    }

    public var summary: Summary {
        let all = templates.flatMap(\.findings)
        return Summary(templates: templates.count, errors: all.filter { $0.severity == .error }.count,
                       warnings: all.filter { $0.severity == .warning }.count)
    }

    /// `path:line:col: severity: message [template.check]`, one a line, then the counts.
    public var text: String {
        var lines: [String] = []
        for file in templates {
            for finding in file.findings {
                lines.append("\(file.path):\(finding.line):\(finding.column): \(finding.severity.rawValue): \(finding.message) [template.\(finding.check)]")
            }
        }
        let s = summary
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        lines.append("\(plural(s.errors, "error")), \(plural(s.warnings, "warning")) in \(plural(s.templates, "template"))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Version 1: `{"version": 1, "templates": [...], "summary": {...}}`.
    public var json: String {
        struct Document: Encodable {
            var version: Int
            var templates: [TemplateFileReport]
            var summary: Summary
        }
        return JSONReport.encode(Document(version: 1, templates: templates, summary: summary)) + "\n"
    }
}
