/// The compiled rule data (`ShippedData+Cache`): every list as loaded, so that reading it
/// back gives the same lists, patterns and order as reading the YAML.
extension LanguageData {
    func archive(into writer: inout DataArchiveWriter) {
        writer.string(code)
        writer.string(name)
        writer.keyed(lists)
        writer.keyed(written)
        writer.keyed(maps) { map, writer in writer.keyed(map) }
        writer.keyed(scalars) { value, writer in writer.string(value) }
        writer.keyed(patterns) { list, writer in PhrasePattern.archive(list, into: &writer) }
        // `add` keeps `patterns` in the order of `lists`: the folded entries that have one,
        // so each key's folded entries are enough to rebuild `patternsByFolded`.
        writer.keyed(Dictionary(uniqueKeysWithValues: patternsByFolded.map { key, byFolded in
            (key, (lists[key] ?? []).filter { byFolded[$0] != nil })
        }))
    }

    init(archive reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) {
        let code = try reader.string(), name = try reader.string()
        let lists = try reader.keyed(), written = try reader.keyed()
        let maps = try reader.keyed { (reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) in try reader.keyed() }
        let scalars = try reader.keyed { (reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) in try reader.string() }
        let patterns = try reader.keyed { (reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) in
            try PhrasePattern.list(archive: &reader)
        }
        var patternsByFolded: [String: [String: PhrasePattern]] = [:]
        for (key, folded) in try reader.keyed() {
            guard let list = patterns[key], list.count == folded.count else { throw DataArchiveReader.Truncated() }
            patternsByFolded[key] = Dictionary(zip(folded, list)) { first, _ in first }
        }
        self.init(code: code, name: name, lists: lists, written: written, maps: maps, scalars: scalars,
                  patterns: patterns, patternsByFolded: patternsByFolded)
    }
}
