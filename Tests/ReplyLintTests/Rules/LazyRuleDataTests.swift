import Foundation
import Testing
import RuleData
@testable import ReplyLint

/// The compiled rule data read a language at a time (`ShippedStore`, `LanguageSet(shipped:)`):
/// the tables drawn from every language are the ones the languages give, a linter that makes
/// each language when needed reports what one that makes all at once reports, a draft reads
/// its own language alone, and a damaged section is read from the YAML.
@Suite struct LazyRuleDataTests {
    /// The shipped data through a compiled file of its own, in a fresh cache folder.
    func compiled() throws -> (data: ShippedData, bytes: [UInt8]) {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-lazy-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: cache) }
        _ = try ShippedData.load(from: RuleData.directory, cacheFolder: cache)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cache).first)
        let bytes = try #require(FileManager.default.contents(atPath: cache + "/" + name))
        return (try #require(ShippedData(archive: [UInt8](bytes))), [UInt8](bytes))
    }

    /// Each shipped language with common/ merged in, as a linter without a config section has them.
    func merged(_ shipped: ShippedData) -> [String: LanguageData] {
        shipped.languages.mapValues { language in
            var merged = language
            merged.merge(shipped.common)
            return merged
        }
    }

    @Test func theCompiledTablesAreThoseTheLanguagesGive() throws {
        let yaml = try ShippedData.load(from: RuleData.directory)
        let made = LanguageTables(merged(yaml), common: yaml.common), read = try compiled().data.tables
        #expect(read.months == made.months && !made.months.isEmpty)
        #expect(read.dateConnectors == made.dateConnectors)
        #expect(read.replyPrefixes == made.replyPrefixes)
        #expect(read.stopwords == made.stopwords && made.stopwords.count > 100)
        #expect(read.merged == made.merged)
        #expect(read.vocabulary == made.vocabulary && made.vocabulary.count > 100)
        #expect(read.sharedPhrases == made.sharedPhrases)
        for key in LanguageTables.replyKeys + [.outlookLabels] {
            #expect(read.replySource.list(key) == made.replySource.list(key), "\(key)")
            #expect(read.replySource.map(key) == made.replySource.map(key), "\(key)")
        }
    }

    /// `ReplyPatterns` of the one gathered source is that of every language and common/.
    @Test func theGatheredReplySourceGivesEveryLanguagesPatterns() throws {
        let yaml = try ShippedData.load(from: RuleData.directory)
        let languages = merged(yaml), tables = LanguageTables(languages, common: yaml.common)
        let months = MonthNames(tables.months)
        let gathered = ReplyPatterns([tables.replySource], months: months, connectors: tables.dateConnectors)
        let each = ReplyPatterns(languages.keys.sorted().compactMap { languages[$0] } + [yaml.common], months: months,
                                 connectors: tables.dateConnectors)
        #expect(gathered.attributions.map(\.text) == each.attributions.map(\.text) && !each.attributions.isEmpty)
        #expect(gathered.separators == each.separators)
        #expect(gathered.labels == each.labels && !each.labels.isEmpty)
        #expect(gathered.deviceSignatures.map(\.text) == each.deviceSignatures.map(\.text))
        #expect(gathered.replyMarkers == each.replyMarkers)
        #expect(gathered.authorPrefixes == each.authorPrefixes)
    }

    /// Every fixture draft, checked by a linter that makes each language when a draft needs it
    /// and by one that makes all of them at first (a config's `languages:` section, empty here).
    @Test func aLinterMakingLanguagesWhenNeededReportsTheSame() throws {
        var lazyConfig = Configuration()
        lazyConfig.disabled = ["body.spelling"]
        lazyConfig.spellingWords = ["Zorblax"]
        var eagerConfig = lazyConfig
        eagerConfig.languages = ["en": LanguageData(code: "en", name: "English")]
        let lazy = try Linter(configuration: lazyConfig), eager = try Linter(configuration: eagerConfig)
        let folders = ["Fixtures/drafts", "Fixtures/replies"].map { BinaryRunner.root.appendingPathComponent($0) }
        var checked = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".eml") {
                let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
                let a = try? lazy.lint(bytes, path: name), b = try? eager.lint(bytes, path: name)
                #expect(a == b, "\(name)")
                checked += 1
            }
        }
        #expect(checked > 100)
        for code in lazy.languages.codes {
            let a = try #require(lazy.languages.language(code)), b = try #require(eager.languages.language(code))
            #expect(a.list(.spellingWords) == b.list(.spellingWords) && a.set(.spellingWords).contains("zorblax"))
            for key in PhraseMatcher.keys { #expect(a.patterns[key.name] == b.patterns[key.name], "\(code) \(key)") }
        }
    }

    /// An English draft, through every rule, decodes English alone of the five languages.
    @Test func anEnglishDraftReadsEnglishAlone() throws {
        let shipped = try compiled().data
        let languages = LanguageSet(shipped: shipped, spellingWords: [])
        #expect(shipped.decodedCodes.isEmpty)
        let bytes = try [UInt8](Data(contentsOf: BinaryRunner.root.appendingPathComponent("Fixtures/drafts/en-outlook-quote.eml")))
        let draft = Draft(message: try MessageParser.parse(bytes, limits: DraftOptions().limits), languages: languages,
                          options: DraftOptions(), configLocale: nil)
        #expect(draft.language.code == "en")
        for type in RuleCatalog.all where type != BodySpellingRule.self {
            _ = type.init().check(draft, RuleContext(settings: RuleSettings()))
        }
        #expect(shipped.decodedCodes == ["en"])
        #expect(languages.name("ro") == shipped.names["ro"] && shipped.decodedCodes == ["en"])
    }

    /// A section whose bytes changed after it was written (the file's table still whole) is
    /// read from the YAML; the other sections are still read from the file.
    @Test func aDamagedSectionIsReadFromTheYAML() throws {
        var (_, bytes) = try compiled()
        var reader = DataArchiveReader(bytes)
        #expect(try reader.string() == ShippedData.archiveFormat)
        var sections: [(String, Int)] = []
        for _ in 0..<(try reader.count()) { sections.append((try reader.string(), try reader.number())) }
        var start = reader.offset
        for (name, length) in sections {
            if name == "language el" { bytes.replaceSubrange(start..<(start + length), with: repeatElement(0xFF, count: length)) }
            start += length
        }
        let damaged = try #require(ShippedData(archive: bytes))
        let yaml = try ShippedData.load(from: RuleData.directory)
        let greek = try #require(damaged.language("el")), expected = try #require(yaml.language("el"))
        #expect(greek.list(.greetings) == expected.list(.greetings) && !greek.list(.greetings).isEmpty)
        #expect(greek.patterns == expected.patterns)
        #expect(damaged.language("ro")?.list(.greetings) == yaml.language("ro")?.list(.greetings))
    }

    /// `replylint rules` names a rule's languages from the index alone.
    @Test func theIndexSaysWhichKeysEachLanguageHas() throws {
        let yaml = try ShippedData.load(from: RuleData.directory), read = try compiled().data
        for code in yaml.codes {
            let language = try #require(yaml.language(code))
            for key in ListKey.all {
                let has = !language.list(key).isEmpty || !language.map(key).isEmpty || language.scalar(key) != nil
                #expect(read.has(key, in: code) == has, "\(code) \(key)")
            }
        }
        #expect(read.decodedCodes.isEmpty)
    }
}
