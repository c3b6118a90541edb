import Foundation

/// Every language replylint knows, with the tables drawn from all of them at once:
/// a quoted original or a reply prefix can be in any language, whatever the draft's.
struct LanguageSet: Sendable {
    let byCode: [String: LanguageData]
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
    private let mergedLists: [String: [ListKey: [String]]]
    /// Each language's phrase lists (`PhraseMatcher.keys`), compiled for matching words when
    /// the language is first asked for: one draft needs one language's.
    private let matchers: PhraseMatchers
    /// Every word of those lists in every language, numbered.
    let vocabulary: [String: Int]
    static let mergedKeys: [ListKey] = [.greetings, .genericGreetings, .nameTitles, .signOffs]

    init(_ byCode: [String: LanguageData], common: LanguageData) {
        self.byCode = byCode
        self.common = common
        let all = byCode.keys.sorted().compactMap { byCode[$0] }
        var months: [String: Int] = [:]
        for language in all {
            for (key, names) in language.map(.months) {
                guard let month = Int(key), (1...12).contains(month) else { continue }
                for name in names { months[String(TextFolding.fold(name).trimming { $0 == "." })] = month }
            }
        }
        self.months = MonthNames(months)
        dateConnectors = Set(all.flatMap { $0.list(.dateWords) })
        replies = ReplyPatterns(all + [common], months: self.months, connectors: dateConnectors)
        var stopwords: [WordKey: [String]] = [:]
        for language in all {
            for word in Set(language.list(.stopwords)) { stopwords[WordKey(word), default: []].append(language.code) }
        }
        self.stopwords = stopwords
        var merged: [String: [ListKey: [String]]] = [:]
        for language in all {
            for key in Self.mergedKeys {
                var seen = Set<String>()
                let entries = language.list(key) + all.filter { $0.code != language.code }.flatMap { $0.list(key) }
                merged[language.code, default: [:]][key] = entries.filter { seen.insert($0).inserted }.longestFirst()
            }
        }
        mergedLists = merged
        var vocabulary: [String: Int] = [:]
        for language in all {
            for key in PhraseMatcher.keys {
                for word in language.patterns[key.name]?.flatMap(\.words) ?? [] where vocabulary[word] == nil {
                    vocabulary[word] = vocabulary.count
                }
            }
        }
        self.vocabulary = vocabulary
        matchers = PhraseMatchers(byCode, vocabulary: vocabulary)
        replyPrefixes = Array(Set((all + [common]).flatMap { $0.list(.replyPrefixes) })).longestFirstThenOrdered()
    }

    var codes: [String] { byCode.keys.sorted() }

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
        return mergedLists[code]?[key] ?? byCode[code]?.list(key) ?? []
    }

    /// A phrase list of `code` (one of `PhraseMatcher.keys`), compiled.
    func phrases(_ code: String, _ key: ListKey) -> PhraseMatcher {
        DataReads.note(list: key)
        return matchers.matcher(code, key) ?? PhraseMatcher([], vocabulary: [:])
    }

    /// A language's lists with common/ added.
    func language(_ code: String) -> LanguageData? { byCode[code] }
}
