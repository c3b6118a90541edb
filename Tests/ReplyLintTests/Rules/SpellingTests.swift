import Foundation
import Synchronization
import Testing
@testable import ReplyLint

/// Hunspell through CHunspell: each dictionary's encoding both ways, the word cache under
/// threads, a missing dictionary, and the user's word list through the real binary.
@Suite struct SpellingTests {
    func checker(_ name: String) throws -> SpellChecker {
        guard case let .found(checker) = DictionaryShelf.shared.checker(name) else { throw NotInstalled(name: name) }
        return checker
    }

    struct NotInstalled: Error, CustomStringConvertible {
        var name: String
        var description: String { "the \(name) dictionary is not installed; run scripts/setup" }
    }

    @Test(arguments: [
        // dictionary, a right word, a wrong one, a suggestion it must get
        ("en_US", "receive", "recieve", "receive"),      // UTF-8
        ("el_GR", "έγινε", "εγινε", "έγινε"),            // ISO-8859-7
        ("ro_RO", "astăzi", "astazi", "astăzi"),         // UTF-8
        ("et_EE", "jõuab", "jouab", "jõuab"),            // ISO-8859-15
        ("id_ID", "sudah", "sudha", "sudah"),            // ISO-8859-1
    ])
    func dictionaryReadsAndWritesItsEncoding(_ name: String, _ right: String, _ wrong: String, _ suggestion: String) throws {
        let checker = try checker(name)
        #expect(checker.accepts(right))
        #expect(!checker.accepts(wrong))
        #expect(checker.suggestions(for: wrong).contains(suggestion))
    }

    @Test func encodingsAreWhatDebianShips() throws {
        #expect(try checker("el_GR").charset == "ISO-8859-7")
        // et_EE ships in ISO-8859-15; its compiled stem list is UTF-8, so the checker reads words as UTF-8.
        #expect(HunspellDictionary.affixEncoding("/usr/share/hunspell/et_EE.aff") == "ISO-8859-15")
        let estonian = try checker("et_EE")
        #expect(estonian.charset == (estonian.hasCompiledList ? nil : "ISO-8859-15"))
        #expect(try checker("id_ID").charset == "ISO-8859-1")
        #expect(try checker("en_US").charset == nil)
    }

    @Test func plainWordListsAreSearchedWithoutHunspell() throws {
        #expect(try checker("el_GR").searchesWordList)
        #expect(try !checker("en_US").searchesWordList)
        #expect(try !checker("et_EE").searchesWordList)
    }

    @Test func wordsOutsideTheEncodingAreNotJudged() throws {
        // `ș` has no form in ISO-8859-7: neither right nor wrong for el_GR.
        #expect(HunspellDictionary.encode("înșiși", charset: "ISO-8859-7") == nil)
        #expect(try checker("el_GR").accepts("înșiși"))
    }

    @Test func ordinaryVariantsAreAccepted() throws {
        #expect(try checker("en_US").accepts("don\u{2019}t"))
        #expect(try checker("ro_RO").accepts("mulţumim"))   // cedilla, as ISO-8859-2 mailers write it
        #expect(try checker("en_US").accepts("london"))     // only "London" is in the dictionary
    }

    @Test func checkerIsSafeFromManyThreads() throws {
        let checker = try checker("et_EE")
        let words = ["täna", "jõuab", "jouab", "kaardile", "kardile", "tööpäeva", "eurot", "raha"]
        let wrong = Mutex<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 400) { index in
            let word = words[index % words.count]
            if !checker.accepts(word) {
                _ = checker.suggestions(for: word)
                wrong.withLock { $0 += 1 }
            }
        }
        let expected = 400 / words.count * words.filter { !checker.accepts($0) }.count
        #expect(wrong.withLock { $0 } == expected)
    }

    @Test func missingDictionaryIsReportedWithTheFoldersSearched() {
        let shelf = DictionaryShelf(folders: ["/nonexistent/dicts"])
        guard case let .missing(folders) = shelf.checker("en_US") else {
            Issue.record("found a dictionary in a folder that does not exist")
            return
        }
        #expect(folders == ["/nonexistent/dicts"])
        #expect(DictionaryShelf.defaultFolders(environment: ["REPLYLINT_DICTIONARIES": "/a:/b"]) == ["/a", "/b"])
        #expect(DictionaryShelf.defaultFolders(environment: [:]).first == "/usr/share/hunspell")
    }

    @Test func messageListsUpToThreeSuggestions() {
        #expect(BodySpellingRule.message("recieve", dictionaries: ["en_US"], suggestions: ["receive", "relieve", "deceive"])
            == "'recieve' is not in the en_US dictionary; did you mean 'receive', 'relieve' or 'deceive'?")
        #expect(BodySpellingRule.message("xq", dictionaries: ["en_US"], suggestions: [])
            == "'xq' is not in the en_US dictionary")
        #expect(BodySpellingRule.message("xq", dictionaries: ["en_US", "en_AU", "en_GB"], suggestions: [])
            == "'xq' is not in the en_US, en_AU or en_GB dictionary")
    }

    @Test func gibberishGetsSuggestionsForTenWordsOnly() throws {
        let words = (0..<30).map { "zq" + String(repeating: "x", count: $0 % 10) + ["vb", "kj", "wp"][$0 / 10] }
        let longCode = String(repeating: "q", count: BodySpellingRule.maxLength + 1)
        let example = RuleExample.reply("en", body: "Your parcel " + words.joined(separator: " ") + " " + longCode + ".")
        let report = try Linter().lint(Array(example.source.utf8), path: "gibberish.eml")
        let findings = report.diagnostics.filter { $0.rule == "body.spelling" }
        #expect(findings.count == 30)
        #expect(findings.dropFirst(BodySpellingRule.maxSuggestedWords).allSatisfy { !$0.message.contains("did you mean") })
    }

    // MARK: through the binary

    let draft = "From: Jo Baker <jo@shop.example>\nTo: Anna Smith <anna@example.com>\nSubject: Your parcel\n\nDear Anna,\n\nYour parcel leaves our parcelbox today.\n\nBest regards,\nJo Baker\n"

    @Test func configSpellingWordsAreAccepted() throws {
        let folder = try tempFolder()
        let path = folder.appendingPathComponent("draft.eml").path
        try draft.write(toFile: path, atomically: true, encoding: .utf8)
        let plain = try BinaryRunner.run(["check", path])
        #expect(plain.stdout.contains("'parcelbox' is not in the en_US, en_AU, en_CA or en_GB dictionary"))
        let config = folder.appendingPathComponent("words.yaml").path
        try "spelling-words: [Parcelbox]\n".write(toFile: config, atomically: true, encoding: .utf8)
        let configured = try BinaryRunner.run(["check", "--config", config, path])
        #expect(configured.status == 0)
        #expect(!configured.stdout.contains("body.spelling"))
    }

    @Test func missingDictionaryGivesOneInfoFindingNotAnError() throws {
        let folder = try tempFolder()
        let path = folder.appendingPathComponent("draft.eml").path
        try draft.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["check", "--format", "json", path],
                                          environment: ["REPLYLINT_DICTIONARIES": folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "\"body.spelling\"").count == 2)
        #expect(result.stdout.contains("no Hunspell dictionary for 'en' (looked in \(folder.path) for en_US.dic); spelling not checked"))
        #expect(result.stdout.contains("\"severity\" : \"info\""))
    }

    private func tempFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
