import Synchronization

/// A dictionary with what this process has already learnt from it: whether a word is
/// spelt right (Hunspell costs microseconds a word; a reply batch repeats most words)
/// and the suggestions for the wrong ones (milliseconds each).
///
/// A dictionary that is a plain sorted word list (el_GR) is searched directly, and Hunspell
/// loads it only when the first wrong word needs suggestions.
final class SpellChecker: Sendable {
    let name: String
    /// The ICU name of the dictionary's encoding; nil for UTF-8.
    let charset: String?
    private let list: WordList?
    private let files: (affix: String, dictionary: String)
    private let hunspell: Mutex<HunspellDictionary?>
    private let verdicts = WordCache<Bool>(capacity: 200_000)
    private let suggestionCache = WordCache<[String]>(capacity: 10_000)

    /// Nil when Hunspell cannot load the files.
    init?(name: String, affix: String, dictionary: String) {
        self.name = name
        files = (affix, dictionary)
        if let list = WordList(dictionary: dictionary, affix: affix) {
            self.list = list
            charset = HunspellDictionary.affixEncoding(affix)
            hunspell = Mutex(nil)
        } else {
            guard let loaded = HunspellDictionary(name: name, affix: affix, dictionary: dictionary) else { return nil }
            list = nil
            charset = loaded.charset
            hunspell = Mutex(loaded)
        }
    }

    var searchesWordList: Bool { list != nil }

    /// Hunspell for this dictionary, loading it the first time (only word lists wait till then).
    private var dictionary: HunspellDictionary? {
        hunspell.withLock { loaded in
            if loaded == nil { loaded = HunspellDictionary(name: name, affix: files.affix, dictionary: files.dictionary) }
            return loaded
        }
    }

    /// The dictionary's own answer for one form: nil when its encoding cannot hold the word.
    private func lookUp(_ word: String) -> Bool? {
        guard let list else { return dictionary?.accepts(word) }
        return HunspellDictionary.encode(word, charset: charset).map(list.contains)
    }

    /// Whether the dictionary accepts the word in some ordinary form: as written, lower-case,
    /// capitalised (a sentence's first word, a name written in lower case), with a straight
    /// apostrophe, or with Romanian's comma-below `ș ț` for the cedilla `ş ţ` old mailers write.
    /// A word the dictionary's encoding cannot hold counts as right: it cannot be judged.
    func accepts(_ word: String) -> Bool {
        if let known = verdicts[word] { return known }
        let verdict = Self.variants(of: word).contains { lookUp($0) != false }
        verdicts[word] = verdict
        return verdict
    }

    /// Up to three suggestions, best first.
    func suggestions(for word: String) -> [String] {
        if let known = suggestionCache[word] { return known }
        let found = dictionary?.suggestions(word, limit: 3) ?? []
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
