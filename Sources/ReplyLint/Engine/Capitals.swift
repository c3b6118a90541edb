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
        for character in word where character.isCasedLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= minLetters && !acronyms.contains(TextFolding.fold(word))
    }

    /// "Urgent" for "URGENT" at the start of a sentence, "urgent" elsewhere.
    static func calmed(_ word: some StringProtocol, capitalised: Bool) -> String {
        guard capitalised, let first = word.first else { return word.lowercased() }
        return String(first) + word.dropFirst().lowercased()
    }

    /// Sentence case keeping acronyms: "URGENT: FAQ UPDATE" → "Urgent: FAQ update".
    static func sentenceCase(_ text: String, acronyms: Set<String>) -> String {
        var result = ""
        var word = ""
        var first = true
        func flush() {
            guard !word.isEmpty else { return }
            result += acronyms.contains(TextFolding.fold(word)) ? word : calmed(word, capitalised: first)
            first = false
            word = ""
        }
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
