/// Checks drafts against the rules: parse, build the anatomy, run every enabled rule,
/// place findings in the file. Every front end (CLI, and later filter, milter, MCP)
/// calls this.
public struct Linter: Sendable {
    /// Settings for one run that are not in a config file.
    public struct Options: Sendable {
        /// Forces the language (`en`, `el-GR`).
        public var locale: String?
        /// The customer's name, when the headers don't give it.
        public var recipientName: String?
        public var limits = MessageLimits()
        /// The customer's message the draft answers; its date and author win over the quoted attribution's.
        public var original: OriginalMessage?
        /// Where the recipient reads the reply; otherwise the original message's offset.
        public var recipientTimeZone: RecipientTimeZone?
        /// The send time of drafts without a Date header; the clock when nil.
        public var now: MessageDate?
        /// Start loading every language's spelling dictionary at once, in the background: for
        /// batches. Off, a draft loads the one dictionary it needs when it needs it, so one
        /// draft starts fast.
        public var preloadsDictionaries = false

        public init(locale: String? = nil, recipientName: String? = nil, original: OriginalMessage? = nil,
                    recipientTimeZone: RecipientTimeZone? = nil, now: MessageDate? = nil) {
            self.locale = locale
            self.recipientName = recipientName
            self.original = original
            self.recipientTimeZone = recipientTimeZone
            self.now = now
        }
    }

    struct ActiveRule: Sendable {
        var rule: any Rule
        var identifier: String
        var severity: Severity
        var context: RuleContext
    }

    let languages: LanguageSet
    let rules: [ActiveRule]
    private(set) var options: Options
    let configLocale: String?
    let suppressions: [Suppression]

    public init(configuration: Configuration = Configuration(), options: Options = Options()) throws(ConfigurationError) {
        let shipped = try ShippedData.shared.get()
        var byCode = shipped.languages
        for (code, extra) in configuration.languages {
            byCode[code, default: LanguageData(code: code, name: extra.name)].merge(extra)
        }
        let common = shipped.common
        for code in byCode.keys {
            byCode[code]?.merge(common)
            byCode[code]?.add(.spellingWords, configuration.spellingWords)
        }
        languages = LanguageSet(byCode, common: common)
        rules = RuleCatalog.all.compactMap { type in
            let description = type.description
            let id = description.identifier
            var settings = configuration.rules[id] ?? RuleSettings()
            if configuration.enabled.contains(id) { settings.enabled = true }
            if configuration.disabled.contains(id) { settings.enabled = false }
            guard settings.enabled != false else { return nil }
            return ActiveRule(rule: type.init(), identifier: id, severity: settings.severity ?? description.severity,
                              context: RuleContext(settings: settings))
        }
        self.options = options
        configLocale = configuration.locale
        suppressions = configuration.suppressions
        if options.preloadsDictionaries, rules.contains(where: { $0.rule is BodySpellingRule }) {
            DictionaryShelf.shared.preload(languages.codes.compactMap { languages.byCode[$0]?.scalar(.hunspellDictionary) })
        }
    }

    /// The same rules and languages with other run options: no second reading of the data.
    func with(_ options: Options) -> Linter {
        var linter = self
        linter.options = options
        return linter
    }

    /// Lints one message. Throws only when the message cannot be read at all.
    public func lint(_ bytes: [UInt8], path: String) throws(MessageError) -> FileReport {
        let draft = try self.draft(bytes)
        return report(draft, findings(draft).map(\.diagnostic), path: path)
    }

    /// Every enabled rule's findings, each with its diagnostic, in report order.
    func findings(_ draft: Draft) -> [(finding: Finding, diagnostic: Diagnostic)] {
        var found: [(finding: Finding, diagnostic: Diagnostic)] = []
        for active in rules {
            for finding in active.rule.check(draft, active.context) {
                let placed = diagnostic(finding, active, draft.message)
                if !suppressions.contains(where: { $0.suppresses(placed) }) { found.append((finding, placed)) }
            }
        }
        // Stable, so findings at one position keep the catalogue's order.
        return found.enumerated().sorted {
            let (a, b) = ($0.element.diagnostic, $1.element.diagnostic)
            return (a.line, a.column, a.rule, $0.offset) < (b.line, b.column, b.rule, $1.offset)
        }.map(\.element)
    }

    func report(_ draft: Draft, _ diagnostics: [Diagnostic], path: String) -> FileReport {
        FileReport(path: path, locale: draft.language.code, diagnostics: diagnostics,
                   sourceLines: draft.message.rawLines.map(String.init))
    }

    func draft(_ bytes: [UInt8]) throws(MessageError) -> Draft {
        let message = try MessageParser.parse(bytes, limits: options.limits)
        return Draft(message: message, languages: languages,
                     options: .init(locale: options.locale, configLocale: configLocale, recipientName: options.recipientName,
                                    original: options.original, recipientTimeZone: options.recipientTimeZone, now: options.now))
    }
}
