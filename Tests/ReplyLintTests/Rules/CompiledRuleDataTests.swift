import Foundation
import Synchronization
import Testing
import RuleData
@testable import ReplyLint

/// The compiled rule data (`ShippedData+Cache`): read back it is the data the YAML gives, a
/// changed data file is read again, processes writing it at once leave one whole file, and a
/// damaged file is never believed.
@Suite struct CompiledRuleDataTests {
    func freshFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-rules-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A copy of the shipped data, so a test can change it.
    func copiedData(into folder: String) throws -> URL {
        let copy = URL(fileURLWithPath: folder + "/Rules", isDirectory: true)
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for part in ["locales", "common"] {
            try FileManager.default.copyItem(at: RuleData.directory.appendingPathComponent(part), to: copy.appendingPathComponent(part))
        }
        return copy
    }

    func archives(_ cache: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cache).sorted()
    }

    /// Everything a linter reads of a language, compared list by list.
    func expectSame(_ a: LanguageData, _ b: LanguageData) {
        #expect(a.code == b.code && a.name == b.name)
        for key in ListKey.all {
            #expect(a.list(key) == b.list(key), "\(a.code) \(key)")
            #expect(a.set(key) == b.set(key), "\(a.code) \(key)")
            #expect(a.writtenList(key) == b.writtenList(key), "\(a.code) \(key)")
            #expect(a.map(key) == b.map(key), "\(a.code) \(key)")
            #expect(a.scalar(key) == b.scalar(key), "\(a.code) \(key)")
            #expect(a.patterns[key.name] == b.patterns[key.name], "\(a.code) \(key)")
        }
        #expect(a.nameTitles == b.nameTitles)
    }

    @Test func theCompiledDataIsTheYAMLsData() throws {
        let cache = try freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let yaml = try ShippedData.load(from: RuleData.directory)
        let first = try ShippedData.load(from: RuleData.directory, cacheFolder: cache)
        #expect(try archives(cache).count == 1)
        let compiled = try ShippedData.load(from: RuleData.directory, cacheFolder: cache)
        #expect(ShippedData(archive: yaml.archive()) != nil)
        for data in [first, compiled] {
            #expect(data.languages.keys.sorted() == yaml.languages.keys.sorted())
            for (code, language) in yaml.languages { expectSame(try #require(data.languages[code]), language) }
            expectSame(data.common, yaml.common)
        }
        // What a linter adds afterwards (common/, a config's words) lands the same on both.
        var fromYAML = try #require(yaml.languages["en"]), fromArchive = try #require(compiled.languages["en"])
        fromYAML.merge(yaml.common)
        fromArchive.merge(compiled.common)
        fromYAML.add(.thanks, ["many thanks for {waiting|your patience}"])
        fromArchive.add(.thanks, ["many thanks for {waiting|your patience}"])
        expectSame(fromArchive, fromYAML)
    }

    /// `merge` reuses the other data's folded and parsed entries instead of folding them again
    /// for each language; the lists must be exactly those that adding the written entries gives.
    @Test func mergingCommonGivesTheListsAddingItsEntriesGives() throws {
        let shipped = try ShippedData.load(from: RuleData.directory)
        var common = shipped.common
        // Entries the languages have too, and an entry folding to one they have, so that the
        // first-one-wins and equal-length order of merged lists are exercised.
        common.add(.thanks, ["Thank you", "thank YOU", "many thanks for {waiting|your patience}", "zz", "yy"])
        common.add(.greetings, ["Hi", "Hej", "Moi"])
        for (code, language) in shipped.languages {
            var merged = language, added = language
            merged.merge(common)
            for key in ListKey.all where key.kind == .list && !common.writtenList(key).isEmpty {
                added.add(key, common.writtenList(key))
            }
            for key in ListKey.all where key.kind == .list {
                #expect(merged.list(key) == added.list(key), "\(code) \(key)")
                #expect(merged.set(key) == added.set(key), "\(code) \(key)")
                #expect(merged.writtenList(key) == added.writtenList(key), "\(code) \(key)")
                #expect(merged.patterns[key.name] == added.patterns[key.name], "\(code) \(key)")
            }
            #expect(merged.nameTitles == added.nameTitles)
        }
    }

    @Test func aChangedDataFileIsReadAgain() throws {
        let folder = try freshFolder(), cache = folder + "/cache"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rules = try copiedData(into: folder)
        let before = try ShippedData.load(from: rules, cacheFolder: cache)
        #expect(before.languages["en"]?.set(.acronyms).contains("asap") == true)
        // Same size, most likely the same second: only the bytes differ.
        let file = rules.appendingPathComponent("locales/en/anatomy.yaml").path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "acronyms:\n  - ASAP\n", with: "acronyms:\n  - ZQXP\n")
        try #require(changed != text && changed.utf8.count == text.utf8.count, "anatomy.yaml's acronyms no longer start with ASAP")
        try changed.write(toFile: file, atomically: true, encoding: .utf8)
        let after = try ShippedData.load(from: rules, cacheFolder: cache)
        #expect(after.languages["en"]?.set(.acronyms).contains("zqxp") == true)
        #expect(after.languages["en"]?.set(.acronyms).contains("asap") == false)
        #expect(try archives(cache).count == 2)  // the earlier one is kept for a day
        // A broken file is an error, as without a cache, and nothing is compiled from it.
        try "acronyms: [ASAP".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: ConfigurationError.self) { try ShippedData.load(from: rules, cacheFolder: cache) }
        #expect(try archives(cache).count == 2)
    }

    @Test func processesWritingAtOnceLeaveOneWholeFile() throws {
        let cache = try freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let loaded = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let count = (try? ShippedData.load(from: RuleData.directory, cacheFolder: cache))?.languages.count ?? 0
            loaded.withLock { $0.append(count) }
        }
        let names = try archives(cache)
        #expect(names.count == 1, "\(names)")  // no temporary file left behind
        let bytes = try #require(FileManager.default.contents(atPath: cache + "/" + names[0]))
        #expect(ShippedData(archive: [UInt8](bytes))?.languages.count == 5)
        #expect(loaded.withLock { $0 } == [5, 5, 5, 5])
    }

    @Test func aDamagedFileIsIgnoredAndWrittenAgain() throws {
        let cache = try freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        _ = try ShippedData.load(from: RuleData.directory, cacheFolder: cache)
        let path = cache + "/" + (try archives(cache))[0]
        let whole = try #require(FileManager.default.contents(atPath: path))
        for damaged in [whole.prefix(whole.count / 2), whole.prefix(3), Data(), whole + Data([0])] {
            #expect(ShippedData(archive: [UInt8](damaged)) == nil)
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            let data = try ShippedData.load(from: RuleData.directory, cacheFolder: cache)
            #expect(data.languages["el"]?.list(.greetings).isEmpty == false)
            #expect(FileManager.default.contents(atPath: path) == whole)
        }
    }

    @Test func noCacheFolderReadsTheYAML() throws {
        let data = try ShippedData.load(from: RuleData.directory, cacheFolder: "/proc/replylint-cannot-write-here")
        #expect(data.languages.count == 5)
    }
}
