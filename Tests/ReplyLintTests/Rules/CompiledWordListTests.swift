import Foundation
import Testing
@testable import ReplyLint

/// The compiled, memory-mapped word lists: they never change a verdict, they are written
/// safely by processes racing to compile them, and a changed dictionary is compiled again.
@Suite struct CompiledWordListTests {
    static let folder = "/usr/share/hunspell"
    static let english = ["en_US", "en_GB", "en_AU", "en_CA"]

    func files(_ name: String) -> (affix: String, dictionary: String) {
        ("\(Self.folder)/\(name).aff", "\(Self.folder)/\(name).dic")
    }

    func freshCache() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A sample of the dictionary's words, right and wrong: every 40th stem as written,
    /// lower-case and capitalised, the forms its affixes make, and each with a letter dropped,
    /// doubled or swapped.
    static func sample(_ name: String) -> [String] {
        let text = (try? String(contentsOfFile: "\(folder)/\(name).dic", encoding: .utf8)) ?? ""
        let affix = (try? String(contentsOfFile: "\(folder)/\(name).aff", encoding: .utf8)) ?? ""
        let expansion = AffixExpansion(affixText: affix)
        var words: [String] = []
        for (index, entry) in AffixExpansion.entries(text).enumerated() where index % 40 == 0 {
            let forms = expansion?.forms(of: entry.word, flags: entry.flags).map { String($0) } ?? [String(entry.word)]
            for form in forms {
                let letters = Array(form)
                words += [form, form.lowercased(), form.prefix(1).uppercased() + form.dropFirst()]
                if letters.count > 3 {
                    words.append(String(letters.dropLast()))
                    words.append(String(letters + [letters[letters.count - 1]]))
                    var swapped = letters
                    swapped.swapAt(1, 2)
                    words.append(String(swapped))
                }
            }
        }
        return words
    }

    @Test(arguments: english)
    func compiledVerdictsAreHunspells(_ name: String) throws {
        let (affix, dictionary) = files(name)
        let hunspell = try #require(HunspellDictionary(name: name, affix: affix, dictionary: dictionary))
        // The process's own cache: compiling four lists afresh would take most of a minute in a debug build;
        // the tests below compile small dictionaries afresh.
        let compiled = try #require(SpellChecker(name: name, affix: affix, dictionary: dictionary, cache: CompiledWordList.cacheFolder()))
        #expect(compiled.hasCompiledList)
        let plain = try #require(SpellChecker(name: name, affix: affix, dictionary: dictionary, cache: nil))
        #expect(!plain.hasCompiledList)
        let words = Self.sample(name)
        #expect(words.count > 10_000)
        var differ: [String] = [], rightByList = 0, right = 0
        for word in words {
            let truth = SpellChecker.variants(of: word).contains { hunspell.accepts($0) != false }
            if truth { right += 1 }
            if compiled.knownCheaply(word) {
                rightByList += 1
                if !truth { differ.append("\(word): the list knows it, Hunspell does not") }
            }
            if compiled.accepts(word) != truth || plain.accepts(word) != truth { differ.append("\(word): verdict \(compiled.accepts(word)), Hunspell \(truth)") }
        }
        #expect(differ.isEmpty, "\(differ.prefix(20))")
        // A second process maps the list and decides words right and wrong without Hunspell.
        let later = try #require(SpellChecker(name: name, affix: affix, dictionary: dictionary, cache: CompiledWordList.cacheFolder()))
        for word in words.prefix(5_000) where !word.contains(where: \.isNumber) && !word.contains("-") && word != word.uppercased() {
            #expect(later.accepts(word) == SpellChecker.variants(of: word).contains { hunspell.accepts($0) != false }, "\(word)")
        }
        #expect(!later.hasLoadedHunspell)
        // The list decides nearly every right word on its own, or it would not save Hunspell's load.
        #expect(Double(rightByList) >= 0.99 * Double(right), "\(rightByList) of \(right) right words found in the list")
    }

    @Test func dictionariesOutsideTheSubsetAreNotCompiled() throws {
        let cache = try freshCache()
        // id_ID's flags are two characters long (`FLAG long`); ro_RO and et_EE are `StemListTests`'.
        let (affix, dictionary) = files("id_ID")
        let checker = try #require(SpellChecker(name: "id_ID", affix: affix, dictionary: dictionary, cache: cache))
        #expect(!checker.hasCompiledList)
        // Marked, so that later processes do not read the affix file again to find out.
        let names = try FileManager.default.contentsOfDirectory(atPath: cache)
        #expect(names.filter { $0.hasSuffix(".none") }.count == 1)
        #expect(names.filter { $0.hasSuffix(".affixed") }.count == 1)
        try? FileManager.default.removeItem(atPath: cache)
    }

    @Test func processesCompilingAtOnceLeaveOneWholeList() throws {
        let cache = try freshCache()
        let (affix, dictionary) = try copiedDictionary(into: cache, extra: [])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            _ = CompiledWordList.open(name: "tiny", affix: affix, dictionary: dictionary, folder: cache + "/lists") {
                HunspellDictionary(name: "tiny", affix: affix, dictionary: dictionary)
            }
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: cache + "/lists")
        #expect(names.count == 1, "\(names)")  // no temporary file left behind
        let list = try #require(CompiledWordList(file: cache + "/lists/" + names[0]))
        #expect(list.contains(bytes: "parcel".utf8) && list.contains(bytes: "parcels".utf8) && !list.contains(bytes: "parcelz".utf8))
        try? FileManager.default.removeItem(atPath: cache)
    }

    @Test func aChangedDictionaryIsCompiledAgain() throws {
        let cache = try freshCache()
        var (affix, dictionary) = try copiedDictionary(into: cache, extra: [])
        let first = try #require(SpellChecker(name: "tiny", affix: affix, dictionary: dictionary, cache: cache + "/lists"))
        #expect(first.hasCompiledList && !first.knownCheaply("voucher"))
        (affix, dictionary) = try copiedDictionary(into: cache, extra: ["voucher/S"])
        let second = try #require(SpellChecker(name: "tiny", affix: affix, dictionary: dictionary, cache: cache + "/lists"))
        #expect(second.knownCheaply("voucher") && second.knownCheaply("vouchers"))
        try? FileManager.default.removeItem(atPath: cache)
    }

    /// A small dictionary with en_US's affixes, so the test compiles in milliseconds.
    private func copiedDictionary(into folder: String, extra: [String]) throws -> (String, String) {
        let affix = folder + "/tiny.aff", dictionary = folder + "/tiny.dic"
        if !FileManager.default.fileExists(atPath: affix) {
            try FileManager.default.copyItem(atPath: "\(Self.folder)/en_US.aff", toPath: affix)
        }
        let words = ["parcel/MS", "refund/SGMDB", "order/EGMDSJ", "ship/ALSM"] + extra
        try (["\(words.count)"] + words).joined(separator: "\n").appending("\n").write(toFile: dictionary, atomically: true, encoding: .utf8)
        // A rewrite within the same second must still look changed: the size differs here.
        return (affix, dictionary)
    }
}

/// Suggestions one edit away, from lookups alone.
@Suite struct EditSuggesterTests {
    let words: Set<String> = ["receive", "relieve", "astăzi", "întârziere", "έγινε", "tomorrow", "separate"]

    static func text(_ letters: EditSuggester.Letters) -> String { String(String.UnicodeScalarView(letters)) }

    func suggest(_ word: String, alphabet: String, budget: Int = 5_000) -> [String] {
        var left = budget
        return EditSuggester(alphabet: alphabet).suggestions(for: word, budget: &left) { words.contains(Self.text($0)) }
    }

    @Test func accentsAreRestoredBeforeAnythingElse() {
        let romanian = "iaăâșțîertolncusmpdbgfzvhjxkwyq"
        #expect(suggest("astazi", alphabet: romanian) == ["astăzi"])
        #expect(suggest("intarziere", alphabet: romanian) == ["întârziere"])   // two letters at once
        #expect(suggest("εγινε", alphabet: "άόίϊΐέήύϋΰώιηυωοεατνρσκμπλςγδθφβζξψχ") == ["έγινε"])
    }

    @Test func oneEditAwayInEveryWay() {
        let english = "esiaénrtolcdugmfphbyvkw"
        #expect(suggest("recieve", alphabet: english) == ["receive", "relieve"])   // swapped first, then replaced
        #expect(suggest("tomorow", alphabet: english) == ["tomorrow"])         // missing
        #expect(suggest("seperate", alphabet: english) == ["separate"])        // replaced
        #expect(suggest("relieeve", alphabet: english) == ["relieve"])         // doubled
        #expect(suggest("Recieve", alphabet: english).first == "Receive")       // case kept
        #expect(suggest("zzzzqq", alphabet: english).isEmpty)
    }

    @Test func theBudgetBoundsTheLookups() {
        var left = 10
        var asked = 0
        _ = EditSuggester(alphabet: "abcdefghijklmnopqrstuvwxyz").suggestions(for: "qwertyuiop", budget: &left) { _ in
            asked += 1
            return false
        }
        #expect(asked == 10 && left == 0)
    }
}

extension EditSuggesterTests {
    @Test func twoEditsAwayOnlyWhenAskedAndNothingIsNearer() {
        let english = "esiaénrtolcdugmfphbyvkw"
        var budget = 20_000
        let suggester = EditSuggester(alphabet: english)
        let known: Set<String> = ["receiving"]
        #expect(suggester.suggestions(for: "recieveing", budget: &budget) { known.contains(Self.text($0)) }.isEmpty)
        #expect(suggester.suggestions(for: "recieveing", deeper: true, budget: &budget) { known.contains(Self.text($0)) } == ["receiving"])
    }
}
