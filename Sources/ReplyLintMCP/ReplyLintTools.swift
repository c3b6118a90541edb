import Foundation
import MCP
import ReplyLint

/// The tools behind `replylint mcp`, kept warm for the whole process: one `LintSession`
/// (linters per config and per set of rule toggles, dictionaries preloaded) and one `Composer`
/// for the template library. Each call maps its arguments into the library's options, and the
/// outcome's `Verdict` into `isError`: findings are a result, a draft that cannot be checked
/// is an error. Safe to call from many tasks at once.
public final class ReplyLintTools: Sendable {
    let session: LintSession
    let composer: Composer?
    let templates: String?

    /// `templates`: the library's folder (compose_reply, list_templates); `configPath`: the
    /// config for every draft, else the nearest `.replylint.yaml` above each draft's name.
    public init(templates: String?, configPath: String?) throws(LintFailure) {
        session = try LintSession(SessionOptions(configPath: configPath))
        session.preloadDictionaries()
        if case let .failure(failure) = session.linter(forDraftsIn: FileManager.default.currentDirectoryPath) { throw failure }
        if let templates {
            var options = ComposeOptions(templateID: "", templates: templates)
            options.configPath = configPath
            do {
                composer = try Composer.load(options)
            } catch {
                throw error.failure
            }
        } else {
            composer = nil
        }
        self.templates = templates
    }

    public var definitions: [Tool] { ToolCatalog.all.map(\.tool) }

    /// One `tools/call`: never throws; a bad call is a result with `isError` and one line why.
    public func call(_ name: String, _ arguments: [String: Value]?) -> CallTool.Result {
        guard let tool = ToolCatalog.named(name) else {
            return Self.error("no tool '\(name)'; the tools are \(ToolCatalog.all.map(\.name).joined(separator: ", "))")
        }
        do {
            let arguments = try ToolArguments(arguments, tool: tool)
            switch name {
            case ToolCatalog.lintDraft.name: return try lint(arguments, fixing: false)
            case ToolCatalog.fixDraft.name: return try lint(arguments, fixing: true)
            case ToolCatalog.composeReply.name: return try compose(arguments)
            case ToolCatalog.listTemplates.name: return try listTemplates()
            case ToolCatalog.listRules.name: return try ToolResults.result(summary: "\(RuleReference.all.count) rules",
                                                                           json: "{\"rules\":" + RuleReference.json(RuleReference.all) + "}")
            default: return try explain(arguments)
            }
        } catch {
            return Self.error(error.message)
        }
    }

    private func lint(_ arguments: ToolArguments, fixing: Bool) throws(ToolCallError) -> CallTool.Result {
        let request = try DraftRequest(arguments, limits: MessageLimits())
        let outcome = fixing ? session.fix(request.source, overrides: request.overrides)
            : session.check(request.source, overrides: request.overrides)
        let verdict = outcome.verdict(strict: request.strict)
        if let failure = verdict.failure { return Self.error(failure.description) }
        switch outcome {
        case let .checked(report):
            return try ToolResults.result(summary: ToolResults.summary(report, verdict), json: ToolResults.reportJSON(report, fixing: false))
        case let .fixed(result):
            let report = ToolResults.reportJSON(result.report, fixing: true)
            let draft = try ToolResults.json(String(decoding: result.bytes, as: UTF8.self))
            let json = "{\"changed\":\(result.changed),\"draft\":\(draft),\"report\":\(report)}"
            let fixed = "\(result.report.fixed?.count ?? 0) safe fixes applied"
            return try ToolResults.result(summary: fixed + "; " + ToolResults.summary(result.report, verdict), json: json)
        case let .failed(failure):
            return Self.error(failure.description)
        }
    }

    private func compose(_ arguments: ToolArguments) throws(ToolCallError) -> CallTool.Result {
        guard let composer, let templates else {
            throw ToolCallError("no template library: start the server with --templates DIR")
        }
        var options = ComposeOptions(templateID: try arguments.requiredString("template"), templates: templates)
        options.locale = try arguments.string("locale")
        options.assignments = try arguments.textObject("values").sorted { $0.key < $1.key }
            .map { ComposeOptions.Assignment(name: $0.key, value: $0.value) }
        if let original = try arguments.string("original") { options.replyTo = .bytes(Array(original.utf8), name: "original") }
        if let zone = try arguments.string("recipient_tz") {
            guard let parsed = RecipientTimeZone(zone) else {
                throw ToolCallError("'recipient_tz' is '\(zone)', not an offset like +02:00, -0500 or UTC, nor an IANA time zone like Europe/Athens")
            }
            options.recipientTimeZone = parsed
        }
        if let now = try arguments.string("now") {
            guard let instant = MessageDate(rfc3339: now) else {
                throw ToolCallError("'now' is '\(now)', not an RFC 3339 instant like 2026-11-16T10:12:00+02:00")
            }
            options.now = instant
        }
        let composition: Composition
        do {
            composition = try composer.compose(options)
        } catch {
            throw ToolCallError(error.description)
        }
        let summary = "composed \(composition.templateID) (\(composition.locale)); "
            + ToolResults.summary(composition.report, composition.verdict) + "\n\n" + String(decoding: composition.bytes, as: UTF8.self)
        return try ToolResults.result(summary: summary, json: composition.json())
    }

    private func listTemplates() throws(ToolCallError) -> CallTool.Result {
        guard let templates else { throw ToolCallError("no template library: start the server with --templates DIR") }
        guard let listing = TemplateListing(directory: templates) else { throw ToolCallError("\(templates): cannot read the folder") }
        let lines = listing.templates.map { "\($0.id) [\($0.locales.joined(separator: " "))] \($0.description)" }
            + listing.problems.map { "not loaded: \($0)" }
        return try ToolResults.result(summary: lines.joined(separator: "\n"), json: listing.json)
    }

    private func explain(_ arguments: ToolArguments) throws(ToolCallError) -> CallTool.Result {
        let id = try arguments.requiredString("rule")
        guard let reference = RuleReference.find(id) else {
            throw ToolCallError("no rule '\(id)'; list_rules gives them")
        }
        return try ToolResults.result(summary: reference.explanation,
                                      json: "{\"explanation\":\(try ToolResults.json(reference.explanation)),\"rule\":\(try ToolResults.json(reference))}")
    }

    static func error(_ message: String) -> CallTool.Result {
        CallTool.Result(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
    }
}
