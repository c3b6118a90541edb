import Foundation

/// Every language replylint knows, with the tables drawn from all of them at once:
/// a quoted original or a reply prefix can be in any language, whatever the draft's.
/// A language's own lists are made when first asked for (`LanguageShelf`): a run over one
/// draft reads only the draft's language and the tables.
struct LanguageSet: Sendable {
    private let shelf: LanguageShelf
    let common: LanguageData
    /// What tells a reply's new text from the original it answers, every language at once.
    let replies: ReplyPatterns
    /// Folded month names and abbreviations → month number.
    let months: MonthNames
    /// Folded words that join date and time in attribution lines, every language.
    let dateConnectors: Set<String>
    /// Folded reply/forward prefixes of every language plus common/, longest first.
    let replyPrefixes: [String]
    /// Each stopword (folded) → the languages that have it, for detection.
    let stopwords: [WordKey: [String]]
    /// For each language and anatomy list: its own entries first, then the other languages'.
    private let mergedLists: [String: [String: [String]]]
    /// Each language's phrase lists (`PhraseMatcher.keys`), compiled for matching words when
    /// the language is first asked for: one draft needs one language's.
    private let matchers: PhraseMatchers
    /// Every word of those lists in every language, numbered.
    let vocabulary: [String: Int]
    static let mergedKeys: [ListKey] = [.greetings, .genericGreetings, .nameTitles, .signOffs]

    /// These languages as they are (a config's sections and common/ already merged in).
    init(_ byCode: [String: LanguageData], common: LanguageData) {
        self.init(LanguageShelf(names: byCode.mapValues(\.name)) { byCode[$0] }, common: common,
                  tables: LanguageTables(byCode, common: common))
    }

    /// The shipped languages, each made when first asked for: its compiled lists with common/
    /// and the config's `spelling-words` added. The tables are the compiled ones.
    init(shipped: ShippedData, spellingWords: [String]) {
        let common = shipped.common
        self.init(LanguageShelf(names: shipped.names) { code in
            guard var language = shipped.language(code) else { return nil }
            language.merge(common)
            language.add(.spellingWords, spellingWords)
            return language
        }, common: common, tables: shipped.tables)
    }

    private init(_ shelf: LanguageShelf, common: LanguageData, tables: LanguageTables) {
        self.shelf = shelf
        self.common = common
        months = MonthNames(tables.months)
        dateConnectors = tables.dateConnectors
        replies = ReplyPatterns([tables.replySource], months: months, connectors: dateConnectors)
        stopwords = Dictionary(uniqueKeysWithValues: tables.stopwords.map { (WordKey($0.key), $0.value) })
        mergedLists = tables.merged
        vocabulary = tables.vocabulary
        let shared = tables.sharedPhrases, sharedKeys = Set(LanguageTables.sharedPhraseKeys.map(\.name))
        matchers = PhraseMatchers(vocabulary: tables.vocabulary) { code, key in
            if sharedKeys.contains(key), let lists = shared[code] { return lists[key] ?? [] }
            return shelf.language(code).map { $0.patterns[key] ?? [] }
        }
        replyPrefixes = tables.replyPrefixes
    }

    var codes: [String] { shelf.codes }

    /// Whether the language is one of these (without making its lists).
    func knows(_ code: String) -> Bool { shelf.names[code] != nil }

    /// A language's name (`Romanian`), without making its lists; the code when it is not known.
    func name(_ code: String) -> String { shelf.names[code] ?? code }

    /// Clients write separators with 5, 8 or 10 dashes; any run of two or more counts as one.
    static func collapsingDashes(_ text: String) -> String {
        var result = ""
        var run = 0
        for character in text {
            if character == "-" {
                run += 1
                continue
            }
            if run > 0 { result += run >= 2 ? "--" : "-" }
            run = 0
            result.append(character)
        }
        if run > 0 { result += run >= 2 ? "--" : "-" }
        return result
    }

    /// A list of `code`'s with every other language's appended (a Romanian agent may write "Hi"),
    /// longest first.
    func merged(_ code: String, _ key: ListKey) -> [String] {
        DataReads.note(list: key)
        return mergedLists[code]?[key.name] ?? language(code)?.list(key) ?? []
    }

    /// A phrase list of `code` (one of `PhraseMatcher.keys`), compiled.
    func phrases(_ code: String, _ key: ListKey) -> PhraseMatcher {
        DataReads.note(list: key)
        return matchers.matcher(code, key) ?? PhraseMatcher([], vocabulary: [:])
    }

    /// A language's lists with common/ added.
    func language(_ code: String) -> LanguageData? { shelf.language(code) }
}
