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

    static let listKeys: Set<String> = [
        "stopwords", "greetings", "generic-greetings", "name-titles", "sign-offs", "reply-prefixes",
        "acronyms", "attribution", "original-message", "placeholder-words", "name-endings", "step-words",
        "date-words", "delay-acknowledgements", "spelling-words", "spelling-prefixes", "spelling-suffixes",
        // closing and structure
        "next-steps", "closed-matter", "further-help", "job-titles", "generic-subjects", "website-references",
        "attachment-words", "sequence-words", "imperatives", "request-words", "mailbox-names",
        // metrics and proofreading
        "allowed-doubles",
        // tone.yaml
        "thanks", "apologies", "vague-apologies", "apology-connectors", "blame", "formality", "slang", "jargon", "emoticons",
    ]
    static let mapKeys: Set<String> = [
        "outlook-labels", "name-forms", "months", "time-of-day-greetings", "time-of-day-hours",
        // tone.yaml
        "negative-words",
    ]
    static let scalarKeys: Set<String> = ["hunspell-dictionary", "readability-formula", "readability-limit", "reduplication"]

    init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// The folded entries of a list, longest first so the longest phrase wins.
    func list(_ key: String) -> [String] { lists[key] ?? [] }
    func phraseSet(_ key: String) -> PhraseSet { phraseSets[key] ?? PhraseSet([]) }
    /// The folded entries of a list as a set.
    func set(_ key: String) -> Set<String> { sets[key] ?? [] }
    func writtenList(_ key: String) -> [String] { written[key] ?? [] }
    func map(_ key: String) -> [String: [String]] { maps[key] ?? [:] }
    func scalar(_ key: String) -> String? { scalars[key] }

    /// Adds the keys of a YAML mapping to these lists (the shape of a locale file).
    mutating func extend(with yaml: YAMLValue) throws(ConfigurationError) {
        for (key, keyNode, value) in try yaml.mapping("a language section") {
            if key == "name" {
                name = try value.string("name")
            } else if Self.listKeys.contains(key) {
                add(key, try value.strings(key))
            } else if Self.scalarKeys.contains(key) {
                let text = try value.string(key)
                if key == "reduplication", text != "hyphen", text != "none" {
                    throw value.error("'\(text)' in reduplication is not 'hyphen' or 'none'")
                }
                scalars[key] = text
            } else if Self.mapKeys.contains(key) {
                for (inner, _, items) in try value.mapping(key) {
                    let entries = try items.strings("\(key).\(inner)")
                    if key == "time-of-day-hours", let bad = entries.first(where: { HourBand($0) == nil }) {
                        throw items.error("'\(bad)' in \(key).\(inner) is not an hour band like \"5-12\" or \"18-4\"")
                    }
                    maps[key, default: [:]][TextFolding.foldPhrase(inner), default: []] += entries
                }
                indexMapKeys(key)
            } else {
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

    mutating func add(_ key: String, _ entries: [String]) {
        written[key, default: []] += entries
        let folded = (lists[key] ?? []) + entries.map { TextFolding.foldPhrase($0) }.filter { !$0.isEmpty }
        var seen = Set<String>()
        lists[key] = folded.filter { seen.insert($0).inserted }.sorted { $0.count > $1.count }
        phraseSets[key] = PhraseSet(lists[key] ?? [])
        sets[key] = Set(lists[key] ?? [])
        if key == "name-titles" { nameTitles = Set((lists[key] ?? []).map { String($0.trimming { $0 == "." }) }) }
    }
}
