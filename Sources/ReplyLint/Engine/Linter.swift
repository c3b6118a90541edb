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

        public init(locale: String? = nil, recipientName: String? = nil) {
            self.locale = locale
            self.recipientName = recipientName
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
    let options: Options
    let configLocale: String?

    public init(configuration: Configuration = Configuration(), options: Options = Options()) throws(ConfigurationError) {
        let shipped = try ShippedData.shared.get()
        var byCode = shipped.languages
        for (code, extra) in configuration.languages {
            byCode[code, default: LanguageData(code: code, name: extra.name)].merge(extra)
        }
        let common = shipped.common
        for code in byCode.keys {
            byCode[code]?.merge(common)
            byCode[code]?.add("spelling-words", configuration.spellingWords)
        }
        languages = LanguageSet(byCode, common: common)
        rules = RuleCatalog.all.compactMap { type in
            let description = type.description
            let id = description.identifier
            var settings = shipped.ruleSettings[id] ?? RuleSettings()
            if let user = configuration.rules[id] { settings = settings.overridden(by: user) }
            if configuration.enabled.contains(id) { settings.enabled = true }
            if configuration.disabled.contains(id) { settings.enabled = false }
            guard settings.enabled != false else { return nil }
            return ActiveRule(rule: type.init(), identifier: id, severity: settings.severity ?? description.severity,
                              context: RuleContext(settings: settings))
        }
        self.options = options
        configLocale = configuration.locale
        if rules.contains(where: { $0.rule is BodySpellingRule }) {
            DictionaryShelf.shared.preload(languages.codes.compactMap { languages.byCode[$0]?.scalar("hunspell-dictionary") })
        }
    }

    /// Lints one message. Throws only when the message cannot be read at all.
    public func lint(_ bytes: [UInt8], path: String) throws(MessageError) -> FileReport {
        let draft = try self.draft(bytes)
        var diagnostics: [Diagnostic] = []
        for active in rules {
            for finding in active.rule.check(draft, active.context) {
                diagnostics.append(diagnostic(finding, active, draft.message))
            }
        }
        diagnostics.sort { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) }
        return FileReport(path: path, locale: draft.language.code, diagnostics: diagnostics,
                          sourceLines: draft.message.rawLines.map(String.init))
    }

    func draft(_ bytes: [UInt8]) throws(MessageError) -> Draft {
        let message = try MessageParser.parse(bytes, limits: options.limits)
        return Draft(message: message, languages: languages,
                     options: .init(locale: options.locale, configLocale: configLocale, recipientName: options.recipientName))
    }
}
