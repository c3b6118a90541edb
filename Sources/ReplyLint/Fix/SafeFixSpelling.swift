/// No safe fix writes a word the draft's language does not know (issue 10 §4): a suggestion
/// that puts in a word its dictionaries reject (`ΕΠΕΙΓΟΝ` → *Επειγον*) is still shown, but
/// `--fix` leaves it to the writer. Only the words a fix adds are asked about, so a fix that
/// only moves punctuation or drops a repeated word never loads a dictionary.
struct SafeFixSpelling {
    let draft: Draft
    private var vocabulary: Vocabulary??
    private var bodyLines: [Substring]?

    init(_ draft: Draft) {
        self.draft = draft
    }

    /// The finding, no longer a safe fix when its suggestion adds a word the language does not know.
    mutating func checked(_ finding: Finding) -> Finding {
        guard finding.isSafeFix, let suggestion = finding.suggestion, suggestion.contains(where: \.isLetter) else { return finding }
        let replaced = Set(words(replacedText(finding.location) ?? ""))
        let added = words(suggestion).filter { !replaced.contains($0) }
        guard !added.isEmpty, let vocabulary = loadedVocabulary() else { return finding }
        let unknown = added.filter { !vocabulary.knows($0) }
        guard !unknown.isEmpty else { return finding }
        var kept = finding
        kept.isSafeFix = false
        let names = vocabulary.checkers.map(\.name).joined(separator: ", ")
        kept.message += " (not fixed automatically: \(unknown.map { "'\($0)'" }.joined(separator: ", ")) is not in \(names))"
        return kept
    }

    /// The words of a text as `body.spelling` takes them (ICU's word breaks, hyphenated words
    /// whole); codes, numbers and acronyms are not words to check.
    func words(_ text: String) -> [String] {
        let line = TextLine(index: 0, full: Substring(text))
        let words = Segmenter.segments(line.text, kind: .word, locale: draft.language.code).map { Word(line: line, range: $0) }
        return BodySpellingRule.hyphenJoined(words).map { String($0.text) }.filter { word in
            let letters = word.filter(\.isLetter)
            return SpellingExemptions.isCandidate(Substring(word), maxLength: BodySpellingRule.maxLength)
                && !(letters.count >= 2 && letters.allSatisfy(\.isUppercase))
        }
    }

    private mutating func loadedVocabulary() -> Vocabulary? {
        if let vocabulary { return vocabulary }
        var found: Vocabulary?
        if case let .found(checkers) = DictionaryShelf.shared.dictionaries(for: draft.language, region: draft.region) {
            found = Vocabulary(checkers, language: draft.language)
        }
        vocabulary = .some(found)
        return found
    }

    /// The text the fix replaces.
    private mutating func replacedText(_ location: FindingLocation) -> String? {
        switch location {
        case let .header(field, start, end):
            return Linter.slice(field.value, start, end)
        case let .body(line, column, endLine, endColumn):
            let lines = bodyLines ?? draft.message.body.text.split(separator: "\n", omittingEmptySubsequences: false)
            bodyLines = lines
            guard line >= 0, line <= endLine, endLine < lines.count else { return nil }
            if line == endLine { return Linter.slice(String(lines[line]), column - 1, endColumn - 1) }
            return lines[line...endLine].joined(separator: "\n")
        case .message, .file:
            return nil
        }
    }
}
