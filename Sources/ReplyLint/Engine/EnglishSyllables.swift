/// Syllables of an English word, for Flesch reading ease: vowel groups (y a vowel unless
/// it starts a syllable), less a silent final e, -es and -ed, plus the vowel pairs that are
/// usually two syllables (via, video, actual), and a short list of words no rule gets right.
/// Works on ASCII bytes: it runs over every word of every English draft.
enum EnglishSyllables {
    static func count(_ word: Substring) -> Int {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        var otherLetters = false
        for byte in word.utf8 {
            switch byte {
            case 0x41...0x5A: bytes.append(byte | 0x20)
            case 0x61...0x7A: bytes.append(byte)
            case 0xC0...: otherLetters = true
            default: break
            }
        }
        // A word in another script (a name) counts as one syllable.
        guard !bytes.isEmpty else { return otherLetters ? 1 : 0 }
        if let known = exceptions[String(decoding: bytes, as: UTF8.self)] { return known }
        let letters = Letters(chars: bytes)
        var count = 0
        var i = 0
        while i < letters.count {
            guard letters.isVowel(i) else { i += 1; continue }
            var end = i
            while end + 1 < letters.count, letters.isVowel(end + 1) { end += 1 }
            count += 1 + splits(letters.chars, i, end)
            i = end + 1
        }
        count -= silentEndings(letters)
        return max(count, 1)
    }

    /// Whether `byte` is one of the ASCII letters of `set`.
    fileprivate static func among(_ byte: UInt8, _ set: String) -> Bool { set.utf8.contains(byte) }

    private struct Letters {
        let chars: [UInt8]
        var count: Int { chars.count }

        func isVowel(_ i: Int) -> Bool {
            guard i >= 0, i < chars.count else { return false }
            switch chars[i] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"): return true
            // The u of "qu", and of "gu" before a vowel, is a consonant sound (quick, guide).
            case UInt8(ascii: "u"):
                return !(i > 0 && (chars[i - 1] == UInt8(ascii: "q") || (chars[i - 1] == UInt8(ascii: "g") && isVowel(i + 1))))
            // y is a consonant first and before a vowel (you, beyond, player), except in a final -ye (goodbye).
            case UInt8(ascii: "y"):
                return i > 0 && (i + 1 == chars.count || !among(chars[i + 1], "aeiou")
                                 || (chars[i + 1] == UInt8(ascii: "e") && i + 2 == chars.count))
            default: return false
            }
        }

        func isConsonant(_ i: Int) -> Bool { i >= 0 && i < chars.count && !isVowel(i) }
        func ends(with suffix: String) -> Bool { chars.count > suffix.utf8.count && chars.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
    }

    /// Vowel pairs inside one group that are spoken as two syllables.
    private static func splits(_ c: [UInt8], _ start: Int, _ end: Int) -> Int {
        guard end > start else { return 0 }
        var extra = 0
        let before = start > 0 ? c[start - 1] : UInt8(ascii: " ")
        for k in start..<end {
            switch (c[k], c[k + 1]) {
            case (UInt8(ascii: "i"), UInt8(ascii: "a")), (UInt8(ascii: "i"), UInt8(ascii: "o")):
                // -tion, -sion, -cial, -gious stay one; via, period, trial, serious split.
                if !(k == start && among(before, "tscgx")) { extra += 1 }
            case (UInt8(ascii: "e"), UInt8(ascii: "o")):
                extra += 1
            case (UInt8(ascii: "u"), UInt8(ascii: "a")):
                if !(k == start && among(before, "qg")) { extra += 1 }
            case (UInt8(ascii: "i"), UInt8(ascii: "e")):
                // client, quiet, experience; not friend, patient, piece.
                if k + 2 < c.count, among(c[k + 2], "nt"), !(k == start && among(before, "tcs")) { extra += 1 }
            default:
                break
            }
        }
        return extra
    }

    /// A final e, -es, -ed, or an e kept before a suffix, that adds no syllable
    /// (make, makes, worked, lately, careful, statement).
    private static func silentEndings(_ w: Letters) -> Int {
        let c = w.chars
        let n = c.count
        guard n >= 3 else { return 0 }
        let last = c[n - 1]
        if last == UInt8(ascii: "e"), w.isConsonant(n - 2) {
            // -le after a consonant is a syllable (table, possible).
            if c[n - 2] == UInt8(ascii: "l"), w.isConsonant(n - 3) { return 0 }
            return 1
        }
        if last == UInt8(ascii: "s"), c[n - 2] == UInt8(ascii: "e"), w.isConsonant(n - 3) {
            let p = c[n - 3]
            if among(p, "sxzcg") || (p == UInt8(ascii: "h") && n >= 4 && among(c[n - 4], "cs")) { return 0 }
            if p == UInt8(ascii: "l"), w.isConsonant(n - 4) { return 0 }
            return 1
        }
        if last == UInt8(ascii: "d"), c[n - 2] == UInt8(ascii: "e"), w.isConsonant(n - 3) {
            return among(c[n - 3], "td") ? 0 : 1
        }
        for suffix in silentESuffixes where w.ends(with: suffix) {
            let stem = n - suffix.utf8.count
            if w.isConsonant(stem - 1), w.isVowel(stem - 2) { return 1 }
        }
        return 0
    }

    private static let silentESuffixes = ["ely", "ement", "ements", "eful", "eless", "eness"]

    /// Words the rules miscount, with their usual syllable count.
    static let exceptions: [String: Int] = [
        "anyone": 3, "area": 3, "business": 2, "create": 2, "created": 3, "creating": 3, "every": 2,
        "everyone": 3, "everything": 3, "everywhere": 3, "evening": 2, "friend": 1, "friends": 1,
        "idea": 3, "ideas": 3, "maybe": 2, "people": 2, "recipe": 3, "science": 2, "someone": 2,
        "something": 2, "sometimes": 2, "somewhere": 2, "wednesday": 2, "being": 2, "seeing": 2,
        "going": 2, "doing": 2, "react": 2, "reopen": 3, "reuse": 2, "poem": 2, "quiet": 2,
        "element": 3, "elements": 3,
    ]
}
