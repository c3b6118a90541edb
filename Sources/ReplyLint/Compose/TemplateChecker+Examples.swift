import Foundation

/// The checks on a template's examples: each renders (`example`) and lints clean (`lint`).
extension TemplateChecker {
    func exampleFindings(_ file: TemplateFile, library: TemplateLibrary, linter: Linter?) -> [Diagnostic] {
        let template = file.template
        var first: [String: String] = [:]
        for variable in template.variables { first[variable.name] = variable.example }
        let sets = [(first, file.frontMatter.variablesPosition)]
            + zip(template.examples, file.frontMatter.examplePositions).map { ($0, $1) }
        var findings: [Diagnostic] = []
        for (index, (example, position)) in sets.enumerated() {
            let number = index + 1
            let values: [String: String]
            let rendered: RenderedTemplate
            do {
                values = try exampleValues.make(template, example)
                rendered = try template.render(values, library: library)
            } catch {
                findings.append(finding("example", .error, position, "example \(number) does not render: \(Self.reason(error))"))
                continue
            }
            guard let linter else {
                findings.append(finding("lint", .error, position, "example \(number) could not be linted: the shipped rule data does not load"))
                continue
            }
            findings += lintFindings(rendered, values: values, template: template, example: number, linter: linter)
        }
        return findings
    }

    /// Where the offending text is written in the body, when it is there as written (not made by a
    /// value or a partial); else the body's first line.
    private static func place(_ excerpt: String?, in template: Template) -> TemplatePosition {
        let lines = template.body.split(separator: "\n", omittingEmptySubsequences: false)
        if let excerpt, !excerpt.isEmpty, !excerpt.contains("\n") {
            for (offset, line) in lines.enumerated() {
                if let range = line.range(of: excerpt) {
                    return TemplatePosition(line: template.bodyLine + offset, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                }
            }
        }
        return TemplatePosition(line: template.bodyLine, column: 1)
    }

    private static func reason(_ error: ComposeError) -> String {
        guard case let .missingValues(_, names) = error else { return error.description }
        return "it has no \(names.map { "'\($0)'" }.joined(separator: ", ")), which \(names.count == 1 ? "is" : "are") required"
    }

    private func lintFindings(_ rendered: RenderedTemplate, values: [String: String], template: Template,
                              example: Int, linter: Linter) -> [Diagnostic] {
        let draft = TemplateDraft.bytes(rendered, values: values)
        let report: FileReport
        do {
            report = try linter.lint(draft, path: template.path)
        } catch {
            return [finding("lint", .error, TemplatePosition(line: template.bodyLine, column: 1),
                            "example \(example) does not make a readable message: \(error)")]
        }
        let subject = template.headers.first { $0.name == "Subject" }
        let headerLines = TemplateDraft.headerLineCount(draft)
        return report.diagnostics.filter { $0.severity == .error }.map { diagnostic in
            let at = diagnostic.line <= headerLines
                ? TemplatePosition(line: subject?.line ?? template.bodyLine, column: subject?.column ?? 1)
                : Self.place(diagnostic.excerpt, in: template)
            return finding("lint", .error, at, "example \(example) breaks \(diagnostic.rule): \(diagnostic.message)")
        }
    }
}

/// A rendered template as the message it would become, for the linter: From and To built from
/// the agent's and customer's names, dated `BuiltInExamples.date`.
enum TemplateDraft {
    static func bytes(_ rendered: RenderedTemplate, values: [String: String]) -> [UInt8] {
        let agent = values["agent_name"] ?? ""
        let customer = values["customer_name"]
            ?? [values["customer_first_name"], values["customer_last_name"]].compactMap { $0 }.joined(separator: " ")
        var bytes = address("From", agent, values["agent_email"] ?? "agent@example.com")
        bytes += address("To", customer, values["customer_email"] ?? "customer@example.com")
        for header in rendered.headers where !header.value.isEmpty {
            bytes += field(header.name, header.value) + crlf
        }
        bytes += Array("Date: \(BuiltInExamples.date)\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\nContent-Language: \(rendered.locale)\r\n\r\n".utf8)
        bytes += Array(rendered.body.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        return bytes
    }

    /// How many lines the header section of `draft` has (the blank line included).
    static func headerLineCount(_ draft: [UInt8]) -> Int {
        var count = 0
        var lineLength = 0
        for byte in draft {
            if byte == 0x0A {
                count += 1
                if lineLength == 0 { return count }
                lineLength = 0
            } else if byte != 0x0D {
                lineLength += 1
            }
        }
        return count
    }

    private static let crlf: [UInt8] = [0x0D, 0x0A]

    private static func address(_ name: String, _ display: String, _ email: String) -> [UInt8] {
        guard !display.isEmpty else { return Array("\(name): \(email)\r\n".utf8) }
        return field(name, display) + Array(" <\(email)>\r\n".utf8)
    }

    private static func field(_ name: String, _ value: String) -> [UInt8] {
        let prefix = Array("\(name): ".utf8)
        guard !value.unicodeScalars.allSatisfy(\.isASCII) else { return prefix + Array(value.utf8) }
        return EncodedWordWriter.field(prefix: prefix, value: value, lineBreak: crlf)
    }
}
