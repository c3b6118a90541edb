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
            if conditionals.contains(words[index].folded), !isNotConditional(words, at: index) { return true }
        }
        return false
    }

    /// Whether the conditional word at `index` is one of the language's `not-conditionals`: a
    /// comparison or a time ("rohkem kui", "niipea kui": Estonian *kui* is also "than" and "when").
    private func isNotConditional(_ words: [ProseWords.Word], at index: Int) -> Bool {
        let from = max(0, index - 3), to = min(words.count, index + 2)
        return phraseMatcher(.notConditionals).hits(Array(words[from..<to])).contains { $0.words.contains(index - from) }
    }

    /// Words a reassurance's harm word may stand from the negation: before it ("nu vom împărtăși
    /// niciodată") and after it ("won't be charged").
    static let reassuranceReach = (before: 3, after: 4)

    /// Whether a negation promises that something bad will not happen: a `harm-words` entry in
    /// its clause, just before or after it. "We will never share your data", "this won't happen
    /// again", "you won't be charged" reassure; "we won't refund" refuses.
    func isReassurance(_ match: PhraseMatch) -> Bool {
        guard newTextWords.indices.contains(match.block) else { return false }
        let words = newTextWords[match.block].words
        let breaks = language.set(.negationBreaks)
        var from = match.words.lowerBound
        while from > 0, match.words.lowerBound - from < Self.reassuranceReach.before,
              !words[from].startsClause, !breaks.contains(words[from - 1].folded) { from -= 1 }
        var to = match.words.upperBound
        while to < words.count, to - match.words.upperBound < Self.reassuranceReach.after,
              !words[to].startsClause, !breaks.contains(words[to].folded) { to += 1 }
        let span = match.words.lowerBound - from
        return phraseMatcher(.harmWords).hits(Array(words[from..<to])).contains { hit in
            hit.words.upperBound <= span || hit.words.lowerBound >= span + match.words.count
        }
    }

    /// Whether a refusal is followed, in its sentence or the next, by what can be done instead
    /// (`refusal-alternatives`): "we cannot refund the fee. What we can do is …", "nu putem
    /// rambursa taxa, dar vă putem oferi un voucher". That is the rephrasing tone.negative asks for.
    func offersAlternative(_ match: PhraseMatch) -> Bool {
        guard newTextWords.indices.contains(match.block) else { return false }
        let alternatives = phraseMatcher(.refusalAlternatives)
        var words = newTextWords[match.block].words
        var start = match.words.upperBound
        var sentences = 0
        var end = start
        while sentences < 2 {
            if end == words.count {
                // The next sentence may open the next paragraph.
                guard sentences == 0, newTextWords.indices.contains(match.block + 1) else { break }
                if alternatives.contains(in: Array(words[start..<end])) { return true }
                words = newTextWords[match.block + 1].words
                start = 0
                end = 0
                sentences = 1
                continue
            }
            end += 1
            if end < words.count, words[end].startsSentence { sentences += 1 }
        }
        return alternatives.contains(in: Array(words[start..<end]))
    }

    /// Whether some text holds a negator of the draft's language: "can't", "nu putem", "ei saa".
    func negates(_ text: String) -> Bool {
        let line = TextLine(index: 0, full: Substring(text))
        return !phraseMatcher(.negators).hits(proseWords([line]).words).isEmpty
    }
}
