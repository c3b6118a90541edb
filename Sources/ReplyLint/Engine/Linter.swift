/// Checks drafts against the rules: parse, build the anatomy, run every enabled rule,
/// place findings in the file. Every front end (CLI, and later filter, milter, MCP)
/// calls this.
public struct Linter: Sendable {
    struct ActiveRule: Sendable {
        var rule: any Rule
        var identifier: String
        var severity: Severity
        var context: RuleContext
    }

    let languages: LanguageSet
    let rules: [ActiveRule]
    private(set) var options: DraftOptions
    let configLocale: String?
    let suppressions: [Suppression]

    /// `preloadsDictionaries`: start loading every language's spelling dictionary at once, in
    /// the background, for batches. Off, a draft loads the one dictionary it needs when it
    /// needs it, so one draft starts fast.
    public init(configuration: Configuration = Configuration(), options: DraftOptions = DraftOptions(),
                preloadsDictionaries: Bool = false) throws(ConfigurationError) {
        let shipped = try ShippedData.shared.get()
        if configuration.languages.isEmpty {
            // Each language made when a draft needs it, the tables drawn from all of them compiled.
            languages = LanguageSet(shipped: shipped, spellingWords: configuration.spellingWords)
        } else {
            // A config's section can change any table drawn from every language: all are made.
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
        }
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
        if preloadsDictionaries, rules.contains(where: { $0.rule is BodySpellingRule }) {
            DictionaryShelf.shared.preload(DictionaryShelf.allNames(languages.codes.compactMap { languages.language($0) }))
        }
    }

    /// The same rules and languages with other run options: no second reading of the data.
    func with(_ options: DraftOptions) -> Linter {
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
        var spelling = SafeFixSpelling(draft)
        for active in rules {
            for checked in active.rule.check(draft, active.context) {
                // No safe fix may write a word the draft's language does not know.
                let finding = spelling.checked(checked)
                let placed = diagnostic(finding, active, draft.message)
                if !suppressions.contains(where: { $0.suppresses(placed) }) { found.append((finding, placed)) }
            }
        }
        found = Self.unclaimed(found, claiming: Set(rules.filter { type(of: $0.rule).description.claimsSpan }.map(\.identifier)))
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
        return Draft(message: message, languages: languages, options: options, configLocale: configLocale)
    }
}
