/// The tables drawn from every language in the compiled rule data (`ShippedData+Cache`),
/// every dictionary written in key order so the same data always makes the same bytes.
extension LanguageTables {
    func archive(into writer: inout DataArchiveWriter) {
        writer.number(months.count)
        for (name, month) in months.sorted(by: { $0.key < $1.key }) {
            writer.string(name)
            writer.number(month)
        }
        writer.strings(dateConnectors.sorted())
        replySource.archive(into: &writer)
        writer.strings(replyPrefixes)
        writer.number(stopwords.count)
        for (word, codes) in stopwords.sorted(by: { $0.key < $1.key }) {
            writer.string(word)
            writer.strings(codes)
        }
        writer.number(merged.count)
        for (code, lists) in merged.sorted(by: { $0.key < $1.key }) {
            writer.string(code)
            writer.number(lists.count)
            for (key, list) in lists.sorted(by: { $0.key < $1.key }) {
                writer.string(key)
                writer.strings(list)
            }
        }
        writer.strings(vocabulary.sorted { $0.value < $1.value }.map(\.key))
        writer.number(sharedPhrases.count)
        for (code, lists) in sharedPhrases.sorted(by: { $0.key < $1.key }) {
            writer.string(code)
            writer.number(lists.count)
            for (key, patterns) in lists.sorted(by: { $0.key < $1.key }) {
                writer.string(key)
                writer.number(patterns.count)
                for pattern in patterns { pattern.archive(into: &writer) }
            }
        }
    }

    init(archive reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated) {
        self.init()
        for _ in 0..<(try reader.count()) {
            let name = try reader.string()
            months[name] = try reader.number()
        }
        dateConnectors = Set(try reader.strings())
        replySource = try LanguageData(archive: &reader)
        replyPrefixes = try reader.strings()
        for _ in 0..<(try reader.count()) {
            let word = try reader.string()
            stopwords[word] = try reader.strings()
        }
        for _ in 0..<(try reader.count()) {
            let code = try reader.string()
            var lists: [String: [String]] = [:]
            for _ in 0..<(try reader.count()) {
                let key = try reader.string()
                lists[key] = try reader.strings()
            }
            merged[code] = lists
        }
        let words = try reader.strings()
        vocabulary = Dictionary(words.enumerated().map { ($1, $0) }) { first, _ in first }
        guard vocabulary.count == words.count else { throw DataArchiveReader.Truncated() }
        for _ in 0..<(try reader.count()) {
            let code = try reader.string()
            var lists: [String: [PhrasePattern]] = [:]
            for _ in 0..<(try reader.count()) {
                let key = try reader.string()
                var patterns: [PhrasePattern] = []
                for _ in 0..<(try reader.count()) { patterns.append(try PhrasePattern(archive: &reader)) }
                lists[key] = patterns
            }
            sharedPhrases[code] = lists
        }
    }
}
