/// One entry of a phrase list, in the small pattern language users write in YAML
/// (Rules/README.md, "Phrase patterns"): words, `{a|b|}` alternatives (an empty one makes the
/// group optional), alternatives glued to a word for its forms (`scrieți{-mi|-ne|}`), `stem*`,
/// `...` or `...N` for a gap of up to N words (3 when no N), and `<a b>` or `<a b>N` for words
/// in any order with up to N others (2 when no N) among them.
struct PhrasePattern: Sendable, Equatable {
    indirect enum Element: Sendable, Equatable {
        case word(Word)
        /// Alternative sequences; an empty one makes the whole group optional.
        case choice([[Element]])
        /// Up to this many words of the same sentence.
        case gap(Int)
        /// Each word once, in any order, starting with one of them, with up to `extra` other words among them.
        case anyOrder([Word], extra: Int)
    }

    /// One word of text, in any of its forms.
    struct Word: Sendable, Equatable {
        /// Folded forms (`TextFolding.fold`), each one word as `ProseWords` makes words.
        var forms: [String]
        /// The same forms as written, lower-case, for telling apart words that folding makes equal.
        var written: [String]
        /// The forms are stems: any word that starts with one matches.
        var stem = false
        /// Written with a full stop after it (`Yth.`): the next word may start a sentence.
        var stopAfter = false
    }

    var elements: [Element]
    /// The entry as written.
    var source: String

    static let defaultGap = 3, defaultWindow = 2, maximumForms = 256

    init(_ source: String) throws(PhrasePatternError) {
        self.source = source
        var parser = PhrasePatternParser(source)
        elements = try parser.sequence(top: true)
        try Self.validate(elements)
    }

    /// Every folded word form the pattern names (stems included), for numbering words.
    var words: [String] {
        func collect(_ elements: [Element]) -> [String] {
            elements.flatMap { element -> [String] in
                switch element {
                case .word(let word): word.stem ? [] : word.forms
                case .choice(let alternatives): alternatives.flatMap(collect)
                case .gap: []
                case .anyOrder(let words, _): words.filter { !$0.stem }.flatMap(\.forms)
                }
            }
        }
        return collect(elements)
    }

    private static func validate(_ elements: [Element]) throws(PhrasePatternError) {
        guard canMatchWords(elements) else { throw PhrasePatternError("matches no word") }
        if case .gap? = elements.first { throw PhrasePatternError("starts with a gap") }
        if case .gap? = elements.last { throw PhrasePatternError("ends with a gap") }
    }

    /// Whether every way through the elements matches at least one word.
    private static func canMatchWords(_ elements: [Element]) -> Bool {
        elements.contains { element in
            switch element {
            case .word, .anyOrder: true
            case .choice(let alternatives): alternatives.allSatisfy(canMatchWords)
            case .gap: false
            }
        }
    }
}

/// What is wrong with a pattern, in a user's words.
struct PhrasePatternError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
