import Foundation
import RuleData

/// The rule data that ships with replylint: every language's lists, read once per process.
/// (Rule defaults live in each rule's description.)
struct ShippedData: Sendable {
    var languages: [String: LanguageData]
    /// Lists every language shares (`Rules/common/`), merged into each language on lookup.
    var common: LanguageData

    /// Read once, on first use, from the bundle next to the binary (or `REPLYLINT_RULES`),
    /// through its compiled form in the cache folder (`ShippedData+Cache`).
    static let shared: Result<ShippedData, ConfigurationError> = Result { () throws(ConfigurationError) in
        try load(from: RuleData.directory, cacheFolder: CompiledWordList.cacheFolder())
    }

    static func load(from directory: URL = RuleData.directory) throws(ConfigurationError) -> ShippedData {
        let localesURL = directory.appendingPathComponent("locales")
        guard let codes = try? FileManager.default.contentsOfDirectory(atPath: localesURL.path) else {
            throw ConfigurationError(path: localesURL.path, message: "cannot read the shipped rule data; set REPLYLINT_RULES to the Rules folder")
        }
        var languages: [String: LanguageData] = [:]
        for code in codes.sorted() where !code.hasPrefix(".") {
            var data = LanguageData(code: code, name: code)
            for yaml in try readFolder(localesURL.appendingPathComponent(code)) { try data.extend(with: yaml) }
            languages[code] = data
        }
        var common = LanguageData(code: "common", name: "common")
        for yaml in try readFolder(directory.appendingPathComponent("common")) { try common.extend(with: yaml) }
        return ShippedData(languages: languages, common: common)
    }

    /// Every `.yaml` file of a folder, in name order: a language's lists may be split by theme.
    static func readFolder(_ url: URL) throws(ConfigurationError) -> [YAMLValue] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        var values: [YAMLValue] = []
        for name in names.sorted() where name.hasSuffix(".yaml") {
            if let yaml = try read(url.appendingPathComponent(name)) { values.append(yaml) }
        }
        return values
    }

    static func read(_ url: URL) throws(ConfigurationError) -> YAMLValue? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(path: url.path, message: "not UTF-8 text")
        }
        return try YAMLValue.load(text, path: url.path)
    }
}
