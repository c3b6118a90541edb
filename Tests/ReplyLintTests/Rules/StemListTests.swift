import Foundation
import Testing
@testable import ReplyLint

/// ro_RO and et_EE, whose forms are too many to list, compiled as stems and affix rules
/// (`StemList`): their verdicts are Hunspell's, and a good draft in either language is
/// spell-checked without loading Hunspell.
@Suite struct StemListTests {
    static let folder = "/usr/share/hunspell"
    static let drafts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/drafts")

    static func installed(_ name: String) -> Bool {
        FileManager.default.isReadableFile(atPath: "\(folder)/\(name).aff") && FileManager.default.isReadableFile(atPath: "\(folder)/\(name).dic")
    }

    static func files(_ name: String) -> (affix: String, dictionary: String) {
        ("\(folder)/\(name).aff", "\(folder)/\(name).dic")
    }

    /// The process's own cache, as the binary uses it: ro_RO and et_EE compile once per machine.
    static func compiled(_ name: String) throws -> SpellChecker {
        let (affix, dictionary) = files(name)
        return try #require(SpellChecker(name: name, affix: affix, dictionary: dictionary, cache: CompiledWordList.cacheFolder()))
    }

    /// The words `body.spelling` asks about in the language's good fixture drafts (`ro-*-good.eml`):
    /// each candidate, and whether the exemptions (names, links, codes) would skip it.
    static func draftWords(_ language: String) throws -> [(word: String, exempt: Bool, language: LanguageData)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: drafts.path)
            .filter { $0.hasPrefix(language + "-") && $0.hasSuffix("-good.eml") }.sorted()
        #expect(names.count >= 10, "\(names)")
        var words: [(String, Bool, LanguageData)] = []
        for name in names {
            let draft = try Linter().draft(Array(try Data(contentsOf: drafts.appendingPathComponent(name))))
            #expect(draft.language.code == language, "\(name)")
            let joined = BodySpellingRule.hyphenJoined(draft.words)
            var exemptions = SpellingExemptions(draft)
            for (index, word) in joined.enumerated() where SpellingExemptions.isCandidate(word.text, maxLength: BodySpellingRule.maxLength) {
                words.append((String(word.text), exemptions.skips(index, of: joined), draft.language))
            }
        }
        return words
    }

    /// Misspelt forms of `words`: a letter dropped, doubled, swapped with the next, and the
    /// accents taken off.
    static func misspelt(_ words: [String]) -> [String] {
        words.flatMap { word -> [String] in
            let letters = Array(word)
            guard letters.count > 3 else { return [] }
            var swapped = letters
            swapped.swapAt(1, 2)
            let marks = word.decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
            let plain = String(String.UnicodeScalarView(marks))
            return [String(letters.dropLast()), String(letters + [letters[letters.count - 1]]), String(swapped), plain]
        }
    }

    /// Every `step`-th stem of the dictionary as written, lower-case and capitalised, and the forms its affixes make.
    static func dictionarySample(_ name: String, stems: Int) throws -> [String] {
        let (affix, dictionary) = files(name)
        let affixData = try Data(contentsOf: URL(fileURLWithPath: affix))
        let expansion = try #require(AffixExpansion(affixText: AffixExpansion.text(of: affixData, affix: affixData)))
        let entries = AffixExpansion.entries(AffixExpansion.text(of: try Data(contentsOf: URL(fileURLWithPath: dictionary)), affix: affixData))
        var words: [String] = []
        for entry in entries.enumerated().filter({ $0.offset % max(1, entries.count / stems) == 0 }).map(\.element) {
            for form in expansion.forms(of: entry.word, flags: entry.flags).map({ String($0) }) {
                words += [form, form.lowercased(), form.prefix(1).uppercased() + form.dropFirst()]
            }
        }
        return words
    }

    /// The compiled list with Hunspell behind it gives Hunspell's verdict for every word, and a
    /// word the list says it knows Hunspell accepts; returns how many right words the list knew.
    static func expectHunspellsVerdicts(_ name: String, _ words: [String]) throws -> (known: Int, right: Int, wrong: Int) {
        let (affix, dictionary) = files(name)
        let hunspell = try #require(HunspellDictionary(name: name, affix: affix, dictionary: dictionary))
        let checker = try compiled(name)
        #expect(checker.hasCompiledList)
        var differ: [String] = [], known = 0, right = 0, wrong = 0
        for word in Set(words).sorted() {
            let truth = SpellChecker.variants(of: word).contains { hunspell.accepts($0) != false }
            if truth { right += 1 } else { wrong += 1 }
            if checker.knownCheaply(word) {
                known += 1
                if !truth { differ.append("\(word): the list knows it, Hunspell does not") }
            }
            if checker.accepts(word) != truth { differ.append("\(word): verdict \(!truth), Hunspell \(truth)") }
        }
        #expect(differ.isEmpty, "\(differ.prefix(20))")
        return (known, right, wrong)
    }

    @Test(.enabled(if: installed("ro_RO"), "ro_RO is not installed (scripts/setup)"))
    func romanianVerdictsAreHunspells() throws {
        let draft = try Self.draftWords("ro").map(\.word)
        let typed = ["astazi", "multumim", "rambusare", "factuar", "livrrare", "coletu", "comanada", "întârzieer", "mulțumimm", "Bucurestiul"]
        let sample = try Self.dictionarySample("ro_RO", stems: 600)
        let words = draft + typed + Self.misspelt(draft) + sample + Self.misspelt(sample)
        let (known, right, wrong) = try Self.expectHunspellsVerdicts("ro_RO", words)
        #expect(right > 10_000 && wrong > 10_000, "\(right) right, \(wrong) wrong")
        // Verdicts are Hunspell's (a word the list lacks goes to it); the list holds most right
        // words (86% of this sample: hyphenated clitic forms such as "dă-mi" are Hunspell's).
        #expect(Double(known) >= 0.8 * Double(right), "\(known) of \(right) right words found in the list")
    }

    @Test(.enabled(if: installed("et_EE"), "et_EE is not installed (scripts/setup)"))
    func estonianVerdictsAreHunspells() throws {
        let draft = try Self.draftWords("et").map(\.word)
        let typed = ["jouab", "tellimsu", "aitähh", "arvve", "saadetsi", "kauup", "tagastusee", "Tallinas", "pakkki", "homme-homme"]
        let sample = try Self.dictionarySample("et_EE", stems: 150)
        let words = draft + typed + Self.misspelt(draft) + sample + Self.misspelt(Array(sample.prefix(4_000)))
        let (known, right, wrong) = try Self.expectHunspellsVerdicts("et_EE", words)
        #expect(right > 5_000 && wrong > 5_000, "\(right) right, \(wrong) wrong")
        // Compounds are Hunspell's to decide; every form of a stem is the list's.
        #expect(Double(known) >= 0.9 * Double(right), "\(known) of \(right) right words found in the list")
    }

    @Test(.enabled(if: installed("ro_RO"), "ro_RO is not installed (scripts/setup)"))
    func goodRomanianDraftsNeverLoadHunspell() throws {
        try expectNoHunspell("ro_RO", words: Self.draftWords("ro"))
    }

    /// Not yet: et_EE joins any two words (`COMPOUNDFLAG`: *neljapäeval*, *tööpäeva*,
    /// *kohvimasinat*), the list holds no compounds, and every good Estonian draft has some, so
    /// Hunspell still loads for them. This fails once compounds are looked up too.
    @Test(.enabled(if: installed("et_EE"), "et_EE is not installed (scripts/setup)"))
    func goodEstonianDraftsNeverLoadHunspell() throws {
        let words = try Self.draftWords("et")
        withKnownIssue("et_EE's compounds are not in its stem list; Hunspell decides them") {
            try expectNoHunspell("et_EE", words: words)
        }
    }

    /// A second process maps the compiled list, and every word of the good drafts that is no
    /// name, link or code is known without Hunspell: it never loads.
    func expectNoHunspell(_ name: String, words: [(word: String, exempt: Bool, language: LanguageData)]) throws {
        _ = try Self.compiled(name)  // compiled first, by this process, if it was not
        let later = try Self.compiled(name)
        #expect(!later.hasLoadedHunspell)
        let asked = words.filter { !$0.exempt }
        #expect(asked.count > 300)
        // As body.spelling asks: the language's own lists first, then the dictionary, cheaply.
        let unknown = asked.filter { item in
            var vocabulary = Vocabulary([later], language: item.language)
            vocabulary.cheaply = true
            return !vocabulary.knows(item.word)
        }.map(\.word)
        #expect(unknown.isEmpty, "not in the compiled list: \(unknown)")
        #expect(!later.hasLoadedHunspell)
    }
}

/// The stem list's format on a dictionary small enough to read: a prefix, suffixes with
/// conditions and strips, one that does not combine, in ISO-8859-15 with a compound flag.
@Suite struct StemListFormatTests {
    static let affix = """
        SET ISO8859-15
        TRY aeiklmõdnü
        COMPOUNDFLAG Z
        PFX p Y 1
        PFX p 0 ü .
        SFX s Y 2
        SFX s 0 d [^d]
        SFX s a õ a
        SFX n N 1
        SFX n 0 ne .

        """
    static let dictionary = "3\nmaja/Zs\nkala/psn\naed/s\n"

    func tinyDictionary(compounds: Bool) throws -> (folder: String, affix: String, dictionary: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-stems-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let affix = folder + "/tiny.aff", dictionary = folder + "/tiny.dic"
        let affixText = compounds ? Self.affix : Self.affix.replacingOccurrences(of: "COMPOUNDFLAG Z\n", with: "")
        try Data(#require(Charset.encode(affixText, charset: "ISO-8859-15"))).write(to: URL(fileURLWithPath: affix))
        try Data(#require(Charset.encode(Self.dictionary, charset: "ISO-8859-15"))).write(to: URL(fileURLWithPath: dictionary))
        return (folder, affix, dictionary)
    }

    @Test func formsAreFoundAsHunspellFindsThem() throws {
        let (folder, affix, dictionary) = try tinyDictionary(compounds: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let checker = try #require(SpellChecker(name: "tiny", affix: affix, dictionary: dictionary, cache: folder + "/lists"))
        let hunspell = try #require(HunspellDictionary(name: "tiny", affix: affix, dictionary: dictionary))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/lists")
        #expect(names.count == 2 && names.contains { $0.hasSuffix(".stems") }, "\(names)")  // and the .affixed marker
        let file = try #require(names.first { $0.hasSuffix(".stems") })
        let list = try #require(StemList(file: folder + "/lists/" + file))
        #expect(!list.isComplete)  // et_EE's words compound
        let right = ["maja", "majad", "majõ", "kala", "kalad", "kalõ", "kalane", "ükala", "ükalad", "ükalõ", "aed"]
        let wrong = ["ükalane", "aedd", "aeõ", "majane", "ümaja", "üaed", "kal", "kalaa", "ü"]
        for word in right {
            #expect(list.contains(Array(word.utf8)), "\(word)")
            #expect(hunspell.accepts(word) == true, "\(word)")
        }
        for word in wrong {
            #expect(!list.contains(Array(word.utf8)), "\(word)")
            #expect(hunspell.accepts(word) == false, "\(word)")
        }
        // A compound is Hunspell's to decide: not in the list, still right.
        #expect(!list.contains(Array("majamaja".utf8)) && checker.accepts("majamaja"))
        // Suggestions come from the list, with the TRY letters of the dictionary's encoding.
        let later = try #require(SpellChecker(name: "tiny", affix: affix, dictionary: dictionary, cache: folder + "/lists"))
        #expect(later.knownCheaply("ükalõ") && later.knownCheaply("Kalad") && !later.hasLoadedHunspell)
        #expect(later.editSuggestions(for: "ükalö").contains("ükalõ"))
        #expect(!later.hasLoadedHunspell)
    }

    @Test func withoutCompoundsTheListIsComplete() throws {
        let (folder, affix, dictionary) = try tinyDictionary(compounds: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let affixData = try Data(contentsOf: URL(fileURLWithPath: affix))
        let expansion = try #require(AffixExpansion(affixText: AffixExpansion.text(of: affixData, affix: affixData)))
        let entries = AffixExpansion.entries(Self.dictionary)
        let data = try #require(StemList.compile(expansion, entries: entries, complete: true) {
            HunspellDictionary(name: "tiny", affix: affix, dictionary: dictionary)
        })
        let list = try #require(StemList(data: data))
        #expect(list.isComplete && list.contains(Array("kalane".utf8)))
        // A file cut short is not read.
        #expect(StemList(data: data.prefix(40)) == nil)
    }
}
