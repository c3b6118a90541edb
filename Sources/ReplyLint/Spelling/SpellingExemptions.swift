/// The words of a draft that `body.spelling` leaves alone: names, addresses and links,
/// numbers and codes, acronyms, single letters, capitalised words inside a sentence
/// (proper nouns: `Northwind Home`, `Tallinn`), and words in another alphabet than the
/// language's (a brand in Latin letters in a Greek reply).
///
/// Most words are spelt right, so the rule asks the dictionary first and these questions
/// only about the words it rejects; `isCandidate` is the cheap part asked of every word.
struct SpellingExemptions {
    private let draft: Draft
    /// Folded parts of every name and address in From, To and Cc and of the quoted author,
    /// with their stems (name-endings dropped) so that inflected forms match too; worked
    /// out only when a rejected word gets this far.
    private lazy var names: Set<String> = {
        let endings = draft.language.list(.nameEndings)
        var names = Set<String>()
        var people = draft.message.from + draft.message.to + draft.message.cc
        if let author = draft.quoted?.author { people.append(author) }
        for text in people.flatMap({ [$0.name ?? "", $0.address] }) + [draft.recipientName ?? ""] {
            for part in text.split(whereSeparator: { !$0.isLetter }) {
                let folded = TextFolding.fold(part)
                names.insert(folded)
                names.insert(NameMatch.stem(folded, endings))
            }
        }
        return names
    }()
    /// The alphabets of the language, from its stopwords.
    private lazy var scripts = Set(draft.language.list(.stopwords).prefix(20).compactMap { $0.first.map(Script.init) })

    init(_ draft: Draft) {
        self.draft = draft
    }

    /// A word worth asking the dictionary about: two letters or more, no digit (`58217`,
    /// `3308`), no `.` or `_` inside (`example.com`, file names), not a pasted code of more
    /// than `maxLength` bytes.
    static func isCandidate(_ text: Substring, maxLength: Int) -> Bool {
        guard text.utf8.count <= maxLength else { return false }
        for byte in text.utf8 where (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x5F { return false }
        var characters = text.makeIterator()
        return characters.next() != nil && characters.next() != nil
    }

    /// Whether to leave `words[index]`, which the dictionary rejected, unreported.
    mutating func skips(_ index: Int, of words: [Word]) -> Bool {
        let word = words[index]
        let text = word.text
        if isAcronymOrBrand(text) { return true }
        if draft.links.contains(where: { $0.line.index == word.line.index && $0.range.overlaps(word.range) }) { return true }
        if Self.isInAddressOrCode(word) { return true }
        let scripts = self.scripts
        if text.contains(where: { $0.isLetter && !scripts.contains(Script($0)) }) { return true }
        if text.first?.isUppercase == true, !Self.opensSentence(index, of: words) { return true }
        let folded = TextFolding.fold(text)
        if draft.language.list(.acronyms).contains(folded) { return true }
        return names.contains(folded) || names.contains(NameMatch.stem(folded, draft.language.list(.nameEndings)))
    }

    /// `FAQ`, `ΑΦΜ`, and capitals inside a word (`iPhone`, `PayPal`): names, not prose.
    private func isAcronymOrBrand(_ text: Substring) -> Bool {
        let cased = text.filter(\.isCasedLetter)
        if cased.count >= 2, cased.allSatisfy(\.isUppercase) { return true }
        return cased.dropFirst().contains(where: \.isUppercase)
    }

    /// A word opens a sentence when it is the first of its paragraph, or when what stands
    /// between it and the word before has a full stop, `!`, `?`, `:`, `;` or a list bullet.
    static func opensSentence(_ index: Int, of words: [Word]) -> Bool {
        guard index > 0 else { return true }
        let previous = words[index - 1], word = words[index]
        let gap: String
        if previous.line.index == word.line.index {
            gap = String(word.line.full[previous.range.upperBound..<max(previous.range.upperBound, word.range.lowerBound)])
        } else if word.line.index == previous.line.index + 1 {
            gap = previous.line.full[previous.range.upperBound...] + " " + word.line.full[..<word.range.lowerBound]
        } else {
            return true
        }
        return gap.contains { ".!?:;•*-–·".contains($0) }
    }

    /// A word in a token with `@` (an address), or in a token that mixes digits and
    /// joiners (`A-1042`, `NW-2024/17`).
    private static func isInAddressOrCode(_ word: Word) -> Bool {
        let full = word.line.full
        var start = word.range.lowerBound, end = word.range.upperBound
        while start > full.startIndex, !full[full.index(before: start)].isWhitespace { start = full.index(before: start) }
        while end < full.endIndex, !full[end].isWhitespace { end = full.index(after: end) }
        let token = full[start..<end]
        return token.containsBytes("@") || token.contains(where: \.isNumber) && token.contains(where: { "-/_#".contains($0) })
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
