/// The words of a draft that `body.spelling` leaves alone: names, addresses and links,
/// numbers and codes, acronyms, single letters, capitalised words inside a sentence
/// (proper nouns: `Northwind Home`, `Tallinn`), and words in another alphabet than the
/// language's (a brand in Latin letters in a Greek reply).
struct SpellingExemptions {
    /// Folded parts of every name and address in From, To and Cc and of the quoted author,
    /// with their stems (name-endings dropped) so that inflected forms match too.
    private let names: Set<String>
    private let endings: [String]
    private let acronyms: Set<String>
    private let scripts: Set<Script>
    private let linksByLine: [Int: [Range<String.Index>]]
    /// Indices into `draft.words` of the words that open a sentence, paragraph or list item.
    private let sentenceStarts: Set<Int>

    init(_ draft: Draft) {
        endings = draft.language.list("name-endings")
        var names = Set<String>()
        var people = draft.message.from + draft.message.to + draft.message.cc
        if let author = draft.quoted?.author { people.append(author) }
        let texts = people.flatMap { [$0.name ?? "", $0.address] } + [draft.recipientName ?? ""]
        for text in texts {
            for part in text.split(whereSeparator: { !$0.isLetter }) {
                let folded = TextFolding.fold(part)
                names.insert(folded)
                names.insert(NameMatch.stem(folded, draft.language.list("name-endings")))
            }
        }
        self.names = names
        acronyms = Set(draft.language.list("acronyms"))
        scripts = Set(draft.language.list("stopwords").prefix(20).compactMap { $0.first.map(Script.init) })
        linksByLine = Dictionary(grouping: draft.links, by: \.line.index).mapValues { $0.map(\.range) }
        sentenceStarts = Self.sentenceStarts(draft.words)
    }

    /// Whether to leave `draft.words[index]` unchecked.
    func skips(_ index: Int, of words: [Word]) -> Bool {
        let word = words[index]
        let text = word.text
        guard text.count > 1, !text.contains(where: { $0.isNumber || $0 == "." || $0 == "_" }) else { return true }
        if isAcronymOrBrand(text) { return true }
        if linksByLine[word.line.index]?.contains(where: { $0.overlaps(word.range) }) == true { return true }
        if isInAddressOrCode(word) { return true }
        if text.contains(where: { $0.isLetter && !scripts.contains(Script($0)) }) { return true }
        let folded = TextFolding.fold(text)
        if acronyms.contains(folded) { return true }
        if text.first?.isUppercase == true, !sentenceStarts.contains(index) { return true }
        return names.contains(folded) || names.contains(NameMatch.stem(folded, endings))
    }

    /// A word opens a sentence when it is the first of its paragraph, or when what stands
    /// between it and the word before has a full stop, `!`, `?`, `:` or a list bullet.
    private static func sentenceStarts(_ words: [Word]) -> Set<Int> {
        var starts: Set<Int> = words.isEmpty ? [] : [0]
        for index in words.indices.dropFirst() {
            let previous = words[index - 1], word = words[index]
            let gap: String
            if previous.line.index == word.line.index {
                gap = String(word.line.full[previous.range.upperBound..<max(previous.range.upperBound, word.range.lowerBound)])
            } else if word.line.index == previous.line.index + 1 {
                gap = previous.line.full[previous.range.upperBound...] + " " + word.line.full[..<word.range.lowerBound]
            } else {
                starts.insert(index)
                continue
            }
            if gap.contains(where: { ".!?:;•*-–·".contains($0) }) { starts.insert(index) }
        }
        return starts
    }

    /// `FAQ`, `ΑΦΜ`, and capitals inside a word (`iPhone`, `PayPal`): names, not prose.
    private func isAcronymOrBrand(_ text: Substring) -> Bool {
        let cased = text.filter(\.isCasedLetter)
        if cased.count >= 2, cased.allSatisfy(\.isUppercase) { return true }
        return cased.dropFirst().contains(where: \.isUppercase)
    }

    /// A word in a token with `@` (an address), or in a token that mixes digits and
    /// joiners (`A-1042`, `NW-2024/17`).
    private func isInAddressOrCode(_ word: Word) -> Bool {
        let full = word.line.full
        var start = word.range.lowerBound, end = word.range.upperBound
        while start > full.startIndex, !full[full.index(before: start)].isWhitespace { start = full.index(before: start) }
        while end < full.endIndex, !full[end].isWhitespace { end = full.index(after: end) }
        let token = full[start..<end]
        return token.contains("@") || token.contains(where: \.isNumber) && token.contains(where: { "-/_#".contains($0) })
    }
}

/// The alphabet a letter belongs to, as far as telling languages apart needs.
enum Script: Hashable {
    case latin, greek, cyrillic, other

    init(_ character: Character) {
        let value = character.unicodeScalars.first?.value ?? 0
        switch value {
        case 0..<0x250, 0x1E00..<0x1F00: self = .latin
        case 0x370..<0x400, 0x1F00..<0x2000: self = .greek
        case 0x400..<0x530: self = .cyrillic
        default: self = .other
        }
    }
}
