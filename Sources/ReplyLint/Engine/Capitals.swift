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

    /// Sentence case keeping acronyms and codes: "URGENT: FAQ UPDATE FOR A-1042" → "Urgent: FAQ update for A-1042".
    static func sentenceCase(_ text: String, acronyms: Set<String>) -> String {
        var result = ""
        var first = true
        var token = ""
        func flush() {
            guard !token.isEmpty else { return }
            // A token with a digit is a code (A-1042, SKU12B): never change its letters.
            if token.contains(where: \.isNumber) {
                result += token
                first = first && !token.contains(where: \.isLetter)
            } else {
                result += caseWords(token, acronyms: acronyms, first: &first)
            }
            token = ""
        }
        for character in text {
            if character.isWhitespace {
                flush()
                result.append(character)
            } else {
                token.append(character)
            }
        }
        flush()
        return result
    }

    private static func caseWords(_ token: String, acronyms: Set<String>, first: inout Bool) -> String {
        var result = ""
        var word = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            result += acronyms.contains(TextFolding.fold(word)) ? word : calmed(word, capitalised: first)
            first = false
            word = ""
        }
        for character in token {
            if character.isLetter {
                word.append(character)
            } else {
                flushWord()
                result.append(character)
            }
        }
        flushWord()
        return result
    }
}
