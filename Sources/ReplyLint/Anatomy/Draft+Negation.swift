/// Negation, as each language's data describes it: `negators` (phrase patterns: "not", "n't"
/// forms, "nu", "δεν", "ei", "tidak"), the conjunctions that end their scope
/// (`negation-breaks`, besides punctuation) and how far they reach (`negation-scope`).
extension Draft {
    /// Words a negator reaches when the language does not say.
    static let defaultNegationScope = 3

    /// Whether a negator stands before the match in its clause, with at most `negation-scope`
    /// words between them and neither punctuation nor a break word among them: "not a problem",
    /// "nu trebuie să", "δεν υπάρχει πρόβλημα", "ini bukan masalah".
    func isNegated(_ match: PhraseMatch) -> Bool {
        guard newTextWords.indices.contains(match.block), match.words.lowerBound > 0 else { return false }
        let words = newTextWords[match.block].words
        let start = match.words.lowerBound
        let scope = language.scalar(.negationScope).flatMap { Int($0) } ?? Self.defaultNegationScope
        let breaks = language.set(.negationBreaks)
        let from = max(0, start - scope - 4)
        // Negators are matched from a little before the scope, so one of several words is whole.
        for hit in phraseMatcher(.negators).hits(Array(words[from..<start])) {
            let end = from + hit.words.upperBound
            guard start - end <= scope else { continue }
            if (end...start).contains(where: { words[$0].startsClause }) { continue }
            if (end..<start).contains(where: { breaks.contains(words[$0].folded) }) { continue }
            return true
        }
        return false
    }

    /// Words a condition reaches: the rest of its clause, up to this many words.
    static let conditionScope = 8

    /// Whether the match stands in a condition, after one of the language's `conditionals` in
    /// its clause: "if you cannot use the app", "dacă noua vază are vreo problemă", "kalau vas
    /// yang baru ada masalah". What might happen is an offer, not a refusal or a complaint.
    func isConditional(_ match: PhraseMatch) -> Bool {
        guard newTextWords.indices.contains(match.block) else { return false }
        let conditionals = language.set(.conditionals)
        guard !conditionals.isEmpty else { return false }
        let words = newTextWords[match.block].words
        let start = match.words.lowerBound
        var index = start
        while index > 0, start - index < Self.conditionScope {
            if words[index].startsClause { return false }
            index -= 1
            if conditionals.contains(words[index].folded) { return true }
        }
        return false
    }

    /// Whether some text holds a negator of the draft's language: "can't", "nu putem", "ei saa".
    func negates(_ text: String) -> Bool {
        let line = TextLine(index: 0, full: Substring(text))
        return !phraseMatcher(.negators).hits(proseWords([line]).words).isEmpty
    }
}
