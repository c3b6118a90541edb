import Foundation

/// One run of replylint under one set of options, for every front end: it finds each draft's
/// linter (the given config, else the nearest `.replylint.yaml` above the draft), builds each
/// once and shares it across threads, and checks, fixes or inspects drafts, one at a time or a
/// batch on all cores (`LintSession+Batch.swift`). Nothing here prints or exits.
public final class LintSession: @unchecked Sendable {
    public let options: SessionOptions
    private let lock = NSLock()
    private var linters: [String: Result<Linter, LintFailure>] = [:]
    /// Folder → its nearest config, so a folder of drafts walks up the tree once.
    private var configs: [String: String?] = [:]
    /// Linters built from now on start loading every dictionary at once (batches).
    private var preloadsDictionaries = false
    private static let maxLinters = 64

    /// Fails when `enabledRules` or `disabledRules` names no rule.
    public init(_ options: SessionOptions) throws(LintFailure) {
        if let unknown = options.unknownRules.first {
            throw LintFailure(.badConfiguration, "", "unknown rule '\(unknown)'")
        }
        self.options = options
    }

    /// Spelling dictionaries for every language start loading as soon as a linter exists,
    /// instead of each on first need: for batches and servers.
    public func preloadDictionaries() {
        lock.withLock { preloadsDictionaries = true }
    }

    /// The linter for drafts in `directory`; `rules` turns rules on and off over the session's
    /// (each set of them gets its linter once).
    public func linter(forDraftsIn directory: String, rules: RuleToggles = RuleToggles()) -> Result<Linter, LintFailure> {
        let path = options.configPath ?? discovered(directory)
        let enabled = options.enabledRules + rules.enabled
        let disabled = options.disabledRules.filter { !rules.enabled.contains($0) } + rules.disabled
        let key = rules.isEmpty ? path ?? "" : (path ?? "") + "\n" + rules.key
        lock.lock()
        defer { lock.unlock() }
        if let cached = linters[key] { return cached }
        let built: Result<Linter, LintFailure> = Result { () throws(ConfigurationError) -> Linter in
            let configuration = try path.map { path throws(ConfigurationError) in try Configuration(contentsOf: path) } ?? Configuration()
            return try Linter(configuration: configuration.enabling(enabled, disabling: disabled),
                              options: options.draft, preloadsDictionaries: preloadsDictionaries)
        }.mapError(LintFailure.init)
        // Each set of toggles costs a linter; past a few dozen, they are built per draft instead.
        if rules.isEmpty || linters.count < Self.maxLinters { linters[key] = built }
        return built
    }

    /// Lints one draft; `overrides` replaces the session's draft options and rules for it alone.
    public func check(_ source: DraftSource, overrides: DraftOverrides? = nil) -> LintOutcome {
        switch prepare(source, overrides) {
        case let .failure(failure): return .failed(failure)
        case let .success((bytes, linter)):
            do {
                return .checked(try linter.lint(bytes, path: source.displayName))
            } catch {
                return .failed(LintFailure(error, subject: source.displayName))
            }
        }
    }

    /// Applies the safe fixes to one draft; with `inPlace`, a file that changed is replaced
    /// atomically (a failure leaves it as it was).
    public func fix(_ source: DraftSource, inPlace: Bool = false, overrides: DraftOverrides? = nil) -> LintOutcome {
        let shown = source.displayName
        let result: FixResult
        switch prepare(source, overrides) {
        case let .failure(failure): return .failed(failure)
        case let .success((bytes, linter)):
            do {
                result = try linter.fix(bytes, path: shown)
            } catch {
                return .failed(LintFailure(error, subject: shown))
            }
        }
        if inPlace, result.changed, let path = source.path {
            do {
                try AtomicFile.replace(path, with: result.bytes)
            } catch {
                return .failed(LintFailure(.internalError, shown, "cannot write the fixed draft (\(error.message)); the file was left as it was"))
            }
        }
        return .fixed(result)
    }

    /// The draft as replylint sees it (`show`).
    public func inspect(_ source: DraftSource) -> Result<DraftSummary, LintFailure> {
        prepare(source).flatMap { bytes, linter in
            Result { () throws(MessageError) in try linter.inspect(bytes) }
                .mapError { LintFailure($0, subject: source.displayName) }
        }
    }

    /// The draft's bytes and its linter; reading fails first.
    private func prepare(_ source: DraftSource, _ overrides: DraftOverrides? = nil) -> Result<([UInt8], Linter), LintFailure> {
        if let failure = overrides?.unusable { return .failure(failure) }
        let limit = (overrides?.draft ?? options.draft).limits.maxBytes
        let found = overrides.map { overrides in
            linter(forDraftsIn: source.directory, rules: overrides.rules).flatMap { overrides.apply(to: $0) }
        } ?? linter(forDraftsIn: source.directory)
        return switch (source.read(limit: limit), found) {
        case let (.failure(failure), _), let (_, .failure(failure)): .failure(failure)
        case let (.success(bytes), .success(linter)): .success((bytes, linter))
        }
    }

    private func discovered(_ directory: String) -> String? {
        if let known = lock.withLock({ configs[directory] }) { return known }
        let found = Configuration.discover(from: directory)
        lock.withLock { configs[directory] = .some(found) }
        return found
    }
}
