import Foundation

/// `compose` of a help desk's macro: the desk's placeholders filled from the values replylint
/// derives (`--reply-to` gives the requester, the agent profile `current_user`; any other by its
/// path with `_` for `.`), strictly, then written and linted as a template's reply is.
extension Composer {
    /// Reads the export `options.templates` (and the files beside it) into a composer.
    static func loadDesk(_ options: ComposeOptions, configuration: Configuration) throws(ComposeFailure) -> Composer {
        let input = DeskChecker.Input(path: options.templates, source: options.deskSource,
                                      dynamicContent: options.dynamicContent, locales: options.locales)
        do {
            var composer = try Composer(library: TemplateLibrary(templates: [], partials: [:]), configuration: configuration)
            composer.desk = try DeskReader.read(input)
            return composer
        } catch let error as DeskExportError {
            throw .compose(.invalidTemplate(path: error.path, line: error.line ?? 1, column: error.column ?? 1, message: error.message))
        } catch let error as ConfigurationError {
            throw .configuration(error)
        } catch {
            throw .compose(.invalidTemplate(path: options.templates, line: 1, column: 1, message: "\(error)"))
        }
    }

    func composeMacro(_ desk: DeskLibrary, _ request: Request) throws(ComposeError) -> Composition {
        let catalogue: DeskCatalogue
        do {
            catalogue = try DeskCatalogue.shipped(desk.desk)
        } catch {
            throw .invalidTemplate(path: error.path, line: error.line ?? 1, column: error.column ?? 1, message: error.message)
        }
        // Macros that share a name are language variants (Gorgias): the reply's language picks one.
        let candidates = desk.macros.filter { DeskConversion.names($0).contains(request.templateID) }
        let wanted = request.locale ?? request.reply?.language ?? library.defaultLocale
        let chain = TemplateLocale.chain(wanted, fallback: library.defaultLocale)
        guard let macro = chain.lazy.compactMap({ tag in candidates.first { $0.language.map(TemplateLocale.normalized) == tag } }).first
                ?? candidates.first else {
            throw .unknownTemplate(id: request.templateID, available: Array(Set(desk.macros.map { DeskConversion.slug($0.title) })).sorted())
        }
        var values = try Self.values(request)
        values.merge(DeskRendering.agentParts(values)) { given, _ in given }
        let parts = try Self.parse(macro, desk: desk, catalogue: catalogue)
        let language = request.locale.map(TemplateLocale.language) ?? request.reply?.language.map(TemplateLocale.language) ?? macro.language
        let filler = DeskFiller(catalogue: catalogue, dynamicContent: desk.dynamicContent, values: values,
                                language: language ?? desk.dynamicContent.first?.defaultVariant.map { TemplateLocale.language($0.locale) })
        // A reply keeps the customer's subject, so the macro's subject is not filled then.
        let replying = request.reply?.subject != nil
        let bodyPart = parts.first(where: { $0.part.kind == .html }) ?? parts.first(where: { $0.part.kind == .text })
        let subjectPart = replying ? nil : parts.first(where: { $0.part.kind == .subject })
        let missing = filler.missing([bodyPart, subjectPart].compactMap { $0 }.flatMap(\.usage.uses))
        var subject: String?
        if let part = subjectPart {
            subject = String(filler.render(part.nodes).trimmingWhitespace)
        } else if !replying {
            if let title = values[catalogue.ticketSubject.name], !Template.isMissing(title) { subject = "Re: " + title }
        }
        var names = missing
        if subject == nil, !replying { names.append(catalogue.ticketSubject.name) }
        guard names.isEmpty else { throw .missingValues(template: macro.title, names: names) }
        guard let body = bodyPart else {
            throw .invalidTemplate(path: macro.path ?? desk.path, line: macro.titleAt.line, column: macro.titleAt.column, message: "macro '\(macro.title)' has no reply text")
        }
        let rendered = filler.render(body.nodes)
        let text = body.part.kind == .html ? HTMLText.text(from: rendered) : rendered
        let locale = language ?? detectLanguage(subject ?? "", text, values)
        let sentAt = request.now ?? MessageDate(date: Date(), utcOffset: TimeZone.current.secondsFromGMT())
        let result = RenderedTemplate(headers: subject.map { [("Subject", $0)] } ?? [], body: text, locale: locale)
        return try finish(result, templateID: DeskConversion.slug(macro.title), values: values, request: request, sentAt: sentAt)
    }

    /// Each part of the macro parsed; a part that does not parse, or reads a placeholder the desk
    /// does not have, is refused with its place in the export.
    static func parse(_ macro: DeskMacro, desk: DeskLibrary, catalogue: DeskCatalogue) throws(ComposeError) -> [DeskCheck.ParsedPart] {
        var parts: [DeskCheck.ParsedPart] = []
        let check = DeskCheck(library: desk, catalogue: catalogue, linter: nil)
        for part in macro.parts {
            let nodes: [LiquidNode]
            do {
                nodes = try part.syntax.parse(part.source.text)
            } catch {
                let at = part.source.position(ofScalar: error.offset)
                throw .invalidTemplate(path: macro.path ?? desk.path, line: at.line, column: at.column, message: "\(part.field): \(error.message)")
            }
            let usage = LiquidUsage(nodes)
            for use in usage.uses where !check.isCustomAttribute(use.path) {
                if let reason = check.unknown(use.path) {
                    let at = part.source.position(ofScalar: use.offset)
                    throw .invalidTemplate(path: macro.path ?? desk.path, line: at.line, column: at.column, message: reason)
                }
            }
            parts.append(DeskCheck.ParsedPart(part: part, nodes: nodes, usage: usage))
        }
        return parts
    }

    private func detectLanguage(_ subject: String, _ body: String, _ values: [String: String]) -> String {
        let bytes = DeskDraft.bytes(subject: subject, body: body, html: false, language: nil, values: values)
        return (try? linter.draft(bytes).language.code) ?? library.defaultLocale
    }
}

/// Fills a macro's placeholders from our values, for `compose`.
struct DeskFiller {
    let catalogue: DeskCatalogue
    let dynamicContent: [DeskDynamicContent]
    let values: [String: String]
    /// The language whose dynamic-content variant is used.
    let language: String?

    func value(_ path: String) -> LiquidValue? {
        guard let placeholder = catalogue.placeholder(path) else {
            // A workspace's own attribute (Intercom): given by its name, `--set plan_type=Gold`.
            guard catalogue.customAttributes, let name = catalogue.variableName(path), let value = values[name], !Template.isMissing(value) else { return nil }
            return .string(value)
        }
        if placeholder.list { return .list([]) }
        if placeholder.dynamic {
            guard let variant = item(path)?.variant(for: language), let nodes = try? LiquidParser.parse(variant.source.text) else { return nil }
            return .string(render(nodes))
        }
        guard let name = catalogue.variableName(path), let value = values[name], !Template.isMissing(value) else { return nil }
        return .string(value)
    }

    func render(_ nodes: [LiquidNode]) -> String {
        var paths = LiquidUsage(nodes).uses.map(\.path)
        for path in paths where path.hasPrefix("dc.") {
            if let variant = item(path)?.variant(for: language), let inner = try? LiquidParser.parse(variant.source.text) {
                paths += LiquidUsage(inner).uses.map(\.path)
            }
        }
        var bound: [String: LiquidValue] = [:]
        for path in Set(paths) { bound[path] = value(path) }
        var renderer = LiquidRenderer(values: bound)
        return renderer.render(nodes)
    }

    /// Our names of the values the customer would otherwise read as a gap: a `{{…}}` with no
    /// value, no `default` and no condition on it around it (dynamic content's own included).
    func missing(_ uses: [LiquidUsage.Use]) -> [String] {
        var names: [String] = []
        for use in uses where use.isOutput && use.fallback == nil && !use.guards.contains(use.path) {
            if use.path.hasPrefix("dc.") {
                if let variant = item(use.path)?.variant(for: language), let inner = try? LiquidParser.parse(variant.source.text) {
                    names += missing(LiquidUsage(inner).uses)
                }
                continue
            }
            guard value(use.path) == nil, let name = catalogue.variableName(use.path) else { continue }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    private func item(_ path: String) -> DeskDynamicContent? {
        dynamicContent.first { "dc.\($0.name)" == path }
    }
}
