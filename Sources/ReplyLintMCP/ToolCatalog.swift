import MCP

/// The tools `replylint mcp` offers, with their arguments and results.
enum ToolCatalog {
    static let all = [lintDraft, fixDraft, composeReply, listTemplates, listRules, explainRule]

    static func named(_ name: String) -> ToolDefinition? { all.first { $0.name == name } }

    /// The arguments that give a draft: the whole message, or its fields.
    static let draftArguments: [(name: String, schema: Value)] = [
        ("draft", Schema.string("The whole draft as an RFC 5322 message (headers, blank line, body), as a mail client saves it. Give this or body, not both.")),
        ("subject", Schema.string("The Subject, when the draft is given as fields.")),
        ("body", Schema.string("The body as plain text, when the draft is given as fields; with it, subject, to, from, cc and date make the message.")),
        ("to", Schema.stringOrStrings("The customer's address(es), e.g. 'Sarah Carter <sarah@example.com>'.")),
        ("from", Schema.string("The agent's address, e.g. 'Jo Baker <jo@shop.example>'.")),
        ("cc", Schema.stringOrStrings("Addresses copied.")),
        ("date", Schema.string("When the reply is sent: an RFC 3339 instant (2026-11-16T10:12:00+02:00) or an RFC 5322 date.")),
        ("original", Schema.string("The customer's message this draft answers, as an RFC 5322 message; its Date and From replace what a quoted attribution says.")),
        ("locale", Schema.string("The draft's language (en, el, ro, et, id; en-GB and the like); otherwise the config, Content-Language or detection decides.")),
        ("recipient_name", Schema.string("The customer's name, when the To header does not give it.")),
        ("recipient_tz", Schema.string("The customer's time zone: an offset (+02:00, -0500, UTC) or an IANA name (Europe/Athens).")),
        ("now", Schema.string("The send time of a draft without a Date, as an RFC 3339 instant; otherwise the clock.")),
        ("enable", Schema.strings("Rules to turn on for this draft (ids as list_rules gives them).")),
        ("disable", Schema.strings("Rules to turn off for this draft.")),
        ("name", Schema.string("The file name the report gives the draft (default draft.eml); the .replylint.yaml of its folder applies, as for a file of that name.")),
    ]

    static let lintDraft = ToolDefinition(
        name: "lint_draft", title: "Lint a reply draft",
        description: "Checks a customer-service reply before it is sent: subject, greeting, tone, steps, links, sign-off, signature, spelling and more, in English, Greek, Romanian, Estonian and Indonesian. Give the whole message (draft) or its fields (body with subject, to, from, cc, date). The result is the report of `replylint check --format json`; error-level findings mean the draft should not be sent as it is.",
        arguments: draftArguments + [("strict", Schema.boolean("Count warnings as blocking too, in the text summary's verdict."))],
        output: Schema.checkReport)

    static let fixDraft = ToolDefinition(
        name: "fix_draft", title: "Apply the safe fixes to a reply draft",
        description: "Applies the fixes that are always safe (sentence case for a shouting subject, one '!' for '!!', one reply prefix, a repeated word, doubled spaces) and returns the corrected draft with the findings that remain. Takes the same arguments as lint_draft.",
        arguments: draftArguments,
        output: Schema.object([
            "draft": ["type": "string", "description": "The corrected draft as an RFC 5322 message."],
            "changed": ["type": "boolean", "description": "Whether any fix was applied."],
            "report": Schema.checkReport,
        ], required: ["draft", "changed", "report"]))

    static let composeReply = ToolDefinition(
        name: "compose_reply", title: "Compose a reply from a template",
        description: "Fills a canned reply of the server's template library (list_templates) for one customer, lints it and returns the message and its findings. A value that is missing is named in the error.",
        arguments: [
            ("template", Schema.string("The template's id, e.g. refund-issued.")),
            ("values", ["type": "object", "additionalProperties": ["type": ["string", "number"]],
                        "description": "The template's variables by name (strings or numbers)."]),
            ("original", Schema.string("The customer's message, as an RFC 5322 message: gives the customer's name and address, the reply's Subject and threading headers, and the variant's language.")),
            ("locale", Schema.string("The template variant (en-GB, el); otherwise the customer's language, else the library's default.")),
            ("recipient_tz", Schema.string("The customer's time zone, for the greeting: +02:00, UTC or Europe/Athens.")),
            ("now", Schema.string("The send time as an RFC 3339 instant; otherwise the clock.")),
        ],
        required: ["template"],
        output: Schema.object([
            "version": ["const": 1], "template": ["type": "string"], "locale": ["type": "string"],
            "message": ["type": "string", "description": "The composed RFC 5322 message."],
            "headers": ["type": "object", "additionalProperties": ["type": "string"]],
            "body": ["type": "string"],
            "diagnostics": ["type": "array", "items": Schema.diagnostic],
        ], required: ["version", "template", "locale", "message", "headers", "body", "diagnostics"],
           description: "`replylint compose --format json`."))

    static let listTemplates = ToolDefinition(
        name: "list_templates", title: "List the reply templates",
        description: "Lists the templates of the server's library (--templates): each id with its locales, description and variables.",
        arguments: [],
        output: Schema.object([
            "version": ["const": 1],
            "templates": ["type": "array", "items": Schema.object([
                "id": ["type": "string"], "description": ["type": "string"],
                "locales": ["type": "array", "items": ["type": "string"]],
                "variables": ["type": "array", "items": Schema.object([
                    "name": ["type": "string"], "type": ["type": "string"], "required": ["type": "boolean"],
                    "fallback": ["type": "string"],
                ], required: ["name", "type", "required"])],
            ], required: ["id", "locales", "description", "variables"])],
        ], required: ["version", "templates"], description: "`replylint templates list --format json`."))

    static let ruleReference = Schema.object([
        "identifier": ["type": "string"], "severity": ["enum": ["error", "warning", "info"]],
        "summary": ["type": "string"], "guideline": ["type": "string"],
        "languages": ["type": "array", "items": ["type": "string"]],
        "parameters": ["type": "object", "additionalProperties": ["type": "string"]],
    ], required: ["identifier", "severity", "summary", "guideline", "languages", "parameters"])

    static let listRules = ToolDefinition(
        name: "list_rules", title: "List the rules",
        description: "Lists every rule: id, default severity, languages, summary, guideline and settings (as `replylint rules --format json`).",
        arguments: [],
        output: Schema.object(["rules": ["type": "array", "items": ruleReference]], required: ["rules"]))

    static let explainRule = ToolDefinition(
        name: "explain_rule", title: "Explain a rule",
        description: "A rule's guideline, settings, and examples that trigger it and that don't, in every language (as `replylint explain`).",
        arguments: [("rule", Schema.string("The rule's id, e.g. subject.length."))],
        required: ["rule"],
        output: Schema.object(["rule": ruleReference, "explanation": ["type": "string"]], required: ["rule", "explanation"]))
}
