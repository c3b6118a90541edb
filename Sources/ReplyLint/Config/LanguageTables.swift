/// What `LanguageSet` draws from every language at once (a quoted original, a reply prefix or
/// a draft's words can be in any language, whatever the draft's), gathered from the languages
/// with common/ merged in. The compiled rule data keeps these tables (`LanguageTables+Archive`),
/// so that a run reads them and the one language its draft is in, not every language.
struct LanguageTables: Sendable {
    /// Folded month names and abbreviations → month number.
    var months: [String: Int] = [:]
    /// Folded words that join date and time in attribution lines.
    var dateConnectors: Set<String> = []
    /// The lists `ReplyPatterns` reads, of every language and common/ in that order, each entry
    /// once (the first time it comes), and each header label with the field it first names:
    /// `ReplyPatterns` of this one source is that of every language.
    var replySource = LanguageData(code: "replies", name: "replies")
    /// Folded reply/forward prefixes of every language plus common/, longest first.
    var replyPrefixes: [String] = []
    /// Each stopword (folded) → the languages that have it, in code order.
    var stopwords: [String: [String]] = [:]
    /// For each language and anatomy list (`LanguageSet.mergedKeys`): its own entries first,
    /// then the other languages'.
    var merged: [String: [String: [String]]] = [:]
    /// Every word of every language's phrase lists (`PhraseMatcher.keys`), numbered.
    var vocabulary: [String: Int] = [:]
    /// The phrase lists rules read in every language (`sharedPhraseKeys`), of each language:
    /// a draft in one language then compiles them without reading the others' data.
    var sharedPhrases: [String: [String: [PhrasePattern]]] = [:]

    /// Lists a rule reads in every language, whatever the draft's: a generic subject
    /// (subject.generic) or a shared mailbox's name (closing.sender-name) in any language.
    static let sharedPhraseKeys: [ListKey] = [.genericSubjects, .mailboxNames]
    static let replyKeys: [ListKey] = [.attribution, .originalMessage, .mobileSignatures, .replyMarkers, .authorPrefixes]

    init() {}

    /// The tables of these languages (each with common/ merged in, as a linter has them).
    init(_ byCode: [String: LanguageData], common: LanguageData) {
        let all = byCode.keys.sorted().compactMap { byCode[$0] }
        for language in all {
            for (key, names) in language.map(.months) {
                guard let month = Int(key), (1...12).contains(month) else { continue }
                for name in names { months[String(TextFolding.fold(name).trimming { $0 == "." })] = month }
            }
        }
        dateConnectors = Set(all.flatMap { $0.list(.dateWords) })
        replySource = Self.replySource(all + [common])
        for language in all {
            for word in Set(language.list(.stopwords)) { stopwords[word, default: []].append(language.code) }
        }
        for language in all {
            for key in LanguageSet.mergedKeys {
                var seen = Set<String>()
                let entries = language.list(key) + all.filter { $0.code != language.code }.flatMap { $0.list(key) }
                merged[language.code, default: [:]][key.name] = entries.filter { seen.insert($0).inserted }.longestFirst()
            }
        }
        for language in all {
            for key in PhraseMatcher.keys {
                for word in language.patterns[key.name]?.flatMap(\.words) ?? [] where vocabulary[word] == nil {
                    vocabulary[word] = vocabulary.count
                }
            }
        }
        for language in all {
            for key in Self.sharedPhraseKeys { sharedPhrases[language.code, default: [:]][key.name] = language.patterns[key.name] ?? [] }
        }
        replyPrefixes = Array(Set((all + [common]).flatMap { $0.list(.replyPrefixes) })).longestFirstThenOrdered()
    }

    /// One source holding what `ReplyPatterns` takes from each of these in turn: each list's
    /// entries in the order they come, once, and each folded label's first field.
    private static func replySource(_ sources: [LanguageData]) -> LanguageData {
        var lists: [String: [String]] = [:]
        for key in replyKeys {
            var seen = Set<String>()
            lists[key.name] = sources.flatMap { $0.list(key) }.filter { seen.insert($0).inserted }
        }
        var fields: [String: String] = [:], labels: [String: [String]] = [:]
        for source in sources {
            for (field, names) in source.map(.outlookLabels).sorted(by: { $0.key < $1.key }) {
                guard ReplyPatterns.Field(rawValue: field) != nil else { continue }
                for name in names where fields[TextFolding.foldPhrase(name)] == nil {
                    fields[TextFolding.foldPhrase(name)] = field
                    labels[field, default: []].append(name)
                }
            }
        }
        return LanguageData(code: "replies", name: "replies", lists: lists, written: [:], maps: [ListKey.outlookLabels.name: labels],
                            scalars: [:], patterns: [:], patternsByFolded: [:])
    }
}
