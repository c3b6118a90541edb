import Foundation
import RuleData

/// The rule data that ships with replylint: every language's lists, read once per process.
/// (Rule defaults live in each rule's description.) Read from the compiled data, a language
/// is decoded when it is first asked for: a run checking an English draft reads English,
/// common/ and the tables drawn from every language (`LanguageTables`), not all five languages.
struct ShippedData: Sendable {
    /// Each language's name by its code.
    let names: [String: String]
    private let store: ShippedStore

    /// Read once, on first use, from the bundle next to the binary (or `REPLYLINT_RULES`),
    /// through its compiled form in the cache folder (`ShippedData+Cache`).
    static let shared: Result<ShippedData, ConfigurationError> = Result { () throws(ConfigurationError) in
        try load(from: RuleData.directory, cacheFolder: CompiledWordList.cacheFolder())
    }

    /// Data read from the YAML: every language already there.
    init(languages: [String: LanguageData], common: LanguageData) {
        names = languages.mapValues(\.name)
        store = ShippedStore(languages: languages, common: common)
    }

    init(names: [String: String], store: ShippedStore) {
        self.names = names
        self.store = store
    }

    var codes: [String] { names.keys.sorted() }

    /// A language's lists as its files give them (without common/); nil for a language not shipped.
    func language(_ code: String) -> LanguageData? {
        names[code] == nil ? nil : store.language(code)
    }

    /// Every language, each read from the compiled data if it was not yet.
    var languages: [String: LanguageData] {
        Dictionary(uniqueKeysWithValues: codes.compactMap { code in language(code).map { (code, $0) } })
    }

    /// Lists every language shares (`Rules/common/`), merged into each language on lookup.
    var common: LanguageData { store.common }

    /// The tables drawn from every language with common/ merged in, as a linter without a
    /// config's `languages:` section has them.
    var tables: LanguageTables { store.tables }

    /// The languages read so far, in code order (what a run cost).
    var decodedCodes: [String] { store.decodedCodes }

    /// Whether a language's own files have any entry under the key (`replylint rules`).
    func has(_ key: ListKey, in code: String) -> Bool { store.keys[code]?.contains(key.name) == true }

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
