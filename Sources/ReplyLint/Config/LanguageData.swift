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
    /// Every list, and every map's keys, prepared for searching text (`Draft.phrases`).
    private(set) var phraseSets: [String: PhraseSet] = [:]
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
    func phraseSet(_ key: ListKey) -> PhraseSet { DataReads.note(list: key); return phraseSets[key.name] ?? PhraseSet([]) }
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
                add(key, try value.strings(key))
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
                }
                indexMapKeys(key)
            case nil:
                throw keyNode.error("unknown key '\(key)' in language '\(code)'")
            }
        }
    }

    /// Adds another set of lists (a user's section, or Rules/common/) to these.
    mutating func merge(_ other: LanguageData) {
        scalars.merge(other.scalars) { _, new in new }
        for (key, entries) in other.written { add(key, entries) }
        for (key, map) in other.maps {
            for (name, forms) in map { maps[key, default: [:]][name, default: []] += forms }
            indexMapKeys(key)
        }
    }

    /// A map's keys are phrases too ("unfortunately", "no problem"), found longest first.
    private mutating func indexMapKeys(_ key: String) {
        let keys = (maps[key] ?? [:]).keys.sorted { ($0.count, $1) > ($1.count, $0) }
        phraseSets[key] = PhraseSet(keys)
    }

    mutating func add(_ key: ListKey, _ entries: [String]) { add(key.name, entries) }

    private mutating func add(_ key: String, _ entries: [String]) {
        written[key, default: []] += entries
        let folded = (lists[key] ?? []) + entries.map { TextFolding.foldPhrase($0) }.filter { !$0.isEmpty }
        var seen = Set<String>()
        lists[key] = folded.filter { seen.insert($0).inserted }.sorted { $0.count > $1.count }
        phraseSets[key] = PhraseSet(lists[key] ?? [])
        sets[key] = Set(lists[key] ?? [])
        if key == "name-titles" { nameTitles = Set((lists[key] ?? []).map { String($0.trimming { $0 == "." }) }) }
    }
}
