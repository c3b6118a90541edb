/// Shouting: words of 4+ cased letters written all in capitals that are not known acronyms.
enum Capitals {
    /// The letter runs of `text`, as character offsets and the word.
    static func letterRuns(_ text: some StringProtocol) -> [(range: Range<Int>, word: String)] {
        var runs: [(Range<Int>, String)] = []
        var start: Int?
        var current = ""
        var offset = 0
        for character in text {
            if character.isLetter {
                if start == nil { start = offset }
                current.append(character)
            } else if let begin = start {
                runs.append((begin..<offset, current))
                start = nil
                current = ""
            }
            offset += 1
        }
        if let begin = start { runs.append((begin..<offset, current)) }
        return runs
    }

    /// True for "URGENT", "ΕΠΕΙΓΟΝ", "ÎNTÂRZIERE"; false for "FAQ" (an acronym), "iPhone", "OK".
    static func isShouting(_ word: some StringProtocol, minLetters: Int, acronyms: Set<String>) -> Bool {
        var letters = 0
        if !word.utf8.contains(where: { $0 >= 0x80 }) {
            // ASCII: bytes answer without Unicode's property tables.
            for byte in word.utf8 {
                if byte &- 0x61 < 26 { return false }
                if byte &- 0x41 < 26 { letters += 1 }
            }
            return letters >= minLetters && !acronyms.contains(TextFolding.fold(word))
        }
        for character in word where character.isCasedLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= minLetters && !acronyms.contains(TextFolding.fold(word))
    }

    /// "Urgent" for "URGENT" at the start of a sentence, "urgent" elsewhere.
    static func calmed(_ word: some StringProtocol, capitalised: Bool) -> String {
        var result = word.lowercased()
        if capitalised, let first = word.first { result = String(first) + word.dropFirst().lowercased() }
        // Lower-casing a word on its own gives "σ"; Greek ends a word with "ς".
        if result.count > 1, result.hasSuffix("σ") { result = String(result.dropLast()) + "ς" }
        return result
    }

    /// A text in sentence case, and the words whose lower-case form is not certain.
    struct SentenceCased: Equatable {
        var text: String
        /// Words (as written in capitals) with several known forms or none; the text has the first or the plain one.
        var uncertain: [(word: String, calmed: CaseSpelling.Calmed)] = []

        static func == (a: Self, b: Self) -> Bool {
            a.text == b.text && a.uncertain.map(\.word) == b.uncertain.map(\.word)
        }
    }

    /// Sentence case keeping acronyms and codes: "URGENT: FAQ UPDATE FOR A-1042" → "Urgent: FAQ update for A-1042";
    /// a word after a mark that ends a sentence keeps its capital ("URGENT! YOUR REFUND" → "Urgent! Your refund").
    static func sentenceCase(_ text: String, acronyms: Set<String>, spelling: CaseSpelling = CaseSpelling()) -> SentenceCased {
        var result = SentenceCased(text: "")
        var first = true
        var token = ""
        func flush() {
            guard !token.isEmpty else { return }
            // A token with a digit is a code (A-1042, SKU12B): never change its letters.
            if token.contains(where: \.isNumber) {
                result.text += token
                first = first && !token.contains(where: \.isLetter)
            } else {
                caseWords(token, acronyms: acronyms, spelling: spelling, first: &first, into: &result)
            }
            if let last = token.last, spelling.sentenceMarks.contains(last) { first = true }
            token = ""
        }
        for character in text {
            if character.isWhitespace {
                flush()
                result.text.append(character)
            } else {
                token.append(character)
            }
        }
        flush()
        return result
    }

    private static func caseWords(_ token: String, acronyms: Set<String>, spelling: CaseSpelling, first: inout Bool,
                                  into result: inout SentenceCased) {
        var word = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            if acronyms.contains(TextFolding.fold(word)) {
                result.text += word
            } else {
                let calmed = spelling.calmed(word, capitalised: first)
                if case .one = calmed {} else { result.uncertain.append((word, calmed)) }
                result.text += calmed.shown
            }
            first = false
            word = ""
        }
        for character in token {
            if character.isLetter {
                word.append(character)
            } else {
                flushWord()
                result.text.append(character)
            }
        }
        flushWord()
    }
}
