import Foundation

/// Whether a greeting names a person, tolerating case, accents and inflection:
/// "Παπαδόπουλε" names Παπαδόπουλος, "Νίκο" names Νίκος, "Ioane" names Ion.
enum NameMatch {
    /// The parts of a name worth matching: "Smith, John" → [smith, john]; titles dropped.
    static func parts(of name: String, titles: Set<String>) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "\"" })
            .map { TextFolding.fold($0) }
            .filter { $0.count >= 2 && !titles.contains($0) }
    }

    static func matches(_ greetingWord: String, _ namePart: String, language: LanguageData) -> Bool {
        let word = TextFolding.fold(greetingWord)
        if word == namePart { return true }
        if language.map(.nameForms)[namePart]?.contains(where: { TextFolding.fold($0) == word }) == true { return true }
        let endings = language.list(.nameEndings)
        let wordStem = stem(word, endings), nameStem = stem(namePart, endings)
        return wordStem.count >= 2 && wordStem == nameStem
    }

    /// Drops the longest listed ending that leaves at least two letters.
    static func stem(_ word: String, _ endings: [String]) -> String {
        for ending in endings where word.hasSuffix(ending) && word.count - ending.count >= 2 {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// True when any word of `text` names any part of `name`.
    static func names(_ text: some StringProtocol, _ name: String, language: LanguageData) -> Bool {
        let nameParts = parts(of: name, titles: language.nameTitles)
        let words = text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" })
        return words.contains { word in nameParts.contains { matches(String(word), $0, language: language) } }
    }
}
