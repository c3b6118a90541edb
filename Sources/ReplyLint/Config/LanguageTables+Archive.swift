/// The tables drawn from every language in the compiled rule data (`ShippedData+Cache`),
/// every dictionary written in key order so the same data always makes the same bytes.
extension LanguageTables {
    func archive(into writer: inout DataArchiveWriter) {
        writer.keyed(months) { month, writer in writer.number(month) }
        writer.strings(dateConnectors.sorted())
        replySource.archive(into: &writer)
        writer.strings(replyPrefixes)
        writer.keyed(stopwords)
        writer.keyed(merged) { lists, writer in writer.keyed(lists) }
        writer.strings(vocabulary.sorted { $0.value < $1.value }.map(\.key))
        writer.keyed(sharedPhrases) { lists, writer in
            writer.keyed(lists) { patterns, writer in PhrasePattern.archive(patterns, into: &writer) }
        }
    }

    init(archive reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) {
        self.init()
        months = try reader.keyed { (reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) in try reader.number() }
        dateConnectors = Set(try reader.strings())
        replySource = try LanguageData(archive: &reader)
        replyPrefixes = try reader.strings()
        stopwords = try reader.keyed()
        merged = try reader.keyed { (reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) in try reader.keyed() }
        let words = try reader.strings()
        vocabulary = Dictionary(words.enumerated().map { ($1, $0) }) { first, _ in first }
        guard vocabulary.count == words.count else { throw DataArchiveReader.Truncated() }
        sharedPhrases = try reader.keyed { (reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) in
            try reader.keyed { (reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) in
                try PhrasePattern.list(archive: &reader)
            }
        }
    }
}
