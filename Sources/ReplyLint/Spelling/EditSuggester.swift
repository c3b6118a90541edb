/// Suggestions one edit away, found by asking the dictionary about each candidate: a letter
/// swapped with its neighbour, replaced, added or dropped, or the word's accents restored
/// (`astazi` → `astăzi`, `εγινε` → `έγινε`, `intarziere` → `întârziere`). A lookup costs about a
/// microsecond, so a word costs a millisecond or two, where Hunspell's own search costs 25 to
/// 130 ms; the lookups a draft may spend are bounded, so no draft costs more than a few ms.
struct EditSuggester {
    /// A word as the suggester edits it: Unicode scalars, which hash and compare as numbers
    /// (a Greek or Romanian letter with its accent is one scalar in the NFC that mail carries).
    typealias Letters = [Unicode.Scalar]

    /// The letters to try, most frequent first (the `.aff` file's `TRY` line, lower-case).
    let alphabet: Letters
    /// Each plain letter → the accented letters of the alphabet that fold to it.
    private let accented: [Unicode.Scalar: Letters]
    /// The most restorations tried per word (accents on up to six letters).
    static let maxRestorations = 64

    init(alphabet: some Sequence<Character>) {
        var seen = Set<Unicode.Scalar>()
        let letters = alphabet.filter { $0.isLetter && $0.isLowercase || $0 == "'" }.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil }
            .filter { seen.insert($0).inserted }
        self.alphabet = letters
        var accented: [Unicode.Scalar: Letters] = [:]
        for letter in letters {
            guard let plain = TextFolding.fold(String(letter)).unicodeScalars.first, plain != letter else { continue }
            accented[plain, default: []].append(letter)
        }
        self.accented = accented
    }

    /// Up to `limit` words one edit from `word` that `accepts` takes, best first: restored
    /// accents (and then nothing else), else swaps, replacements, insertions and deletions.
    /// `deeper`, when none is one edit away, also words two edits away whose first edit is a swap
    /// or a deletion (`recieveing` → `receiving`). `budget` is the lookups left; each candidate
    /// costs one.
    func suggestions(for word: String, limit: Int = 3, deeper: Bool = false, budget: inout Int,
                     accepts: (Letters) -> Bool) -> [String] {
        let lower = Array(word.lowercased().unicodeScalars)
        guard lower.count >= 2 else { return [] }
        var found: [String] = []
        var tried = Set<Letters>([lower])
        func consider(_ candidate: Letters) -> Bool {
            guard budget > 0 else { return false }
            guard tried.insert(candidate).inserted else { return true }
            budget -= 1
            if accepts(candidate) { found.append(String(String.UnicodeScalarView(candidate))) }
            return found.count < limit
        }
        // A word written without its accents means the accented word, nothing further away.
        if restorations(of: lower).allSatisfy(consider), found.isEmpty, edits(of: lower, consider), deeper, found.isEmpty {
            var firsts: [Letters] = []
            _ = edits(of: lower, swapsAndDeletionsOnly: true) { firsts.append($0); return true }
            for first in firsts where first.count >= 2 {
                guard edits(of: first, consider) else { break }
            }
        }
        return found.map { Self.cased($0, like: word) }
    }

    /// Calls `body` with each word one edit from `word` until it returns false; false then.
    private func edits(of word: Letters, swapsAndDeletionsOnly: Bool = false, _ body: (Letters) -> Bool) -> Bool {
        for index in word.indices.dropLast() where word[index] != word[index + 1] {
            var swapped = word
            swapped.swapAt(index, index + 1)
            guard body(swapped) else { return false }
        }
        if !swapsAndDeletionsOnly {
            for index in word.indices {
                for letter in alphabet where letter != word[index] {
                    var replaced = word
                    replaced[index] = letter
                    guard body(replaced) else { return false }
                }
            }
            for index in 0...word.count {
                for letter in alphabet {
                    var inserted = word
                    inserted.insert(letter, at: index)
                    guard body(inserted) else { return false }
                }
            }
        }
        for index in word.indices {
            var dropped = word
            dropped.remove(at: index)
            guard body(dropped) else { return false }
        }
        return true
    }

    /// The word with accents put on its plain letters, every combination up to the limit.
    private func restorations(of word: Letters) -> [Letters] {
        var results: [Letters] = [word]
        for index in word.indices {
            guard let options = accented[word[index]] else { continue }
            results += results.flatMap { base in
                options.map { option -> Letters in
                    var restored = base
                    restored[index] = option
                    return restored
                }
            }
            if results.count >= Self.maxRestorations { break }
        }
        return Array(results.dropFirst().prefix(Self.maxRestorations))
    }

    /// `found` in the case of `word`: capitalised or in capitals when it was.
    static func cased(_ found: String, like word: String) -> String {
        let letters = word.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return found.uppercased() }
        if word.first?.isUppercase == true { return found.prefix(1).uppercased() + found.dropFirst() }
        return found
    }
}
