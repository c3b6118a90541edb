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
    /// Each phrase list's entries by folded text, the first written entry that parses winning,
    /// so that adding entries parses only the new ones.
    private(set) var patternsByFolded: [String: [String: PhrasePattern]] = [:]
    /// Every phrase entry parsed so far, by its text as written: each is parsed once.
    private var parsed: [String: PhrasePattern] = [:]

    init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// Lists as `extend` and `add` left them (the compiled rule data); the sets are made again.
    init(code: String, name: String, lists: [String: [String]], written: [String: [String]], maps: [String: [String: [String]]],
         scalars: [String: String], patterns: [String: [PhrasePattern]], patternsByFolded: [String: [String: PhrasePattern]]) {
        self.code = code
        self.name = name
        self.lists = lists
        self.written = written
        self.maps = maps
        self.scalars = scalars
        self.patterns = patterns
        self.patternsByFolded = patternsByFolded
        // `parsed` starts empty: merging another language's data reuses its folded patterns,
        // and an entry a user's section adds is parsed when it comes.
        sets = lists.mapValues { Set($0) }
        nameTitles = Set((lists[ListKey.nameTitles.name] ?? []).map { String($0.trimming { $0 == "." }) })
    }

    /// The folded entries of a list, longest first so the longest phrase wins.
    func list(_ key: ListKey) -> [String] { DataReads.note(list: key); return lists[key.name] ?? [] }
    /// The folded entries of a list as a set.
    func set(_ key: ListKey) -> Set<String> { DataReads.note(list: key); return sets[key.name] ?? [] }
    func writtenList(_ key: ListKey) -> [String] { DataReads.note(list: key); return written[key.name] ?? [] }
    func map(_ key: ListKey) -> [String: [String]] { DataReads.note(list: key); return maps[key.name] ?? [:] }
    func scalar(_ key: ListKey) -> String? { DataReads.note(list: key); return scalars[key.name] }
    /// The keys with an entry, a map or a scalar (`replylint rules` names a rule's languages by them).
    var keysWithEntries: Set<String> {
        Set(lists.filter { !$0.value.isEmpty }.keys).union(maps.filter { !$0.value.isEmpty }.keys).union(scalars.keys)
    }

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
                try checkPatterns(entries, key, value)
                add(key, entries)
            case .scalar?:
                let text = try value.string(key)
                if key == "reduplication", text != "hyphen", text != "none" {
                    throw value.error("'\(text)' in reduplication is not 'hyphen' or 'none'")
                }
                if key == "name-after-title", text != "first", text != "last" {
                    throw value.error("'\(text)' in name-after-title is not 'first' or 'last'")
                }
                if key == "name-case", text != "vocative", text != "as-written" {
                    throw value.error("'\(text)' in name-case is not 'vocative' or 'as-written'")
                }
                // Read as numbers by tone.negative and body.readability: a value that is not one
                // would quietly leave the default in force or turn the rule off.
                if key == "negation-scope", Int(text).map({ (0...9).contains($0) }) != true {
                    throw value.error("'\(text)' in negation-scope is not a number of words from 0 to 9")
                }
                if key == "readability-limit", Double(text).map({ $0.isFinite }) != true {
                    throw value.error("'\(text)' in readability-limit is not a number")
                }
                if key == "readability-formula", text != "flesch", text != "lix" {
                    throw value.error("'\(text)' in readability-formula is not 'flesch' or 'lix'")
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
                try checkPatterns(written[key] ?? [], key, value)
                indexMapKeys(key)
            case nil:
                throw keyNode.error("unknown key '\(key)' in language '\(code)'")
            }
        }
    }

    /// A malformed pattern in a phrase list is an error naming the key and the entry.
    /// The patterns parsed are kept for `add`, which then does not parse them again.
    private mutating func checkPatterns(_ entries: [String], _ key: String, _ value: YAMLValue) throws(ConfigurationError) {
        guard Self.isPhraseKey(key) else { return }
        for (number, entry) in entries.enumerated() where parsed[entry] == nil {
            do throws(PhrasePatternError) {
                parsed[entry] = try PhrasePattern(entry)
            } catch {
                let item = value.node.sequence.flatMap { number < $0.count ? YAMLValue(node: $0[number], path: value.path) : nil }
                throw (item ?? value).error("\(key): pattern '\(entry)' \(error.message)")
            }
        }
    }

    /// Adds another set of lists (a user's section, or Rules/common/) to these.
    mutating func merge(_ other: LanguageData) {
        parsed.merge(other.parsed) { mine, _ in mine }
        scalars.merge(other.scalars) { _, new in new }
        for (key, entries) in other.written where other.maps[key] == nil {
            add(key, entries, folded: other.lists[key] ?? [], patterns: other.patternsByFolded[key] ?? [:])
        }
        for (key, map) in other.maps {
            for (name, forms) in map { maps[key, default: [:]][name, default: []] += forms }
            written[key, default: []] += other.written[key] ?? []
            indexMapKeys(key)
        }
    }

    /// A map's keys are phrases too ("unfortunately", "no problem"), found longest first.
    private mutating func indexMapKeys(_ key: String) {
        guard Self.isPhraseKey(key) else { return }
        var byFolded: [String: PhrasePattern] = [:]
        for inner in written[key] ?? [] {
            if let pattern = pattern(inner) { byFolded[TextFolding.foldPhrase(inner)] = pattern }
        }
        patterns[key] = Array(byFolded.keys).longestFirstThenOrdered().compactMap { byFolded[$0] }
    }

    mutating func add(_ key: ListKey, _ entries: [String]) { add(key.name, entries) }

    /// Adds another `LanguageData`'s list, already folded, deduplicated and sorted there
    /// (`folded`, `patterns`): the same lists as `add(key, entries)` makes, without folding
    /// and parsing every entry again for each language it is merged into.
    private mutating func add(_ key: String, _ entries: [String], folded new: [String], patterns newPatterns: [String: PhrasePattern]) {
        add(key, written: entries, folded: new, patterns: new.map { newPatterns[$0] })
    }

    /// Each new entry is folded (and, in a phrase list, parsed) once; the list is sorted again
    /// as a whole, so the order is the one sorting every entry at once gives.
    private mutating func add(_ key: String, _ entries: [String]) {
        var entryPatterns: [PhrasePattern?] = Array(repeating: nil, count: entries.count)
        if Self.isPhraseKey(key) {
            for (number, entry) in entries.enumerated() { entryPatterns[number] = pattern(entry) }
        }
        add(key, written: entries, folded: entries.map(TextFolding.foldPhrase), patterns: entryPatterns)
    }

    /// `written` as given, and each folded form with its pattern (nil outside phrase lists):
    /// a form already in the list keeps its first pattern.
    private mutating func add(_ key: String, written entries: [String], folded forms: [String], patterns formPatterns: [PhrasePattern?]) {
        // Nothing new: the list stays as it is (sorting it again would give the same order).
        guard !entries.isEmpty || lists[key] == nil else { return }
        written[key, default: []] += entries
        let isPhrases = Self.isPhraseKey(key)
        var seen = sets[key] ?? []
        var folded = lists[key] ?? []
        var byFolded = isPhrases ? patternsByFolded[key] ?? [:] : [:]
        for (form, pattern) in zip(forms, formPatterns) {
            if isPhrases, byFolded[form] == nil, let pattern { byFolded[form] = pattern }
            if !form.isEmpty, seen.insert(form).inserted { folded.append(form) }
        }
        lists[key] = folded.longestFirst()
        if isPhrases {
            patternsByFolded[key] = byFolded
            patterns[key] = (lists[key] ?? []).compactMap { byFolded[$0] }
        }
        sets[key] = seen
        if key == "name-titles" { nameTitles = Set((lists[key] ?? []).map { String($0.trimming { $0 == "." }) }) }
    }

    private static func isPhraseKey(_ key: String) -> Bool { PhraseMatcher.keys.contains { $0.name == key } }

    /// An entry as a pattern, parsed the first time it is asked for; nil when it does not parse.
    private mutating func pattern(_ entry: String) -> PhrasePattern? {
        if let known = parsed[entry] { return known }
        guard let pattern = try? PhrasePattern(entry) else { return nil }
        parsed[entry] = pattern
        return pattern
    }
}

