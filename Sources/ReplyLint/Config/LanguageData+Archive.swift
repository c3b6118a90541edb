/// The compiled rule data (`ShippedData+Cache`): every list as loaded, so that reading it
/// back gives the same lists, patterns and order as reading the YAML.
extension LanguageData {
    func archive(into writer: inout DataArchiveWriter) {
        writer.string(code)
        writer.string(name)
        Self.archive(lists, into: &writer)
        Self.archive(written, into: &writer)
        writer.number(maps.count)
        for (key, map) in maps.sorted(by: { $0.key < $1.key }) {
            writer.string(key)
            Self.archive(map, into: &writer)
        }
        writer.number(scalars.count)
        for (key, value) in scalars.sorted(by: { $0.key < $1.key }) {
            writer.string(key)
            writer.string(value)
        }
        writer.number(patterns.count)
        for (key, list) in patterns.sorted(by: { $0.key < $1.key }) {
            writer.string(key)
            writer.number(list.count)
            for pattern in list { pattern.archive(into: &writer) }
        }
        // `add` keeps `patterns` in the order of `lists`: the folded entries that have one.
        writer.number(patternsByFolded.count)
        for (key, byFolded) in patternsByFolded.sorted(by: { $0.key < $1.key }) {
            writer.string(key)
            writer.strings((lists[key] ?? []).filter { byFolded[$0] != nil })
        }
    }

    init(archive reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) {
        let code = try reader.string(), name = try reader.string()
        let lists = try Self.lists(&reader), written = try Self.lists(&reader)
        var maps: [String: [String: [String]]] = [:], scalars: [String: String] = [:]
        var patterns: [String: [PhrasePattern]] = [:], patternsByFolded: [String: [String: PhrasePattern]] = [:]
        for _ in 0..<(try reader.count()) {
            let key = try reader.string()
            maps[key] = try Self.lists(&reader)
        }
        for _ in 0..<(try reader.count()) {
            let key = try reader.string()
            scalars[key] = try reader.string()
        }
        for _ in 0..<(try reader.count()) {
            let key = try reader.string()
            var list: [PhrasePattern] = []
            for _ in 0..<(try reader.count()) { list.append(try PhrasePattern(archive: &reader)) }
            patterns[key] = list
        }
        for _ in 0..<(try reader.count()) {
            let key = try reader.string(), folded = try reader.strings()
            guard let list = patterns[key], list.count == folded.count else { throw DataArchiveReader.Truncated() }
            patternsByFolded[key] = Dictionary(zip(folded, list)) { first, _ in first }
        }
        self.init(code: code, name: name, lists: lists, written: written, maps: maps, scalars: scalars,
                  patterns: patterns, patternsByFolded: patternsByFolded)
    }

    private static func archive(_ lists: [String: [String]], into writer: inout DataArchiveWriter) {
        writer.number(lists.count)
        for (key, list) in lists.sorted(by: { $0.key < $1.key }) {
            writer.string(key)
            writer.strings(list)
        }
    }

    private static func lists(_ reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) -> [String: [String]] {
        var lists: [String: [String]] = [:]
        for _ in 0..<(try reader.count()) {
            let key = try reader.string()
            lists[key] = try reader.strings()
        }
        return lists
    }
}
