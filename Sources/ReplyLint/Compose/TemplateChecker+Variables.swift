/// The checks on what a template uses: undeclared, unused, unguarded, partial-missing, personalisation.
extension TemplateChecker {
    func variableFindings(_ file: TemplateFile, library: TemplateLibrary) -> [Diagnostic] {
        let template = file.template
        let usage = TemplateUsage(template, library: library)
        var findings: [Diagnostic] = []
        let provided = Self.provided(template)
        var reported: Set<String> = []
        for use in usage.uses where use.tag.kind != .partial && !provided.contains(use.tag.name) {
            let key = "\(use.position.line):\(use.position.column):\(use.tag.name)"
            guard reported.insert(key).inserted else { continue }
            findings.append(finding("undeclared", .error, use.position,
                                    "'\(use.tag.name)'\(Self.through(use)) is not declared in the front matter's variables"))
        }
        let names = usage.names
        for variable in template.variables where !names.contains(variable.name) && !names.contains(variable.name + "_vocative") {
            findings.append(finding("unused", .warning, file.frontMatter.variablePositions[variable.name] ?? file.frontMatter.variablesPosition,
                                    "'\(variable.name)' is declared but never used"))
        }
        findings += unguarded(usage, template)
        for use in usage.missingPartials {
            let name = use.tag.name
            let message = use.via.isEmpty
                ? "no partial '\(name)' for '\(template.locale)'; add partials/\(name).\(template.locale).mustache or partials/\(name).mustache"
                : "partial '\(use.via.joined(separator: "' → '"))' includes '\(name)', which has no variant for '\(template.locale)'"
            findings.append(finding("partial-missing", .error, use.position, message))
        }
        for use in usage.recursivePartials {
            findings.append(finding("syntax", .error, use.position, Template.loopMessage(use)))
        }
        if names.isDisjoint(with: Self.customerNames(template)) {
            findings.append(finding("personalisation", .warning, TemplatePosition(line: template.bodyLine, column: 1),
                                    "the reply never uses the customer's name; greet them with {{customer_first_name}} or a declared name variable"))
        }
        return findings
    }

    /// An optional value with no fallback renders as nothing, so it may only appear inside `{{#name}}…{{/name}}`.
    private func unguarded(_ usage: TemplateUsage, _ template: Template) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let bare = template.variables.filter { !$0.required && Template.isMissing($0.fallback) }
        for use in usage.variables {
            let name = use.tag.name
            guard let variable = bare.first(where: { name == $0.name || (name == $0.name + "_vocative" && $0.kind == .name) }),
                  !use.guards.contains(variable.name), !use.guards.contains(name) else { continue }
            findings.append(finding("unguarded", .error, use.position,
                                    "'\(name)'\(Self.through(use)) is optional with no fallback; make it required, give it a fallback, or use it only inside {{#\(variable.name)}}…{{/\(variable.name)}}"))
        }
        return findings
    }

    /// Declared variables, the vocatives of name variables, and what replylint fills in itself.
    static func provided(_ template: Template) -> Set<String> {
        var names = Set(template.variables.map(\.name)).union(BuiltInExamples.names)
        for variable in template.variables where variable.kind == .name { names.insert(variable.name + "_vocative") }
        for name in BuiltInExamples.customerNames { names.insert(name + "_vocative") }
        return names
    }

    /// Values that name the customer: the built-in customer names and declared name variables
    /// (other than the agent's), with their vocatives.
    static func customerNames(_ template: Template) -> Set<String> {
        let declared = template.variables.filter { $0.kind == .name && !$0.name.hasPrefix("agent_") }.map(\.name)
        let names = BuiltInExamples.customerNames + declared
        return Set(names + names.map { $0 + "_vocative" })
    }

    private static func through(_ use: TemplateUsage.Use) -> String {
        use.via.isEmpty ? "" : " (in partial '\(use.via.joined(separator: "' → '"))')"
    }
}
