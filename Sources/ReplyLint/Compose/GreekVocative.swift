/// The Greek vocative of a person's name, for greetings ("Αγαπητέ Νίκο", "κύριε Παπαδόπουλε").
///
/// Masculine names change their ending: -ος → -ε for most names and for surnames, but -ο for
/// first names of two syllables stressed on the first (Νίκος → Νίκο); -ός → -έ; learned -ιος
/// → -ιε (Δημήτριος → Δημήτριε); -ης → -η, -ας → -α, -ούς → -ού. Feminine names (-α, -η,
/// -ω, -ου) and names in other scripts are unchanged.
enum GreekVocative {
    /// Which part of a full name a word is: two-syllable -ος is -ο only for a first name.
    enum Role { case first, last, full }

    /// Each word of `name` in the vocative. In a full name the first word is the first name.
    static func vocative(_ name: String, role: Role = .full) -> String {
        var result = ""
        var wordIndex = 0
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let wordRole: Role = role == .full ? (wordIndex == 0 ? .first : .last) : role
            result += vocative(word: word, role: wordRole)
            word = ""
            wordIndex += 1
        }
        for character in name {
            if character.isLetter || character == "'" {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// Popular forms the rules cannot see (synizesis in -ιος).
    static let exceptions: [String: String] = ["στελιος": "ο", "ηλιος": "ο"]

    static func vocative(word: String, role: Role) -> String {
        let letters = Array(word)
        guard letters.count >= 3, letters.allSatisfy(GreekLetters.isGreek), let last = letters.last,
              last.lowercased() == "σ" || last.lowercased() == "ς" else { return word }
        let lower = letters.map { Character($0.lowercased()) }
        let bare = lower.map(GreekLetters.base)
        let stem = String(letters.dropLast())
        let upper = last.isUppercase && letters.dropLast().last?.isUppercase == true
        func ending(_ text: String) -> String { String(stem.dropLast()) + (upper ? text.uppercased() : text) }
        let vowel = bare[bare.count - 2]
        if bare.count >= 3, bare[bare.count - 3] == "ο", vowel == "υ" { return stem }   // -ούς → -ού
        switch vowel {
        case "η", "α": return stem                                                      // -ης, -ας
        case "ο": break
        default: return word
        }
        // -ος
        if let popular = exceptions[String(bare)] { return ending(popular) }
        if lower[lower.count - 2] == "ό" { return ending("έ") }
        let groups = GreekLetters.syllableStresses(lower.dropLast(2) + ["ο"])
        let stressed = groups.lastIndex(of: true).map { groups.count - $0 }
        if bare.count >= 4, lower[lower.count - 3] == "ι", !GreekLetters.isVowel(bare[bare.count - 4]) {
            return ending("ε")                                                          // Δημήτριος → Δημήτριε
        }
        let twoSyllables = groups.count == 2 && (stressed == nil || stressed == 2)
        return ending(role != .last && twoSyllables ? "ο" : "ε")
    }
}
