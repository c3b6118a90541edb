import Foundation
import RuleData

/// The shipped rule data compiled once into a binary file in the cache folder
/// (`CompiledWordList.cacheFolder`), which later processes read instead of the YAML: parsing
/// the YAML and its patterns is most of what a start costs.
///
/// The file's name carries a hash of every data file's path and bytes, of this format and of
/// the running binary (its path, size and modification time), so that changed data or another
/// build reads the YAML again and writes a file of its own. The file is written under a
/// temporary name and renamed, so a process never reads half of one, and processes writing at
/// once each leave a whole file. A file that does not read back whole is ignored.
extension ShippedData {
    /// Part of every compiled file's name and its first bytes: a new layout makes new files.
    static let archiveFormat = "RLDATA02"

    /// The data from the compiled file when there is one for exactly these files and this
    /// binary, else from the YAML, then compiled for the next process (when `cacheFolder` can
    /// be written; nothing is lost when it cannot).
    static func load(from directory: URL, cacheFolder: String?) throws(ConfigurationError) -> ShippedData {
        guard let cacheFolder, let key = archiveKey(directory) else { return try load(from: directory) }
        let file = cacheFolder + "/rules-" + key + ".data"
        if let bytes = FileManager.default.contents(atPath: file), let data = ShippedData(archive: [UInt8](bytes), directory: directory) {
            return data
        }
        let data = try load(from: directory)
        if CompiledWordList.write(Data(data.archive()), to: file, in: cacheFolder) {
            removeStaleArchives(in: cacheFolder, keeping: file)
        }
        return data
    }

    /// A hash of the format, the binary and every file under `locales/` and `common/` (path
    /// and contents); nil when a folder cannot be read, and the YAML is then read every time.
    static func archiveKey(_ directory: URL) -> String? {
        var hash = FNV()
        hash.add(archiveFormat)
        if let binary = binaryIdentity { hash.add(binary) }
        for folder in ["common", "locales"] {
            let url = directory.appendingPathComponent(folder)
            guard let files = FileManager.default.subpaths(atPath: url.path) else { return nil }
            for file in files.sorted() where file.hasSuffix(".yaml") {
                guard let contents = FileManager.default.contents(atPath: url.appendingPathComponent(file).path) else { return nil }
                hash.add("\(folder)/\(file)|\(contents.count)|")
                contents.withUnsafeBytes { hash.add($0) }
            }
        }
        return hash.hex
    }

    /// The format, a table of sections (name and length), then the sections: `index` (each
    /// language's code, name and the keys its files have), `common`, `tables` (`LanguageTables`)
    /// and `language <code>` for each language, so that one language is read without the others.
    func archive() -> [UInt8] {
        var index = DataArchiveWriter()
        index.number(codes.count)
        for code in codes {
            index.string(code)
            index.string(names[code] ?? code)
            index.strings(ListKey.all.filter { has($0, in: code) }.map(\.name))
        }
        var sections = [("index", index.bytes), ("common", Self.bytes { common.archive(into: &$0) }), ("tables", Self.bytes { tables.archive(into: &$0) })]
        for code in codes { sections.append(("language " + code, Self.bytes { language(code)?.archive(into: &$0) })) }
        var writer = DataArchiveWriter()
        writer.string(Self.archiveFormat)
        writer.number(sections.count)
        for (name, bytes) in sections {
            writer.string(name)
            writer.number(bytes.count)
        }
        for (_, bytes) in sections { writer.append(bytes) }
        return writer.bytes
    }

    private static func bytes(_ write: (inout DataArchiveWriter) -> Void) -> [UInt8] {
        var writer = DataArchiveWriter()
        write(&writer)
        return writer.bytes
    }

    /// The compiled data if its table of sections covers the file exactly and its index reads
    /// whole; each section is decoded when first needed (`ShippedStore`), and one that does
    /// not decode is read from the YAML in `directory`.
    init?(archive bytes: [UInt8], directory: URL = RuleData.directory) {
        var reader = DataArchiveReader(bytes)
        do throws(DataArchiveReader.Truncated) {
            guard try reader.string() == Self.archiveFormat else { return nil }
            var lengths: [(name: String, length: Int)] = []
            for _ in 0..<(try reader.count()) { lengths.append((try reader.string(), try reader.number())) }
            var sections: [String: Range<Int>] = [:]
            var start = reader.offset
            for (name, length) in lengths {
                guard length <= bytes.count - start, sections[name] == nil else { return nil }
                sections[name] = start..<(start + length)
                start += length
            }
            guard start == bytes.count, let indexRange = sections["index"], sections["common"] != nil,
                  sections["tables"] != nil else { return nil }
            var index = DataArchiveReader(bytes, in: indexRange)
            var names: [String: String] = [:], keys: [String: Set<String>] = [:]
            for _ in 0..<(try index.count()) {
                let code = try index.string()
                names[code] = try index.string()
                keys[code] = Set(try index.strings())
                guard sections["language " + code] != nil else { return nil }
            }
            guard index.isAtEnd else { return nil }
            self.init(names: names, store: ShippedStore(bytes: bytes, sections: sections, keys: keys, directory: directory))
        } catch {
            return nil
        }
    }

    /// The running binary's path, size and modification time: data compiled by one build is
    /// never read by another.
    static let binaryIdentity: String? = {
        guard let executable = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: executable),
              let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date else { return nil }
        return "\(executable)|\(size)|\(modified.timeIntervalSince1970)|"
    }()

    /// Files of other data or other builds written over a day ago. Newer ones are kept: builds
    /// used side by side would otherwise remove each other's file and compile it every time.
    static func removeStaleArchives(in folder: String, keeping file: String, prefix: String = "rules-", suffix: String = ".data") {
        let kept = (file as NSString).lastPathComponent, dayAgo = Date().addingTimeInterval(-86_400)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(prefix) && name.hasSuffix(suffix) && name != kept {
            let path = folder + "/" + name
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  modified < dayAgo else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}

/// 64-bit FNV-1a, for cache keys (not for security).
struct FNV {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }

    var hex: String { String(value, radix: 16) }
}
