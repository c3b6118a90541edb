/// A dictionary with what this process has already learnt from it: whether a word is
/// spelt right (Hunspell costs microseconds a word; a reply batch repeats most words)
/// and the suggestions for the wrong ones (milliseconds each).
final class SpellChecker: Sendable {
    let dictionary: HunspellDictionary
    private let verdicts = WordCache<Bool>(capacity: 200_000)
    private let suggestionCache = WordCache<[String]>(capacity: 10_000)

    init(_ dictionary: HunspellDictionary) {
        self.dictionary = dictionary
    }

    /// Whether the dictionary accepts the word in some ordinary form: as written, lower-case,
    /// capitalised (a sentence's first word, a name written in lower case), with a straight
    /// apostrophe, or with Romanian's comma-below `ș ț` for the cedilla `ş ţ` old mailers write.
    /// A word the dictionary's encoding cannot hold counts as right: it cannot be judged.
    func accepts(_ word: String) -> Bool {
        if let known = verdicts[word] { return known }
        let verdict = Self.variants(of: word).contains { dictionary.accepts($0) != false }
        verdicts[word] = verdict
        return verdict
    }

    /// Up to three suggestions, best first.
    func suggestions(for word: String) -> [String] {
        if let known = suggestionCache[word] { return known }
        let found = dictionary.suggestions(word, limit: 3)
        suggestionCache[word] = found
        return found
    }

    static func variants(of word: String) -> [String] {
        var forms = [word]
        let straight = word.replacingApostrophes
        let comma = straight.withCommaBelow
        for form in [straight, comma] where !forms.contains(form) { forms.append(form) }
        for form in forms {
            let lower = form.lowercased()
            let capitalised = lower.prefix(1).uppercased() + lower.dropFirst()
            for variant in [lower, capitalised] where !forms.contains(variant) { forms.append(variant) }
        }
        return forms
    }
}

private extension String {
    var replacingApostrophes: String {
        contains("\u{2019}") ? String(map { $0 == "\u{2019}" ? "'" : $0 }) : self
    }

    var withCommaBelow: String {
        let cedillas: [Character: Character] = ["ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"]
        guard contains(where: { cedillas[$0] != nil }) else { return self }
        return String(map { cedillas[$0] ?? $0 })
    }
}
