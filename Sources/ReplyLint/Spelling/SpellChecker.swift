import Foundation
import Synchronization

/// A dictionary with what this process has already learnt from it: whether a word is
/// spelt right (Hunspell costs microseconds a word; a reply batch repeats most words)
/// and the suggestions for the wrong ones (milliseconds each).
///
/// A dictionary that is a plain sorted word list (el_GR) is searched directly, and Hunspell
/// never loads for it. A dictionary with a compiled word list (`CompiledWordList`: the English
/// ones) answers from that list for every word it holds, and loads Hunspell only for a word
/// it does not hold that the caller needs decided (`knownCheaply` first, then `accepts`).
final class SpellChecker: Sendable {
    let name: String
    /// The ICU name of the dictionary's encoding; nil for UTF-8.
    let charset: String?
    /// A plain word list's membership test (el_GR): exact, in the dictionary's encoding.
    private let list: (@Sendable ([UInt8]) -> Bool)?
    private let compiled: CompiledWordList?
    private let files: (affix: String, dictionary: String)
    private let hunspell: Mutex<HunspellDictionary?>
    private let verdicts = WordCache<Bool>(capacity: 200_000)
    private let suggestionCache = WordCache<[String]>(capacity: 10_000)
    private let editCache = WordCache<[String]>(capacity: 10_000)
    private let suggester: EditSuggester
    /// Lookups one word's edit suggestions may cost: a 15-letter word needs about 1,100.
    static let lookupsPerWord = 1_500

    /// Nil when Hunspell cannot load the files. `cache` holds compiled word lists (nil: none).
    init?(name: String, affix: String, dictionary: String, cache: String? = CompiledWordList.cacheFolder()) {
        self.name = name
        files = (affix, dictionary)
        let key = cache.flatMap { _ in CompiledWordList.key(name: name, affix: affix, dictionary: dictionary) }
        let plainFile = key.flatMap { key in cache.map { "\($0)/\(key).list" } }
        if let list = plainFile.flatMap(CompiledWordList.init(file:)) ?? Self.plainList(dictionary, affix, copyTo: plainFile, in: cache) {
            self.list = list.contains
            compiled = nil
            charset = HunspellDictionary.affixEncoding(affix)
            hunspell = Mutex(nil)
        } else {
            list = nil
            var loaded: HunspellDictionary?
            let compiled = cache.flatMap { folder in
                CompiledWordList.open(name: name, affix: affix, dictionary: dictionary, folder: folder) {
                    loaded = loaded ?? HunspellDictionary(name: name, affix: affix, dictionary: dictionary)
                    return loaded
                }
            }
            self.compiled = compiled
            if compiled == nil, loaded == nil { loaded = HunspellDictionary(name: name, affix: affix, dictionary: dictionary) }
            guard compiled != nil || loaded != nil else { return nil }
            charset = compiled == nil ? loaded?.charset : nil
            hunspell = Mutex(loaded)
        }
        suggester = EditSuggester(alphabet: Self.tryLetters(affix, charset: charset))
    }

    /// A `.dic` that is a plain sorted list (el_GR), copied into the compiled format so that
    /// later processes map it instead of reading and indexing 10 MB; nil for any other `.dic`.
    private static func plainList(_ dictionary: String, _ affix: String, copyTo file: String?, in folder: String?) -> CompiledWordList? {
        // Marked once found not to be one, so later processes do not read the file to find out.
        let marker = file.map { String($0.dropLast(".list".count)) + ".affixed" }
        if let marker, FileManager.default.fileExists(atPath: marker) { return nil }
        guard let words = WordList(dictionary: dictionary, affix: affix)?.words else {
            if let marker, let folder { CompiledWordList.write(Data(), to: marker, in: folder) }
            return nil
        }
        let data = CompiledWordList.encode(words)
        if let file, let folder, CompiledWordList.write(data, to: file, in: folder), let mapped = CompiledWordList(file: file) { return mapped }
        return CompiledWordList(data: data)
    }

    /// The letters of the `.aff` file's `TRY` line, in its encoding: what Hunspell tries too.
    static func tryLetters(_ affix: String, charset: String?) -> String {
        guard let data = FileManager.default.contents(atPath: affix),
              let line = data.split(separator: 0x0A).first(where: { $0.starts(with: Array("TRY ".utf8)) })
        else { return "abcdefghijklmnopqrstuvwxyz" }
        let bytes = Array(line.dropFirst(4)).filter { $0 != 0x0D }
        return charset.map { Charset.decode(bytes, charset: $0).text } ?? String(decoding: bytes, as: UTF8.self)
    }

    var searchesWordList: Bool { list != nil }
    var hasCompiledList: Bool { compiled != nil }

    /// Hunspell for this dictionary, loading it the first time (only word lists wait till then).
    private var dictionary: HunspellDictionary? {
        hunspell.withLock { loaded in
            if loaded == nil { loaded = HunspellDictionary(name: name, affix: files.affix, dictionary: files.dictionary) }
            return loaded
        }
    }

    /// The dictionary's own answer for one form: nil when its encoding cannot hold the word.
    /// `cheaply`, a form the compiled list lacks is false without asking Hunspell.
    private func lookUp(_ word: String, cheaply: Bool = false) -> Bool? {
        if let list { return HunspellDictionary.encode(word, charset: charset).map(list) }
        if let compiled {
            if compiled.contains(bytes: word.utf8) { return true }
            if cheaply { return false }
        }
        return dictionary?.accepts(word)
    }

    /// Whether the word is right without loading Hunspell: true is the dictionary's verdict,
    /// false only means that the compiled list does not hold the word, which `accepts` decides.
    func knownCheaply(_ word: String) -> Bool {
        guard compiled != nil else { return accepts(word) }
        if let known = verdicts[word] { return known }
        guard Self.variants(of: word).contains(where: { lookUp($0, cheaply: true) == true }) else { return false }
        verdicts[word] = true
        return true
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

    /// Up to three words one edit from `word` (accents restored, letters swapped, replaced,
    /// added, dropped), found by lookups alone in a millisecond or two; the same for a word
    /// whatever else the run checks.
    func editSuggestions(for word: String) -> [String] {
        if let known = editCache[word] { return known }
        var budget = Self.lookupsPerWord
        let capitalised = word.first?.isUppercase == true
        // From the compiled list alone where there is one: suggestions never load Hunspell.
        let found = suggester.suggestions(for: word, budget: &budget) { candidate in
            lookUp(candidate, cheaply: true) == true
                || capitalised && lookUp(candidate.prefix(1).uppercased() + candidate.dropFirst(), cheaply: true) == true
        }
        editCache[word] = found
        return found
    }

    /// Up to three suggestions from Hunspell's own search (25 to 130 ms a word), best first.
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
