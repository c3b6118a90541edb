import Foundation
import ReplyLint

/// One linter per configuration file, built on first use and shared by all worker threads.
final class LinterPool: @unchecked Sendable {
    private let options: LintOptions
    private let linterOptions: Linter.Options
    private let lock = NSLock()
    private var linters: [String: Result<Linter, ConfigurationError>] = [:]
    /// Folder → its nearest config, so a folder of drafts walks up the tree once.
    private var configs: [String: String?] = [:]

    /// Throws (after reporting) when `--original` cannot be read. `drafts`: how many will be
    /// checked; for more than one, the spelling dictionaries start loading at once.
    init(options: LintOptions, drafts: Int = 1) throws {
        self.options = options
        var linterOptions = try options.linterOptions()
        linterOptions.preloadsDictionaries = drafts > 1
        self.linterOptions = linterOptions
    }

    private func discovered(_ directory: String) -> String? {
        lock.lock()
        if let known = configs[directory] { lock.unlock(); return known }
        lock.unlock()
        let found = Configuration.discover(from: directory)
        lock.lock()
        configs[directory] = .some(found)
        lock.unlock()
        return found
    }

    /// The linter for a draft in `directory`: the `--config` file, else the nearest `.replylint.yaml`.
    func linter(for directory: String) -> Result<Linter, ConfigurationError> {
        let path = options.config ?? discovered(directory)
        let key = path ?? ""
        lock.lock()
        defer { lock.unlock() }
        if let cached = linters[key] { return cached }
        let built = Result { () throws(ConfigurationError) -> Linter in
            let configuration = try path.map { path throws(ConfigurationError) in try Configuration(contentsOf: path) } ?? Configuration()
            return try Linter(configuration: configuration.enabling(options.enabled, disabling: options.disabled),
                              options: linterOptions)
        }
        linters[key] = built
        return built
    }
}
