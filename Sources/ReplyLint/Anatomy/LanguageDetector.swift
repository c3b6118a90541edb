/// Guesses a draft's language among the shipped ones: the script first (Greek letters
/// mean Greek), then which language's stopwords the text uses most.
enum LanguageDetector {
    /// What a text says about its language.
    struct Evidence: Equatable {
        var greekLetters = 0
        var latinLetters = 0
        /// Stopwords of each language among the words read.
        var hits: [String: Int] = [:]

        /// The likeliest language, nil when nothing points anywhere.
        var best: String? {
            if greekLetters > latinLetters, greekLetters > 0 { return "el" }
            let best = hits.filter { $0.key != "el" }.max { ($0.value, $1.key) < ($1.value, $0.key) }
            guard let best, best.value > 0 else { return nil }
            return best.key
        }

        /// The language the text plainly is, strong enough to overrule a header or a default:
        /// forty Greek letters and four times as many as Latin ones, or in Latin script six
        /// stopwords of one language and three times as many as of any other.
        var plain: String? {
            guard let best else { return nil }
            if best == "el" { return greekLetters >= Self.plainGreekLetters && greekLetters >= 4 * latinLetters ? best : nil }
            guard latinLetters >= 4 * greekLetters, let count = hits[best], count >= Self.plainStopwords else { return nil }
            let rival = hits.filter { $0.key != best && $0.key != "el" }.values.max() ?? 0
            return count >= 3 * rival ? best : nil
        }

        /// Whether the text is too short to say anything plainly, whatever it is.
        var isShort: Bool {
            greekLetters < Self.plainGreekLetters && (hits.values.max() ?? 0) < Self.plainStopwords
        }

        static let plainGreekLetters = 40
        static let plainStopwords = 6

        /// "19 Romanian function words, 2 English" or "212 Greek letters, 0 Latin".
        func summary(_ code: String, names: (String) -> String) -> String {
            if code == "el" { return "\(greekLetters) Greek letters, \(latinLetters) Latin" }
            var text = "\(hits[code] ?? 0) \(names(code)) function words"
            if let rival = hits.filter({ $0.key != code && $0.key != "el" && $0.value > 0 })
                .max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
                text += ", \(rival.value) \(names(rival.key))"
            }
            return text
        }
    }

    static func detect(_ text: some Sequence<Substring>, languages: LanguageSet) -> String? {
        evidence(text, languages: languages).best
    }

    static func evidence(_ text: some Sequence<Substring>, languages: LanguageSet) -> Evidence {
        var evidence = Evidence()
        // A hundred words tell the languages apart; reading a long reply to the end adds nothing.
        var budget = 100
        for line in text {
            for scalar in line.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    if value | 0x20 &- 0x61 < 26 { evidence.latinLetters += 1 }
                } else if scalar.properties.isAlphabetic {
                    if (0x0370...0x03FF).contains(value) || (0x1F00...0x1FFF).contains(value) {
                        evidence.greekLetters += 1
                    } else if value < 0x0250 {
                        evidence.latinLetters += 1
                    }
                }
            }
            guard budget > 0 else { continue }
            // Folding keeps letters letters, so the folded line splits into the folded words.
            for word in words(of: TextFolding.fold(line)) {
                budget -= 1
                for code in languages.stopwords[WordKey(String(word))] ?? [] { evidence.hits[code, default: 0] += 1 }
                if budget == 0 { break }
            }
        }
        if !languages.knows("el") { evidence.greekLetters = 0 }
        return evidence
    }

    /// Runs of letters; ASCII is told apart without Unicode's property tables.
    private static func words(of line: String) -> [Substring] {
        line.split { character in
            if let ascii = character.asciiValue { return ascii | 0x20 &- 0x61 >= 26 }
            return !character.isLetter
        }
    }
}
