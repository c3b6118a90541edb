/// Suggestions one edit away, found by asking the dictionary about each candidate: a letter
/// swapped with its neighbour, replaced, added or dropped, or the word's accents restored
/// (`astazi` → `astăzi`, `εγινε` → `έγινε`, `intarziere` → `întârziere`). A lookup costs about a
/// microsecond, so a word costs a millisecond or two, where Hunspell's own search costs 25 to
/// 130 ms; the lookups a draft may spend are bounded, so no draft costs more than a few ms.
struct EditSuggester {
    /// The letters to try, most frequent first (the `.aff` file's `TRY` line, lower-case).
    let alphabet: [Character]
    /// Each plain letter → the accented letters of the alphabet that fold to it.
    private let accented: [Character: [Character]]
    /// The most restorations tried per word (accents on up to six letters).
    static let maxRestorations = 64

    init(alphabet: some Sequence<Character>) {
        var seen = Set<Character>()
        let letters = alphabet.filter { $0.isLetter && $0.isLowercase || $0 == "'" }.filter { seen.insert($0).inserted }
        self.alphabet = letters
        var accented: [Character: [Character]] = [:]
        for letter in letters {
            guard let plain = TextFolding.fold(String(letter)).first, plain != letter else { continue }
            accented[plain, default: []].append(letter)
        }
        self.accented = accented
    }

    /// Up to `limit` words one edit from `word` that `accepts` takes, best first: restored
    /// accents (and then nothing else), else swaps, replacements, insertions and deletions. `budget` is the lookups left
    /// for the draft; each candidate costs one.
    func suggestions(for word: String, limit: Int = 3, budget: inout Int, accepts: (String) -> Bool) -> [String] {
        let lower = Array(word.lowercased())
        guard lower.count >= 2 else { return [] }
        var found: [String] = []
        var tried = Set<String>([String(lower)])
        func consider(_ candidate: [Character]) -> Bool {
            guard budget > 0 else { return false }
            let text = String(candidate)
            guard tried.insert(text).inserted else { return true }
            budget -= 1
            if accepts(text) { found.append(text) }
            return found.count < limit
        }
        // A word written without its accents means the accented word, nothing further away.
        guard restorations(of: lower).allSatisfy(consider), found.isEmpty else { return found.map { Self.cased($0, like: word) } }
        for index in lower.indices.dropLast() where lower[index] != lower[index + 1] {
            var swapped = lower
            swapped.swapAt(index, index + 1)
            guard consider(swapped) else { return found.map { Self.cased($0, like: word) } }
        }
        for index in lower.indices {
            for letter in alphabet where letter != lower[index] {
                var replaced = lower
                replaced[index] = letter
                guard consider(replaced) else { return found.map { Self.cased($0, like: word) } }
            }
        }
        for index in 0...lower.count {
            for letter in alphabet {
                var inserted = lower
                inserted.insert(letter, at: index)
                guard consider(inserted) else { return found.map { Self.cased($0, like: word) } }
            }
        }
        for index in lower.indices {
            var dropped = lower
            dropped.remove(at: index)
            guard consider(dropped) else { return found.map { Self.cased($0, like: word) } }
        }
        return found.map { Self.cased($0, like: word) }
    }

    /// The word with accents put on its plain letters, every combination up to the limit.
    private func restorations(of word: [Character]) -> [[Character]] {
        var results: [[Character]] = [word]
        for index in word.indices {
            guard let options = accented[word[index]] else { continue }
            results += results.flatMap { base in
                options.map { option -> [Character] in
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
