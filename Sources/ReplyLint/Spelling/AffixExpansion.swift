import Foundation

/// Every word form a Hunspell dictionary makes from its `.dic` stems and `.aff` prefixes and
/// suffixes, for dictionaries in the plain subset of the format: one-character flags, one level
/// of affixes (no continuation flags), prefix and suffix combined where both allow it, in any
/// `SET` encoding (`text(of:affix:)` decodes the files). A `COMPOUNDFLAG` is read (the words it
/// marks also join into compounds, which no list of forms holds). A dictionary using anything
/// else (compounding by rules of parts, circumfixes, affixes that need affixes, forbidden words,
/// long or numeric flags, input conversions other than one character for another) gives nil and
/// stays with Hunspell alone.
struct AffixExpansion {
    struct Affix {
        var strip: [Character]
        var add: [Character]
        /// The condition, one set per character: nil matches any, else (negated, characters).
        var condition: [(negated: Bool, characters: Set<Character>)?]
        var crossProduct: Bool
    }

    private(set) var prefixes: [Character: [Affix]] = [:]
    private(set) var suffixes: [Character: [Affix]] = [:]
    /// Flags whose words stand only inside compounds (`ONLYINCOMPOUND`): not forms of their own.
    private(set) var compoundOnly: Set<Character> = []
    /// The flag of words that may also join into compounds (`COMPOUNDFLAG`, every et_EE word).
    private(set) var compoundFlag: Character?
    /// `ICONV` pairs: what Hunspell turns a character of the input into before looking it up.
    private(set) var inputConversions: [Character: Character] = [:]

    static let unsupported: Set<String> = [
        "FLAG", "COMPOUNDBEGIN", "COMPOUNDMIDDLE", "COMPOUNDEND", "COMPOUNDPERMITFLAG",
        "CIRCUMFIX", "NEEDAFFIX", "PSEUDOROOT", "FORBIDDENWORD", "KEEPCASE", "IGNORE", "COMPLEXPREFIXES",
        "FULLSTRIP", "CHECKSHARPS", "FORCEUCASE", "AF", "LEMMA_PRESENT", "SUBSTANDARD",
    ]

    init?(affixText: String) {
        var lines = affixText.split(whereSeparator: \.isNewline).makeIterator()
        while let raw = lines.next() {
            let fields = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let keyword = fields.first, !keyword.hasPrefix("#") else { continue }
            if Self.unsupported.contains(keyword) { return nil }
            switch keyword {
            case "COMPOUNDFLAG":
                guard fields.count > 1, fields[1].count == 1 else { return nil }
                compoundFlag = fields[1].first
            case "ONLYINCOMPOUND":
                guard fields.count > 1, fields[1].count == 1, let flag = fields[1].first else { return nil }
                compoundOnly.insert(flag)
            case "ICONV":
                guard fields.count > 2 else { continue }  // the count line
                guard fields[1].count == 1, fields[2].count == 1, let from = fields[1].first, let to = fields[2].first else { return nil }
                inputConversions[from] = to
            case "PFX", "SFX":
                guard fields.count >= 4, fields[1].count == 1, let flag = fields[1].first, let count = Int(fields[3]) else { return nil }
                let cross = fields[2] == "Y"
                var affixes: [Affix] = []
                for _ in 0..<count {
                    guard let line = lines.next() else { return nil }
                    let entry = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                    guard entry.count >= 4, entry[0] == keyword, entry[1] == fields[1], !entry[3].contains("/"),
                          let condition = Self.condition(entry.count > 4 ? entry[4] : ".")
                    else { return nil }
                    affixes.append(Affix(strip: entry[2] == "0" ? [] : Array(entry[2]), add: entry[3] == "0" ? [] : Array(entry[3]),
                                         condition: condition, crossProduct: cross))
                }
                if keyword == "PFX" { prefixes[flag, default: []] += affixes } else { suffixes[flag, default: []] += affixes }
            default:
                continue
            }
        }
    }

    /// A `.aff` or `.dic` file's text, decoded from the encoding the `.aff` file's `SET` line
    /// names (`affix`), ISO-8859-1 without one, as Hunspell reads them.
    static func text(of data: Data, affix: Data) -> String {
        let line = affix.split(separator: 0x0A).first { $0.starts(with: Array("SET ".utf8)) }
        let name = line.map { String(decoding: $0.dropFirst(4), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "ISO8859-1"
        guard let charset = HunspellDictionary.icuName(name) else { return String(decoding: data, as: UTF8.self) }
        return Charset.decode(data, charset: charset).text
    }

    /// `[^aeiou]y`, `.`, `ed`: one set per character.
    static func condition(_ text: String) -> [(negated: Bool, characters: Set<Character>)?]? {
        if text == "." { return [] }
        var result: [(negated: Bool, characters: Set<Character>)?] = []
        var characters = Array(text)[...]
        while let first = characters.popFirst() {
            switch first {
            case ".": result.append(nil)
            case "[":
                let negated = characters.first == "^"
                if negated { characters.removeFirst() }
                guard let close = characters.firstIndex(of: "]") else { return nil }
                result.append((negated, Set(characters[..<close])))
                characters = characters[characters.index(after: close)...]
            default: result.append((false, [first]))
            }
        }
        return result
    }

    /// The forms of one `.dic` entry (`word/flags`).
    func forms(of word: [Character], flags: Set<Character>) -> [[Character]] {
        guard flags.isDisjoint(with: compoundOnly) else { return [] }
        var forms = [word]
        var suffixed: [([Character], Bool)] = []
        for flag in flags {
            for affix in suffixes[flag] ?? [] where Self.matches(affix, word, atEnd: true) {
                let form = Array(word.dropLast(affix.strip.count)) + affix.add
                forms.append(form)
                suffixed.append((form, affix.crossProduct))
            }
        }
        for flag in flags {
            for affix in prefixes[flag] ?? [] where Self.matches(affix, word, atEnd: false) {
                forms.append(affix.add + word.dropFirst(affix.strip.count))
                guard affix.crossProduct else { continue }
                for (form, cross) in suffixed where cross {
                    forms.append(affix.add + form.dropFirst(affix.strip.count))
                }
            }
        }
        return forms
    }

    /// How many forms `forms(of:flags:)` gives, repeats included, without making them.
    func formCount(of word: [Character], flags: Set<Character>) -> Int {
        guard flags.isDisjoint(with: compoundOnly) else { return 0 }
        var count = 1, combining = 0
        for flag in flags {
            for affix in suffixes[flag] ?? [] where Self.matches(affix, word, atEnd: true) {
                count += 1
                if affix.crossProduct { combining += 1 }
            }
        }
        for flag in flags {
            for affix in prefixes[flag] ?? [] where Self.matches(affix, word, atEnd: false) {
                count += affix.crossProduct ? 1 + combining : 1
            }
        }
        return count
    }

    private static func matches(_ affix: Affix, _ word: [Character], atEnd: Bool) -> Bool {
        guard word.count > affix.strip.count || affix.strip.isEmpty && !word.isEmpty,
              word.count >= affix.condition.count else { return false }
        if !affix.strip.isEmpty {
            guard atEnd ? word.suffix(affix.strip.count).elementsEqual(affix.strip) : word.prefix(affix.strip.count).elementsEqual(affix.strip)
            else { return false }
        }
        let part = atEnd ? Array(word.suffix(affix.condition.count)) : Array(word.prefix(affix.condition.count))
        for (character, rule) in zip(part, affix.condition) {
            guard let rule else { continue }
            if rule.characters.contains(character) == rule.negated { return false }
        }
        return true
    }

    /// The stems and flags of a `.dic` file's text (the count line and any byte-order mark skipped;
    /// `\/` is a slash in the word; morphological fields after a tab or space are ignored).
    static func entries(_ dictionaryText: String) -> [(word: [Character], flags: Set<Character>)] {
        var result: [(word: [Character], flags: Set<Character>)] = []
        for line in dictionaryText.split(whereSeparator: \.isNewline).dropFirst() {
            let entry = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).first ?? line
            var word: [Character] = [], flags = Set<Character>(), inFlags = false, escaped = false
            for character in entry {
                if inFlags { flags.insert(character); continue }
                if escaped { word.append(character); escaped = false; continue }
                if character == "\\" { escaped = true; continue }
                if character == "/" { inFlags = true; continue }
                word.append(character)
            }
            if !word.isEmpty { result.append((word, flags)) }
        }
        return result
    }
}
