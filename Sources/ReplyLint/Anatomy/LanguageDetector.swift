/// Guesses a draft's language among the shipped ones: the script first (Greek letters
/// mean Greek), then which language's stopwords the text uses most.
enum LanguageDetector {
    static func detect(_ text: some Sequence<Substring>, languages: LanguageSet) -> String? {
        var greek = 0, latin = 0
        var counts: [String: Int] = [:]
        // A hundred words tell the languages apart; reading a long reply to the end adds nothing.
        var budget = 100
        for line in text {
            for scalar in line.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    if value | 0x20 &- 0x61 < 26 { latin += 1 }
                } else if scalar.properties.isAlphabetic {
                    if (0x0370...0x03FF).contains(value) || (0x1F00...0x1FFF).contains(value) {
                        greek += 1
                    } else if value < 0x0250 {
                        latin += 1
                    }
                }
            }
            guard budget > 0 else { continue }
            // Folding keeps letters letters, so the folded line splits into the folded words.
            for word in words(of: TextFolding.fold(line)) {
                budget -= 1
                for code in languages.stopwords[WordKey(String(word))] ?? [] { counts[code, default: 0] += 1 }
                if budget == 0 { break }
            }
        }
        if greek > latin, languages.byCode["el"] != nil { return "el" }
        let best = counts.filter { $0.key != "el" }.max { ($0.value, $1.key) < ($1.value, $0.key) }
        guard let best, best.value > 0 else { return nil }
        return best.key
    }

    /// Runs of letters; ASCII is told apart without Unicode's property tables.
    private static func words(of line: String) -> [Substring] {
        line.split { character in
            if let ascii = character.asciiValue { return ascii | 0x20 &- 0x61 >= 26 }
            return !character.isLetter
        }
    }
}
