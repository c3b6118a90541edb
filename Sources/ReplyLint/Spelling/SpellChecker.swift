import Foundation
import Synchronization

/// A dictionary with what this process has already learnt from it: whether a word is
/// spelt right (Hunspell costs microseconds a word; a reply batch repeats most words)
/// and the suggestions for the wrong ones (milliseconds each).
///
/// A dictionary that is a plain sorted word list (el_GR) is searched directly, and Hunspell
/// never loads for it. A dictionary with a compiled word list (`CompiledWordList`: the English
/// ones; `StemList`: ro_RO, et_EE) answers from that list for every word it holds, and loads Hunspell only for a word
/// it does not hold that the caller needs decided (`knownCheaply` first, then `accepts`).
final class SpellChecker: Sendable {
    let name: String
    /// The ICU name of the dictionary's encoding; nil for UTF-8.
    let charset: String?
    /// A plain word list's membership test (el_GR): exact, in the dictionary's encoding.
    private let list: (@Sendable ([UInt8]) -> Bool)?
    private let compiled: (any CompiledForms)?
    private let files: (affix: String, dictionary: String)
    private let hunspell: Mutex<HunspellDictionary?>
    private let verdicts = WordCache<Bool>(capacity: 200_000)
    private let suggestionCache = WordCache<[String]>(capacity: 10_000)
    private let editCache = WordCache<[String]>(capacity: 10_000)
    private let deepCache = WordCache<[String]>(capacity: 1_000)
    private let suggester: EditSuggester
    /// Lookups one word's edit suggestions may cost: a 15-letter word needs about 1,100.
    static let lookupsPerWord = 1_500
    /// Lookups of a search two edits deep: about 10 ms on a word list.
    static let deepLookupsPerWord = 8_000

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
        // The TRY line is in the .aff file's own encoding, whatever a compiled list's is.
        suggester = EditSuggester(alphabet: Self.tryLetters(affix, charset: HunspellDictionary.affixEncoding(affix)))
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
    /// Whether Hunspell itself has been loaded for this dictionary (for tests of what avoids it).
    var hasLoadedHunspell: Bool { hunspell.withLock { $0 != nil } }

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
            if compiled.contains(Array(word.utf8)) { return true }
            if compiled.isComplete, let decided = Self.completeListDecides(word) { return decided }
            if cheaply { return false }
        }
        return dictionary?.accepts(word)
    }

    /// What a complete compiled list says of a word it lacks, as Hunspell would: nil where
    /// Hunspell may still accept it (digits make ordinals, capitals match hidden mixed-case
    /// forms like `IPOD`, a hyphenated word may pass when its parts do, trailing dots of an
    /// abbreviation are dropped).
    private static func completeListDecides(_ word: String) -> Bool? {
        let letters = word.filter(\.isLetter)
        if word.contains(where: { $0.isNumber || $0 == "-" || $0 == "." || $0.isWhitespace }) || letters.count >= 2 && letters.allSatisfy(\.isUppercase) { return nil }
        return false
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
    /// added, dropped), or `deeper` two, found by lookups alone (1–2 ms a word, 10–20 ms
    /// deeper); the same for a word whatever else the run checks.
    func editSuggestions(for word: String, deeper: Bool = false) -> [String] {
        let cache = deeper ? deepCache : editCache
        if let known = cache[word] { return known }
        var budget = deeper ? Self.deepLookupsPerWord : Self.lookupsPerWord
        let capitalised = word.first?.isUppercase == true
        // Candidates are made of a few dozen letters: each is encoded once, not per candidate.
        var encodings: [Unicode.Scalar: [UInt8]] = [:]
        func encoded(_ scalar: Unicode.Scalar) -> [UInt8] {
            if let known = encodings[scalar] { return known }
            let bytes = HunspellDictionary.encode(String(scalar), charset: charset) ?? []
            encodings[scalar] = bytes
            return bytes
        }
        let contains: (([UInt8]) -> Bool)? = list ?? compiled.map { compiled in { compiled.contains($0) } }
        func known(_ candidate: EditSuggester.Letters) -> Bool {
            guard let contains else { return lookUp(String(String.UnicodeScalarView(candidate)), cheaply: true) == true }
            var bytes: [UInt8] = []
            for scalar in candidate {
                let piece = encoded(scalar)
                guard !piece.isEmpty else { return false }
                bytes += piece
            }
            return contains(bytes)
        }
        // From the word lists alone where there are some: suggestions never load Hunspell.
        let found = suggester.suggestions(for: word, deeper: deeper, budget: &budget) { candidate in
            if known(candidate) { return true }
            guard capitalised, let first = candidate.first else { return false }
            let upper = Array(String(first).uppercased().unicodeScalars)
            return known(upper + candidate.dropFirst())
        }
        cache[word] = found
        return found
    }

    /// Up to three suggestions from Hunspell's own search (25 to 130 ms a word, and Hunspell's
    /// load), best first. `body.spelling` does not use it: its own search is fast and the same
    /// whether or not a compiled list exists.
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
