/// The word lists of one language (`Rules/locales/<code>/*.yaml`), folded for matching.
/// A user's `languages: <code>:` section extends them key by key.
struct LanguageData: Sendable {
    var code: String
    var name: String
    /// Every list, folded (case and accents), keyed as in the YAML file.
    private(set) var lists: [String: [String]] = [:]
    /// The same lists as written, for messages and suggestions.
    private(set) var written: [String: [String]] = [:]
    private(set) var maps: [String: [String: [String]]] = [:]
    private(set) var scalars: [String: String] = [:]
    /// The phrase lists (`PhraseMatcher.keys`) as patterns, in the order of `lists` (longest first);
    /// for `negative-words`, the map's keys. `LanguageSet` compiles them.
    private(set) var patterns: [String: [PhrasePattern]] = [:]
    /// `name-titles` without their dots, as a set (`NameMatch`).
    private(set) var nameTitles: Set<String> = []
    /// Every list as a set, for membership tests.
    private(set) var sets: [String: Set<String>] = [:]

    init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// The folded entries of a list, longest first so the longest phrase wins.
    func list(_ key: ListKey) -> [String] { DataReads.note(list: key); return lists[key.name] ?? [] }
    /// The folded entries of a list as a set.
    func set(_ key: ListKey) -> Set<String> { DataReads.note(list: key); return sets[key.name] ?? [] }
    func writtenList(_ key: ListKey) -> [String] { DataReads.note(list: key); return written[key.name] ?? [] }
    func map(_ key: ListKey) -> [String: [String]] { DataReads.note(list: key); return maps[key.name] ?? [:] }
    func scalar(_ key: ListKey) -> String? { DataReads.note(list: key); return scalars[key.name] }

    /// Adds the keys of a YAML mapping to these lists (the shape of a locale file).
    mutating func extend(with yaml: YAMLValue) throws(ConfigurationError) {
        for (key, keyNode, value) in try yaml.mapping("a language section") {
            if key == "name" {
                name = try value.string("name")
                continue
            }
            switch ListKey.named(key)?.kind {
            case .list?:
                let entries = try value.strings(key)
                try Self.checkPatterns(entries, key, value)
                add(key, entries)
            case .scalar?:
                let text = try value.string(key)
                if key == "reduplication", text != "hyphen", text != "none" {
                    throw value.error("'\(text)' in reduplication is not 'hyphen' or 'none'")
                }
                scalars[key] = text
            case .map?:
                for (inner, _, items) in try value.mapping(key) {
                    let entries = try items.strings("\(key).\(inner)")
                    if key == "time-of-day-hours", let bad = entries.first(where: { HourBand($0) == nil }) {
                        throw items.error("'\(bad)' in \(key).\(inner) is not an hour band like \"5-12\" or \"18-4\"")
                    }
                    maps[key, default: [:]][TextFolding.foldPhrase(inner), default: []] += entries
                    written[key, default: []].append(inner)
                }
                try Self.checkPatterns(written[key] ?? [], key, value)
                indexMapKeys(key)
            case nil:
                throw keyNode.error("unknown key '\(key)' in language '\(code)'")
            }
        }
    }

    /// A malformed pattern in a phrase list is an error naming the key and the entry.
    private static func checkPatterns(_ entries: [String], _ key: String, _ value: YAMLValue) throws(ConfigurationError) {
        guard PhraseMatcher.keys.contains(where: { $0.name == key }) else { return }
        for (number, entry) in entries.enumerated() {
            do throws(PhrasePatternError) {
                _ = try PhrasePattern(entry)
            } catch {
                let item = value.node.sequence.flatMap { number < $0.count ? YAMLValue(node: $0[number], path: value.path) : nil }
                throw (item ?? value).error("\(key): pattern '\(entry)' \(error.message)")
            }
        }
    }

    /// Adds another set of lists (a user's section, or Rules/common/) to these.
    mutating func merge(_ other: LanguageData) {
        scalars.merge(other.scalars) { _, new in new }
        for (key, entries) in other.written where other.maps[key] == nil { add(key, entries) }
        for (key, map) in other.maps {
            for (name, forms) in map { maps[key, default: [:]][name, default: []] += forms }
            written[key, default: []] += other.written[key] ?? []
            indexMapKeys(key)
        }
    }

    /// A map's keys are phrases too ("unfortunately", "no problem"), found longest first.
    private mutating func indexMapKeys(_ key: String) {
        guard PhraseMatcher.keys.contains(where: { $0.name == key }) else { return }
        var byFolded: [String: PhrasePattern] = [:]
        for inner in written[key] ?? [] {
            if let pattern = try? PhrasePattern(inner) { byFolded[TextFolding.foldPhrase(inner)] = pattern }
        }
        patterns[key] = byFolded.keys.sorted { ($0.count, $1) > ($1.count, $0) }.compactMap { byFolded[$0] }
    }

    mutating func add(_ key: ListKey, _ entries: [String]) { add(key.name, entries) }

    private mutating func add(_ key: String, _ entries: [String]) {
        written[key, default: []] += entries
        let folded = (lists[key] ?? []) + entries.map { TextFolding.foldPhrase($0) }.filter { !$0.isEmpty }
        var seen = Set<String>()
        lists[key] = folded.filter { seen.insert($0).inserted }.sorted { $0.count > $1.count }
        if PhraseMatcher.keys.contains(where: { $0.name == key }) {
            var byFolded: [String: PhrasePattern] = [:]
            for entry in written[key] ?? [] where byFolded[TextFolding.foldPhrase(entry)] == nil {
                byFolded[TextFolding.foldPhrase(entry)] = try? PhrasePattern(entry)
            }
            patterns[key] = (lists[key] ?? []).compactMap { byFolded[$0] }
        }
        sets[key] = Set(lists[key] ?? [])
        if key == "name-titles" { nameTitles = Set((lists[key] ?? []).map { String($0.trimming { $0 == "." }) }) }
    }
}
