import Foundation

/// Where the rule data shipped with replylint lives once built.
///
/// SwiftPM copies `locales/` and `rules.yaml` into a resource bundle next to the
/// executable, so the binary finds them from any working directory.
/// `REPLYLINT_RULES` points at another folder of the same shape (used when the
/// binary is installed without its bundle).
public enum RuleData {
    public static var directory: URL {
        if let override = ProcessInfo.processInfo.environment["REPLYLINT_RULES"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        return Bundle.module.resourceURL ?? Bundle.module.bundleURL
    }
}
