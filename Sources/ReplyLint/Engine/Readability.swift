/// Reading-difficulty scores over a text's words and sentence count.
enum Readability {
    /// Flesch reading ease: higher is easier; 60–70 is plain English, under 50 is hard.
    static func flesch(words: [Substring], sentences: Int) -> Double {
        guard !words.isEmpty, sentences > 0 else { return 100 }
        let syllables = words.reduce(0) { $0 + EnglishSyllables.count($1) }
        let count = Double(words.count)
        return 206.835 - 1.015 * count / Double(sentences) - 84.6 * Double(syllables) / count
    }

    /// LIX (Björnsson): words per sentence plus the percentage of words over six letters.
    /// Lower is easier; it needs no syllables, so it works across languages.
    static func lix(words: [Substring], sentences: Int) -> Double {
        guard !words.isEmpty, sentences > 0 else { return 0 }
        let long = words.filter { $0.letterCount > 6 }.count
        let count = Double(words.count)
        return count / Double(sentences) + 100 * Double(long) / count
    }

    /// A score as a whole number, for messages.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return String(Int(value.rounded()))
    }
}
