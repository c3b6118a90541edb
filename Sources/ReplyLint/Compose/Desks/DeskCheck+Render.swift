/// Each macro rendered with sample values and with every optional value empty, in each of its
/// languages, and linted with every rule: error-level findings are errors of the macro.
extension DeskCheck {
    func renderFindings(_ macro: DeskMacro, _ parsed: [ParsedPart], linter: Linter) -> ([Diagnostic], String) {
        let paths = parsed.flatMap(\.usage.uses).map(\.path)
        let dynamic = Set(paths.filter { $0.hasPrefix("dc.") }.map { String($0.dropFirst(3)) })
        if !dynamic.isEmpty, library.dynamicContentPath == nil {
            return ([finding(.lint, at: macro.titleAt, "not rendered: it uses dynamic content (\(dynamic.sorted().map { "dc.\($0)" }.joined(separator: ", "))); give the dynamic-content export with --dynamic-content", severity: .info)], "")
        }
        var languages: [String?] = [macro.language.map(TemplateLocale.language)]
        let items = library.dynamicContent.filter { dynamic.contains($0.name) }
        if macro.language == nil, !items.isEmpty {
            languages = Array(Set(items.flatMap { $0.variants.map { TemplateLocale.language($0.locale) } })).sorted()
        }
        let rendering = DeskRendering(catalogue: catalogue, dynamicContent: library.dynamicContent)
        var findings: [Diagnostic] = []
        var seen: Set<String> = []
        var detected = ""
        for language in languages {
            var code = language ?? "en"
            if language == nil, let draft = try? linter.draft(draft(macro, parsed, rendering, code, .sample, declared: nil).bytes) {
                code = draft.language.code   // names and samples in the language the macro is written in
            }
            if detected.isEmpty { detected = code }
            for mode in [DeskRendering.Mode.sample, .emptyOptional] {
                let (bytes, html) = draft(macro, parsed, rendering, code, mode, declared: language)
                let headerLines = TemplateDraft.headerLineCount(bytes)
                let report: FileReport
                do {
                    report = try linter.lint(bytes, path: library.path)
                } catch {
                    findings.append(finding(.lint, at: macro.titleAt, "the rendered macro is not a readable message: \(error)"))
                    continue
                }
                for diagnostic in report.diagnostics where diagnostic.severity == .error {
                    let placed = place(diagnostic, macro, headerLines: headerLines, html: html)
                    let key = "\(placed.line):\(placed.column):\(diagnostic.rule):\(diagnostic.message)"
                    guard seen.insert(key).inserted else { continue }
                    let how = mode == .sample ? "with sample values" : "with every optional value empty"
                    let prefix = languages.count > 1 ? "in \(code), " : ""
                    var result = placed
                    result.message = "\(prefix)rendered \(how), it breaks \(diagnostic.rule): \(diagnostic.message)"
                    findings.append(result)
                }
            }
        }
        return (findings, detected)
    }

    /// The rendered macro as a message; whether its body is HTML.
    private func draft(_ macro: DeskMacro, _ parsed: [ParsedPart], _ rendering: DeskRendering, _ code: String,
                       _ mode: DeskRendering.Mode, declared: String?) -> (bytes: [UInt8], html: Bool) {
        let paths = parsed.flatMap(\.usage.uses).map(\.path)
        let values = rendering.values(for: paths, language: code, mode: mode)
        func render(_ kind: DeskMacro.PartKind) -> String? {
            guard let part = parsed.first(where: { $0.part.kind == kind }) else { return nil }
            var renderer = LiquidRenderer(values: values)
            return renderer.render(part.nodes)
        }
        let stand = DeskRendering.standIns(code)
        let title = catalogue.placeholder("ticket.title")?.sample ?? macro.title
        let subject = render(.subject).map { String($0.trimmingWhitespace) } ?? "Re: \(title)"
        let html = render(.html)
        let body = html ?? render(.text) ?? ""
        return (DeskDraft.bytes(subject: subject, body: body, html: html != nil, language: declared, values: stand), html != nil)
    }

    /// A lint finding placed in the export: a header's at the subject action (else the title), a
    /// body's where its text is written in the body, else at the body's start.
    private func place(_ diagnostic: Diagnostic, _ macro: DeskMacro, headerLines: Int, html: Bool) -> Diagnostic {
        if diagnostic.line <= headerLines {
            if let subject = macro.subject {
                return finding(.lint, subject.source, 0, subject.source.text.unicodeScalars.count, diagnostic.message)
            }
            return finding(.lint, at: macro.titleAt, diagnostic.message)
        }
        guard let body = macro.body else { return finding(.lint, at: macro.titleAt, diagnostic.message) }
        if let excerpt = diagnostic.excerpt, !excerpt.isEmpty, !excerpt.contains("\n"), let range = body.source.text.range(of: excerpt) {
            let offset = body.source.text.unicodeScalars.distance(from: body.source.text.unicodeScalars.startIndex, to: range.lowerBound)
            return finding(.lint, body.source, offset, excerpt.unicodeScalars.count, diagnostic.message)
        }
        return finding(.lint, body.source, 0, 1, diagnostic.message)
    }

    /// Reports of the dynamic-content export: items whose variants do not parse, read unknown
    /// placeholders, or lack a language other items have.
    func dynamicContentReports() -> [FileReport] {
        guard let path = library.dynamicContentPath else { return [] }
        let languages = Set(library.dynamicContent.flatMap { $0.variants.map { TemplateLocale.language($0.locale) } })
        var reports: [FileReport] = []
        for item in library.dynamicContent {
            var findings: [Diagnostic] = []
            for variant in item.variants {
                do {
                    let nodes = try LiquidParser.parse(variant.source.text)
                    for use in LiquidUsage(nodes).uses {
                        if let reason = unknown(use.path) {
                            findings.append(finding(.unknownPlaceholder, variant.source, use.offset, use.width, reason))
                        }
                    }
                } catch {
                    findings.append(finding(.syntax, variant.source, error.offset, error.width, "\(variant.locale) variant: \(error.message)"))
                }
            }
            let missing = languages.subtracting(item.variants.map { TemplateLocale.language($0.locale) }).sorted()
            if !missing.isEmpty {
                findings.append(finding(.localeMissing, at: item.nameAt,
                                        "dynamic content '\(item.name)' has no \(missing.joined(separator: ", ")) variant; other items have \(missing.count == 1 ? "one" : "them"), so those customers get the default"))
            }
            findings.sort { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) }
            reports.append(FileReport(path: path, locale: item.defaultVariant.map { TemplateLocale.language($0.locale) } ?? "",
                                      templateID: "dc.\(item.name)", diagnostics: findings))
        }
        return reports
    }

    /// Macros that record their language (Gorgias) and share a name are one reply's variants: a
    /// name that lacks a language other macros have is reported on its first macro (the English
    /// one when there is one), as for our own templates.
    func missingLanguages() -> [(Int, Diagnostic)] {
        let languages = Set(library.macros.compactMap { $0.language.map(TemplateLocale.language) })
        guard languages.count > 1 else { return [] }
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, macro) in library.macros.enumerated() where macro.language != nil {
            if groups[macro.title] == nil { order.append(macro.title) }
            groups[macro.title, default: []].append(index)
        }
        var findings: [(Int, Diagnostic)] = []
        for title in order {
            let indices = groups[title] ?? []
            let present = Set(indices.compactMap { library.macros[$0].language.map(TemplateLocale.language) })
            let missing = languages.subtracting(present).sorted()
            guard !missing.isEmpty, let first = indices.first else { continue }
            let target = indices.first { library.macros[$0].language.map(TemplateLocale.language) == "en" } ?? first
            findings.append((target, finding(.localeMissing, at: library.macros[target].titleAt,
                                             "'\(title)' has no \(missing.joined(separator: ", ")) variant; other macros have \(missing.count == 1 ? "one" : "them")")))
        }
        return findings
    }
}
