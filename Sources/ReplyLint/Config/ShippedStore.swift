import Foundation
import Synchronization

/// Where `ShippedData` takes each part from: the lists the YAML gave, or the sections of the
/// compiled data (`ShippedData+Cache`), each decoded the first time it is asked for and kept.
/// A section that does not decode to its end (the file's index was whole, so its bytes were
/// changed after it was written) is taken from the YAML instead. Thread-safe.
final class ShippedStore: Sendable {
    /// The keys each language's own files have entries under.
    let keys: [String: Set<String>]
    private let bytes: [UInt8]
    private let sections: [String: Range<Int>]
    private let directory: URL
    private let state: Mutex<State>

    private struct State: Sendable {
        var languages: [String: LanguageData] = [:]
        var common: LanguageData?
        var tables: LanguageTables?
        /// The YAML, read only when a section of the compiled data does not decode.
        var yaml: ShippedData?
    }

    init(languages: [String: LanguageData], common: LanguageData) {
        keys = languages.mapValues(\.keysWithEntries)
        bytes = []
        sections = [:]
        directory = URL(fileURLWithPath: "/")
        state = Mutex(State(languages: languages, common: common))
    }

    init(bytes: [UInt8], sections: [String: Range<Int>], keys: [String: Set<String>], directory: URL) {
        self.keys = keys
        self.bytes = bytes
        self.sections = sections
        self.directory = directory
        state = Mutex(State())
    }

    /// The languages decoded so far, in code order.
    var decodedCodes: [String] { state.withLock { $0.languages.keys.sorted() } }

    func language(_ code: String) -> LanguageData? {
        if let known = state.withLock({ $0.languages[code] }) { return known }
        guard !sections.isEmpty,
              let decoded = decode("language " + code, as: LanguageData.self)
                ?? yaml()?.language(code) else { return nil }
        return state.withLock { state in
            if let known = state.languages[code] { return known }
            state.languages[code] = decoded
            return decoded
        }
    }

    var common: LanguageData {
        if let known = state.withLock({ $0.common }) { return known }
        let decoded = decode("common", as: LanguageData.self)
            ?? yaml()?.common ?? LanguageData(code: "common", name: "common")
        return state.withLock { state in
            if let known = state.common { return known }
            state.common = decoded
            return decoded
        }
    }

    var tables: LanguageTables {
        if let known = state.withLock({ $0.tables }) { return known }
        let made = decode("tables", as: LanguageTables.self) ?? madeTables()
        return state.withLock { state in
            if let known = state.tables { return known }
            state.tables = made
            return made
        }
    }

    /// The tables made from every language, as a linter merges common/ into each.
    private func madeTables() -> LanguageTables {
        let whole: (languages: [String: LanguageData], common: LanguageData?)
        if sections.isEmpty {
            whole = state.withLock { ($0.languages, $0.common) }
        } else {
            let yaml = yaml()
            whole = (yaml?.languages ?? [:], yaml?.common)
        }
        let common = whole.common ?? LanguageData(code: "common", name: "common")
        return LanguageTables(whole.languages.mapValues { language in
            var merged = language
            merged.merge(common)
            return merged
        }, common: common)
    }

    private func decode<Value: ArchiveReadable>(_ name: String, as type: Value.Type) -> Value? {
        guard let range = sections[name] else { return nil }
        var reader = DataArchiveReader(bytes, in: range)
        do throws(DataArchiveReader.Truncated) {
            let value = try Value(archive: &reader)
            return reader.isAtEnd ? value : nil
        } catch {
            return nil
        }
    }

    private func yaml() -> ShippedData? {
        if let known = state.withLock({ $0.yaml }) { return known }
        guard let loaded = try? ShippedData.load(from: directory) else { return nil }
        return state.withLock { state in
            if let known = state.yaml { return known }
            state.yaml = loaded
            return loaded
        }
    }
}

extension LanguageData: ArchiveReadable {}
extension LanguageTables: ArchiveReadable {}
