/// Greek letters as the vocative needs them: which are vowels, which carry the stress, and
/// how they group into syllables.
enum GreekLetters {
    static func isGreek(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x0370...0x03FF).contains($0.value) || (0x1F00...0x1FFF).contains($0.value) }
    }

    private static let plain: [Character: Character] = [
        "ά": "α", "έ": "ε", "ή": "η", "ί": "ι", "ό": "ο", "ύ": "υ", "ώ": "ω", "ϊ": "ι", "ϋ": "υ", "ΐ": "ι", "ΰ": "υ",
    ]

    /// The letter lower-case, without tonos or diaeresis: Ά → α, ΐ → ι.
    static func base(_ character: Character) -> Character {
        let lower = Character(character.lowercased())
        return plain[lower] ?? lower
    }

    static func isVowel(_ character: Character) -> Bool { "αεηιουω".contains(base(character)) }

    static func isStressed(_ character: Character) -> Bool { "άέήίόύώΐΰ".contains(Character(character.lowercased())) }

    private static func hasDiaeresis(_ character: Character) -> Bool { "ϊϋΐΰ".contains(Character(character.lowercased())) }

    /// Whether each syllable of a lower-case word carries the stress, one entry per vowel group.
    /// Digraphs (αι, ει, οι, υι, ου, αυ, ευ, ηυ) are one group unless the first letter is
    /// stressed or the second has a diaeresis, and an unstressed ι between a consonant and a
    /// vowel glides into the vowel (Γιώργος has two syllables).
    static func syllableStresses(_ letters: [Character]) -> [Bool] {
        var groups: [Bool] = []
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            guard isVowel(letter) else { index += 1; continue }
            var end = index + 1
            if end < letters.count, isVowel(letters[end]) {
                let pair = String([base(letter), base(letters[end])])
                let digraph = ["αι", "ει", "οι", "υι", "ου", "αυ", "ευ", "ηυ"].contains(pair)
                    && !isStressed(letter) && !hasDiaeresis(letters[end])
                let glide = letter == "ι" && index > 0 && !isVowel(letters[index - 1])
                if digraph || glide { end += 1 }
            }
            groups.append(letters[index..<end].contains(where: isStressed))
            index = end
        }
        return groups
    }
}
