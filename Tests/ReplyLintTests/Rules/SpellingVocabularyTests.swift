import Foundation
import Testing
@testable import ReplyLint

/// What `body.spelling` counts as a word beyond the dictionary: English variants by region,
/// the shipped support vocabulary, hyphenated words, productive affixes, and which of
/// Hunspell's suggestions are shown.
@Suite struct SpellingVocabularyTests {
    let languages: LanguageSet

    init() throws {
        languages = try Linter().languages
    }

    func vocabulary(_ code: String, region: String? = nil) throws -> Vocabulary {
        let language = try #require(languages.language(code))
        guard case let .found(checkers) = DictionaryShelf.shared.dictionaries(for: language, region: region) else {
            throw SpellingTests.NotInstalled(name: code)
        }
        return Vocabulary(checkers, language: language)
    }

    /// Every word of every shipped list, in every language, is a word to the spell checker:
    /// a phrase the rules look for must never be reported as a misspelling. Read from the YAML
    /// files as written, since the loaded lists are folded (accents dropped).
    @Test(arguments: ["en", "el", "ro", "et", "id"])
    func everyWordOfOurListsIsKnown(_ code: String) throws {
        let language = try #require(languages.language(code))
        let vocabulary = try vocabulary(code)
        let scripts = Set(language.list(.stopwords).prefix(20).compactMap { $0.first.map(Script.init) })
        var unknown: [String] = []
        for (key, entries) in try Self.proseLists(code) {
            for entry in entries {
                // Words in another alphabet (`email` in a Greek phrase) are never checked.
                // A greeting form's `{first}` and `{last}` are slots for the customer's name.
                let text = entry.replacingOccurrences(of: #"\{[a-z]+\}"#, with: "", options: .regularExpression)
                for word in Self.words(text, locale: code)
                where word.allSatisfy({ !$0.isLetter || scripts.contains(Script($0)) }) && !vocabulary.knows(word) {
                    unknown.append("\(key): '\(word)' in '\(entry)'")
                }
            }
        }
        #expect(unknown.isEmpty, "\(unknown.count) words of the \(code) lists are unknown:\n\(unknown.joined(separator: "\n"))")
    }

    /// Keys whose entries are not prose an agent writes: capitals by definition, what mail
    /// clients write above a quoted original (never new text), affixes and settings.
    static let notProse: Set<String> = [
        "acronyms", "attribution", "original-message", "outlook-labels", "spelling-prefixes", "spelling-suffixes",
        "spelling-endings", "name-endings", "emoticons", "reply-prefixes", "time-of-day-hours", "hunspell-variants",
        "hunspell-dictionary", "readability-formula", "readability-limit", "reduplication", "negation-scope", "name",
        // What apps and help desks write around a reply (replies.yaml): product names ("Outlook",
        // "ProtonMail"), `{device}` slots and marker lines the agent never types; they are matched
        // as signature or original, never spell-checked as new text.
        "mobile-signatures", "reply-markers", "author-prefixes",
    ]
    /// Maps whose keys are names of our own, not words of the language.
    static let namedKeys: Set<String> = ["months", "time-of-day-greetings", "name-forms", "greeting-forms", "sign-off-forms"]

    /// Each list of a language's shipped files with its entries as written; a map gives its
    /// values, and its keys too when they are phrases (`negative-words`).
    static func proseLists(_ code: String) throws -> [(String, [String])] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules/locales/\(code)")
        var lists: [(String, [String])] = []
        for yaml in try ShippedData.readFolder(folder) {
            for (key, _, value) in try yaml.mapping("file") where !notProse.contains(key) {
                if value.node.sequence != nil {
                    lists.append((key, try value.strings(key)))
                } else if value.node.mapping != nil {
                    for (inner, _, items) in try value.mapping(key) {
                        lists.append((key, (namedKeys.contains(key) ? [] : [inner]) + (try items.strings(key))))
                    }
                }
            }
        }
        #expect(lists.count > 20, "no lists found in \(folder.path)")
        return lists
    }

    /// The words of a list entry the rule would check: hyphenated ones whole, no single
    /// letters, numbers, acronyms or pattern syntax.
    static func words(_ entry: String, locale: String) -> [String] {
        let line = TextLine(index: 0, full: Substring(entry))
        let words = Segmenter.segments(line.text, kind: .word, locale: locale).map { Word(line: line, range: $0) }
        return BodySpellingRule.hyphenJoined(words).map { String($0.text) }.filter { word in
            SpellingExemptions.isCandidate(Substring(word), maxLength: BodySpellingRule.maxLength)
                && !(word.filter(\.isLetter).count >= 2 && word.filter(\.isLetter).allSatisfy(\.isUppercase))
        }
    }

    @Test func aRegionWithItsOwnDictionaryIsHeldToIt() throws {
        let british = try vocabulary("en", region: "gb"), american = try vocabulary("en", region: "us")
        let either = try vocabulary("en"), unknownRegion = try vocabulary("en", region: "nz")
        for word in ["authorised", "centre", "cancelled", "litre", "colour"] {
            #expect(british.knows(word), "\(word)")
            #expect(!american.knows(word), "\(word)")
            #expect(either.knows(word) && unknownRegion.knows(word), "\(word)")
        }
        #expect(!british.knows("color"))
        #expect(british.checkers.map(\.name) == ["en_GB"])
        #expect(either.checkers.first?.name == "en_US")
    }

    @Test func theRegionComesFromTheTagWhereverItIsGiven() throws {
        #expect(Draft.region("en-GB") == "gb")
        #expect(Draft.region("en_gb") == "gb")
        #expect(Draft.region("en-Latn-AU") == "au")
        #expect(Draft.region("es-419") == "419")
        #expect(Draft.region("en") == nil)
        let source = RuleExample.reply("en-GB", body: "The colour you chose is back.").source
        let draft = try Linter().draft(Array(source.utf8))
        #expect(draft.region == "gb")
        let forced = try Linter(options: .init(locale: "en-US")).draft(Array(source.utf8))
        #expect(forced.region == "us")
    }

    @Test func aMissingVariantFallsBackToEveryInstalledOne() throws {
        var language = try #require(languages.language("en"))
        let yaml = try YAMLValue.load("hunspell-variants: {nz: [en_NZ_not_installed]}\n", path: "test.yaml")
        try language.extend(with: #require(yaml))
        guard case let .found(checkers) = DictionaryShelf.shared.dictionaries(for: language, region: "nz") else {
            Issue.record("no English dictionary found")
            return
        }
        #expect(checkers.map(\.name).contains("en_US"))
        #expect(checkers.map(\.name).contains("en_GB"))
        #expect(Vocabulary(checkers, language: language).knows("colour"))
    }

    @Test(arguments: [
        ("en", "pre-order", true), ("en", "re-send", true), ("en", "follow-up", true), ("en", "pre-ordr", false),
        ("en", "sned-to", false),
        ("id", "pertama-tama", true), ("id", "selambat-lambatnya", true), ("id", "sesegera-segeranya", true),
        ("id", "selambat-cepatnya", false), ("id", "terverifikasi", true), ("id", "terproses", true),
        ("ro", "voucher-ul", true), ("ro", "voucherul", true), ("ro", "site-urile", true), ("ro", "voucher-ulx", false),
        ("et", "kolmapäeval", true), ("et", "lähtestada", true), ("et", "lähtestage", true), ("et", "lähtestatud", true),
        ("et", "lähtsetada", false),
        ("el", "κούριερ", true), ("el", "ιστότοπο", true), ("el", "κουριερρ", false),
    ])
    func wordsByRule(_ code: String, _ word: String, _ known: Bool) throws {
        #expect(try vocabulary(code).knows(word) == known)
    }

    @Test func onlyTheUnknownPartOfAHyphenatedWordIsReported() throws {
        #expect(try vocabulary("en").unknownParts(of: "pre-ordr") == [1])
        #expect(try vocabulary("en").unknownParts(of: "sned-to") == [0])
        let example = RuleExample.reply("en", body: "Your pre-ordr is on its way.")
        let report = try Linter().lint(Array(example.source.utf8), path: "draft.eml")
        let found = report.diagnostics.filter { $0.rule == "body.spelling" }
        #expect(found.map(\.excerpt) == ["ordr"])
    }

    @Test func suggestionsAreRealWordsCloseToTheWord() throws {
        let english = try vocabulary("en", region: "us")
        // Hunspell's own list for 'cancelled' is canceled, can celled, can-celled, cancel led.
        #expect(SuggestionFilter.real(["canceled", "can celled", "can-celled", "cancel led"], for: "cancelled", vocabulary: english) == ["canceled"])
        #expect(SuggestionFilter.real(["a lot", "allot"], for: "alot", vocabulary: english) == ["a lot", "allot"])
        // Far from the word: dropped, and none is better than nonsense.
        #expect(SuggestionFilter.real(["overcome"], for: "ecommerce", vocabulary: english).isEmpty)
        #expect(SuggestionFilter.real(["cardialgia"], for: "giftcard", vocabulary: english).isEmpty)
        // A suggestion the language does not know is no suggestion.
        #expect(SuggestionFilter.real(["recieve", "receive"], for: "recieev", vocabulary: english) == ["receive"])
        #expect(SuggestionFilter.distance(Array("recieve".unicodeScalars), Array("receive".unicodeScalars)) == 1)
        #expect(SuggestionFilter.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
    }
}
