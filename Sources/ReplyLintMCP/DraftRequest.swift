import Foundation
import MCP
import ReplyLint

/// The draft of a lint_draft or fix_draft call and what the call sets for it, mapped into the
/// library's terms: a `DraftSource` of bytes (the message, or one written from the fields) and
/// the `DraftOverrides` the session applies to that draft alone.
struct DraftRequest {
    static let fieldNames = ["subject", "body", "to", "from", "cc", "date"]

    var source: DraftSource
    var overrides: DraftOverrides
    var strict: Bool

    init(_ arguments: ToolArguments, limits: MessageLimits) throws(ToolCallError) {
        let name = try arguments.string("name") ?? "draft.eml"
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ToolCallError("'name' is empty") }
        source = try Self.source(arguments, name: name, limits: limits)
        var draft = DraftOptions(locale: try arguments.string("locale"), recipientName: try arguments.string("recipient_name"))
        draft.limits = limits
        if let zone = try arguments.string("recipient_tz") {
            guard let parsed = RecipientTimeZone(zone) else {
                throw ToolCallError("'recipient_tz' is '\(zone)', not an offset like +02:00, -0500 or UTC, nor an IANA time zone like Europe/Athens")
            }
            draft.recipientTimeZone = parsed
        }
        if let now = try arguments.string("now") {
            guard let instant = MessageDate(rfc3339: now) else {
                throw ToolCallError("'now' is '\(now)', not an RFC 3339 instant like 2026-11-16T10:12:00+02:00")
            }
            draft.now = instant
        }
        if let original = try arguments.string("original") {
            switch OriginalMessage.read(.bytes(Array(original.utf8), name: "original")) {
            case let .success(message): draft.original = message
            case let .failure(failure): throw ToolCallError(failure.description)
            }
        }
        let rules = RuleToggles(enabled: try arguments.strings("enable"), disabled: try arguments.strings("disable"))
        for (argument, ids) in [("enable", rules.enabled), ("disable", rules.disabled)] {
            if let unknown = RuleToggles(enabled: ids).unknown.first {
                throw ToolCallError("'\(argument)' names no rule '\(unknown)'; list_rules gives them")
            }
        }
        overrides = DraftOverrides(draft: draft, rules: rules)
        strict = try arguments.bool("strict") ?? false
    }

    /// The whole message, or one written from the fields; never both.
    private static func source(_ arguments: ToolArguments, name: String, limits: MessageLimits) throws(ToolCallError) -> DraftSource {
        let fields = fieldNames.filter { arguments.has($0) }
        if let draft = try arguments.string("draft") {
            if let field = fields.first {
                throw ToolCallError("give 'draft' (the whole message) or its fields, not both: '\(field)' came with 'draft'")
            }
            return .bytes(Array(draft.utf8), name: name)
        }
        guard let body = try arguments.string("body") else {
            let hint = fields.isEmpty ? "" : " ('\(fields[0])' alone is not a draft)"
            throw ToolCallError("give the draft: 'draft' (the whole RFC 5322 message) or 'body' with subject, to, from, cc and date\(hint)")
        }
        let draftFields = DraftFields(subject: try arguments.string("subject"), body: body, to: try arguments.strings("to"),
                                      from: try arguments.string("from"), cc: try arguments.strings("cc"),
                                      date: try arguments.string("date"))
        switch draftFields.source(name: name, limit: limits.maxBytes) {
        case let .success(source): return source
        case let .failure(failure): throw ToolCallError(failure.description)
        }
    }
}
