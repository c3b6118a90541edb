import Foundation
import Testing
@testable import ReplyLint

/// The pattern language of the phrase lists and the one matcher they compile into.
struct PhraseMatcherTests {
    /// The text of every match of the patterns, left to right.
    private func found(_ text: String, _ patterns: [String]) throws -> [String] {
        let parsed = try patterns.map { pattern throws in try PhrasePattern(pattern) }
        var vocabulary: [String: Int] = [:]
        for word in parsed.flatMap(\.words) where vocabulary[word] == nil { vocabulary[word] = vocabulary.count }
        let lines = text.split(separator: "\n").enumerated().map { TextLine(index: $0.offset, full: $0.element) }
        let prose = ProseWords(lines, vocabulary: vocabulary)
        return PhraseMatcher(parsed, vocabulary: vocabulary).hits(prose.words).map { prose.text($0.words) }
    }

    @Test(arguments: [
        ("As I already told you, the parcel left.", ["As I already told"]),
        ("As we explained, the parcel left.", ["As we explained"]),
        ("as I said before", ["as I said"]),
        ("As they told you, the parcel left.", []),
        ("As I have told you", []),
    ])
    func alternativesAndOptionalWords(text: String, expected: [String]) throws {
        #expect(try found(text, ["as {I|we} {already|} {told|said|explained|mentioned|wrote}"]) == expected)
    }

    @Test func anAlternativeMayBeSeveralWordsOrNested() throws {
        let pattern = "{let me know|tell me {now|}} if"
        #expect(try found("Let me know if it arrives. Tell me now if not. Tell me if so.", [pattern])
            == ["Let me know if", "Tell me now if", "Tell me if"])
    }

    @Test func aStemMatchesEveryWordStartingWithIt() throws {
        #expect(try found("We explained it; explaining again. We expect it.", ["explain*"]) == ["explained", "explaining"])
    }

    @Test func gluedAlternativesGiveAWordItsForms() throws {
        let pattern = "{scrieți|răspundeți|anunțați}{-mi|-ne|-mă|}"
        #expect(try found("Scrieți-mi, răspundeți-ne sau anunțați. Nu scrieți-le.", [pattern])
            == ["Scrieți-mi", "răspundeți-ne", "anunțați"])
    }

    @Test func aGapSkipsUpToItsWordsWithinASentence() throws {
        #expect(try found("Ma olen seda juba öelnud.", ["ma ... juba"]) == ["Ma olen seda juba"])
        #expect(try found("Ma olen teile seda varem juba öelnud.", ["ma ... juba"]).isEmpty)
        #expect(try found("Ma olen teile seda varem juba öelnud.", ["ma ...4 juba"]) == ["Ma olen teile seda varem juba"])
        #expect(try found("Ma tean. Juba saadetud.", ["ma ... juba"]).isEmpty)
        #expect(try found("Ma juba tean.", ["ma ... juba"]) == ["Ma juba"])
    }

    @Test(arguments: [
        ("Arve on lisatud.", ["on lisatud"]),
        ("Lisatud on arve.", ["Lisatud on"]),
        ("Arve on kirjale lisatud.", ["on kirjale lisatud"]),
        ("Arve on teie kirjale täna lisatud.", []),
        ("Arve on. Lisatud ka juhend.", []),
    ])
    func anyOrderWithinAWindow(text: String, expected: [String]) throws {
        #expect(try found(text, ["<lisatud on>"]) == expected)
    }

    @Test func aPhraseDoesNotRunAcrossASentenceEndUnlessWrittenSo() throws {
        #expect(try found("Thank you. You helped.", ["you you"]).isEmpty)
        #expect(try found("Thank you, you helped.", ["you you"]) == ["you, you"])
        #expect(try found("Yth. Pelanggan Toko Maju,", ["Yth. Pelanggan"]) == ["Yth. Pelanggan"])
    }

    @Test func aPhraseMayWrapOntoTheNextLine() throws {
        #expect(try found("just reply to\nthis email", ["reply to this email"]) == ["reply to this email"])
    }

    @Test func theLongestMatchWinsWhateverTheListOrder() throws {
        #expect(try found("We apologize for any inconvenience caused.", ["apologize", "apologize for any inconvenience"])
            == ["apologize for any inconvenience"])
        #expect(try found("inconvenience caused, sorry", ["sorry", "inconvenience caused"]) == ["inconvenience caused", "sorry"])
    }

    @Test func wordsMatchWholeCaseAndAccentInsensitively() throws {
        #expect(try found("Sorry for the delay; sorryness is not a word.", ["sorry"]) == ["Sorry"])
        #expect(try found("ΔΥΣΤΥΧΩΣ δεν γίνεται, δυστυχώς.", ["δυστυχώς"]) == ["ΔΥΣΤΥΧΩΣ", "δυστυχώς"])
        #expect(try found("You’re all set. Nu ezitaţi.", ["you're all set", "nu ezitați"]) == ["You’re all set", "Nu ezitaţi"])
    }

    @Test(arguments: [
        ("Ne cerem scuze pentru această întârziere.", "pentru aceasta", [String]()),
        ("Ne cerem scuze pentru aceasta.", "pentru aceasta", ["pentru aceasta"]),
        ("Ne cerem scuze pentru aceasta intarziere.", "pentru această", ["pentru aceasta"]),
        ("Ne cerem scuze pentru această întârziere.", "pentru această", ["pentru această"]),
        ("Ne cerem scuze pentru aceasta.", "pentru această", ["pentru aceasta"]),
        ("Vă mulţumim.", "vă mulțumim", ["Vă mulţumim"]),
        ("Vom reveni, va ajunge mâine.", "va ajunge", ["va ajunge"]),
        ("Vă ajunge mâine?", "va ajunge", []),
        ("ΔΥΣΤΥΧΩΣ δεν γίνεται, δυστυχως.", "δυστυχώς", ["ΔΥΣΤΥΧΩΣ", "δυστυχως"]),
        ("Δυστυχώς δεν γίνεται.", "δυστυχως", ["Δυστυχώς"]),
        ("Ne pare rău de întârzierea livrării, intarzierea nu e normală.", "întârzi*", ["întârzierea", "intarzierea"]),
        ("Ne pare rău de întârzierea livrării.", "intarzi*", []),
    ])
    func accentsInTheTextMustAgreeWithTheEntrysWhereBothHaveThem(text: String, pattern: String, expected: [String]) throws {
        #expect(try found(text, [pattern]) == expected)
    }

    @Test(arguments: [
        ("{I|we", "'{' without its '}'"),
        ("I|we", "'|' outside '{…}'"),
        ("we}", "'}' without its '{'"),
        ("<on lisatud", "'<' without its '>'"),
        ("on lisatud>", "'>' without its '<'"),
        ("... juba", "starts with a gap"),
        ("ma ...", "ends with a gap"),
        ("ma ...12 juba", "a gap is of 1 to 9 words, not 12"),
        ("{already|}", "matches no word"),
        ("ex*", "the stem 'ex*' is shorter than three letters"),
        ("expl*ain", "'*' stands only at the end of a word"),
        ("<on>", "'<…>' needs two words or more"),
        ("<on ... lisatud>", "'<…>' holds single words or '{…}' of single words"),
        ("scrie{ți mi|}", "'{…}' inside a word holds pieces of that word, without spaces"),
    ])
    func aMalformedPatternSaysWhatIsWrong(pattern: String, message: String) {
        #expect(throws: PhrasePatternError(message)) { try PhrasePattern(pattern) }
    }

    @Test func aMalformedPatternInAConfigIsOneLineNamingFileKeyAndPattern() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("bad.yaml")
        try "languages:\n  en:\n    blame:\n      - as I said\n      - as {I|we told\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["check", "--config", config.path, "Fixtures/drafts/en-refund-good.eml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(config.path):5:9: blame: pattern 'as {I|we told' '{' without its '}'"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func everyShippedPhraseEntryIsCompiled() throws {
        let shipped = try ShippedData.shared.get()
        for (code, language) in shipped.languages {
            for key in PhraseMatcher.keys {
                let entries = key.kind == .map ? Array(language.map(key).keys) : language.list(key)
                #expect(language.patterns[key.name]?.count == entries.count, "\(code) \(key)")
            }
        }
    }
}
