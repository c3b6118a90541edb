/// How a word written in capitals is written in lower case in the draft's language.
///
/// Greek capitals drop the tonos (`ΕΠΕΙΓΟΝ` is *επείγον*), so lower-casing alone writes a
/// misspelt word. Where the language lists the accents its capitals drop (`capital-accents`),
/// each placement of one or two of them is tried against the language's dictionaries and its
/// `spelling-words`, accents compared exactly: the one form they know is the word; where they
/// know several (`ΠΟΤΕ`: *ποτέ* "never", *πότε* "when") or none, a person has to choose.
struct CaseSpelling {
    enum Calmed: Equatable {
        /// The one form the language writes: safe to put in.
        case one(String)
        /// Several forms the dictionary knows; the writer must pick.
        case several([String])
        /// No form the dictionary knows (or no dictionary to ask): the plain lower-case word.
        case none(String)

        /// The form to show: the only one, or the first.
        var shown: String {
            switch self {
            case let .one(word), let .none(word): word
            case let .several(words): words.first ?? ""
            }
        }
    }

    /// Letter → the accented letters capitals write without their accent.
    let accents: [Character: [Character]]
    /// Whether the language knows a word, accents compared exactly; nil when there is no dictionary.
    let knows: ((String) -> Bool)?
    /// Marks that end a sentence (`.` `!` `?`, Greek `;`): the word after one keeps its capital.
    let sentenceMarks: Set<Character>

    init(accents: [Character: [Character]] = [:], sentenceMarks: Set<Character> = [".", "!", "?", "…"],
         knows: ((String) -> Bool)? = nil) {
        self.accents = accents
        self.sentenceMarks = sentenceMarks
        self.knows = knows
    }

    /// The draft language's accents, sentence marks and dictionaries. Made when a rule has a
    /// word in capitals to calm, not for every draft: a language with accents to restore loads its dictionary.
    init(_ draft: Draft) {
        var accents: [Character: [Character]] = [:]
        for (letter, forms) in draft.language.map(.capitalAccents) {
            guard letter.count == 1, let key = letter.first else { continue }
            accents[key] = forms.compactMap { $0.count == 1 ? $0.first : nil }
        }
        let marks = Set(draft.language.writtenList(.sentenceMarks).compactMap { $0.count == 1 ? $0.first : nil })
        let language = draft.language
        var knows: ((String) -> Bool)?
        if !accents.isEmpty, case let .found(checkers) = DictionaryShelf.shared.dictionaries(for: language, region: draft.region) {
            knows = { word in
                checkers.contains { $0.accepts(word) } || language.writtenList(.spellingWords).contains { $0.lowercased() == word }
            }
        }
        self.init(accents: accents, sentenceMarks: marks.isEmpty ? [".", "!", "?", "…"] : marks, knows: knows)
    }

    /// `word` (all capitals) in lower case, capitalised at a sentence's start, with its accents.
    func calmed(_ word: some StringProtocol, capitalised: Bool) -> Calmed {
        let plain = Capitals.calmed(word, capitalised: false)
        let letters = Array(plain)
        let open = letters.indices.filter { accents[letters[$0]] != nil }
        let accented = Set(accents.values.joined())
        func cased(_ form: String) -> String {
            capitalised ? form.prefix(1).uppercased() + form.dropFirst() : form
        }
        guard !open.isEmpty else { return .one(cased(plain)) }
        // The writer put the accents in (`ΈΤΟΙΜΗ`), and they are right: as written.
        let hasAccent = letters.contains(where: accented.contains)
        guard let knows else { return hasAccent ? .one(cased(plain)) : .none(cased(plain)) }
        if hasAccent, knows(plain) { return .one(cased(plain)) }
        var forms: [String] = []
        func consider(_ candidate: [Character]) {
            let form = String(candidate)
            if !forms.contains(form), knows(form) { forms.append(form) }
        }
        consider(letters)
        // One accent, or two (a tonos and a diaeresis: προϊόν).
        for first in open {
            for mark in accents[letters[first]] ?? [] {
                var once = letters
                once[first] = mark
                consider(once)
                for second in open where second > first {
                    for other in accents[letters[second]] ?? [] {
                        var twice = once
                        twice[second] = other
                        consider(twice)
                    }
                }
            }
        }
        switch forms.count {
        case 0: return .none(cased(plain))
        case 1: return .one(cased(forms[0]))
        default: return .several(forms.map(cased))
        }
    }

    /// Whether the text before `index` in `line` ends a sentence: nothing but spaces since a
    /// sentence mark, or since the start when `atStart` says the line starts one.
    func startsSentence(_ line: Substring, before index: String.Index, atStart: Bool) -> Bool {
        guard let last = line[..<index].last(where: { !$0.isWhitespace }) else { return atStart }
        return sentenceMarks.contains(last)
    }
}
