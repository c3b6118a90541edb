import Foundation
import ReplyLint

/// One linter per configuration file, built on first use and shared by all worker threads.
final class LinterPool: @unchecked Sendable {
    private let options: LintOptions
    private let linterOptions: Linter.Options
    private let lock = NSLock()
    private var linters: [String: Result<Linter, ConfigurationError>] = [:]

    /// Throws (after reporting) when `--original` cannot be read.
    init(options: LintOptions) throws {
        self.options = options
        linterOptions = try options.linterOptions()
    }

    /// The linter for a draft in `directory`: the `--config` file, else the nearest `.replylint.yaml`.
    func linter(for directory: String) -> Result<Linter, ConfigurationError> {
        let path = options.config ?? Configuration.discover(from: directory)
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
