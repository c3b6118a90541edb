import Foundation

/// What mail clients write around a quoted original, in every language replylint has data for
/// (`Rules/locales/*/anatomy.yaml` and `replies.yaml`, `Rules/common/replies.yaml`), compiled
/// once per linter: a customer's client may be set to any language, whatever the reply's.
struct ReplyPatterns: Sendable {
    /// The fields of a header block a quoted original opens with ("From:", "Sent:").
    enum Field: String, Sendable { case from, sent, to, cc, subject }

    /// "On {date}, {name} <{email}> wrote:" and its translations, longest first.
    let attributions: [AttributionPattern]
    /// Which of `attributions` a line can match, by the literal words it holds.
    let attributionIndex: AttributionIndex
    /// "-----Original Message-----", "Begin forwarded message:": folded, dashes collapsed.
    let separators: [String]
    /// Folded header label ("de la", "von", "差出人") → the field it names.
    let labels: [String: Field]
    /// "Sent from my {device}", "Get Outlook for {device}".
    let deviceSignatures: [AttributionPattern]
    /// Help-desk lines above which the agent types ("##- Please type your reply above this line -##"):
    /// folded, dashes collapsed, without the `#` and `-` around them.
    let replyMarkers: [String]
    /// Words clients put before the author's name ("пользователь", "Kontakti"), folded, longest first.
    let authorPrefixes: [String]
    let months: MonthNames
    let connectors: Set<String>

    init(_ sources: [LanguageData], months: MonthNames, connectors: Set<String>) {
        func unique(_ key: ListKey) -> [String] {
            var seen = Set<String>()
            return sources.flatMap { $0.list(key) }.filter { seen.insert($0).inserted }.longestFirst()
        }
        attributions = unique(.attribution).map { AttributionPattern(TextFolding.foldPhrase(ReplyReader.unglued($0))) }
        attributionIndex = AttributionIndex(attributions)
        separators = unique(.originalMessage).map(LanguageSet.collapsingDashes)
        var labels: [String: Field] = [:]
        for source in sources {
            for (key, names) in source.map(.outlookLabels) {
                guard let field = Field(rawValue: key) else { continue }
                for name in names { labels[TextFolding.foldPhrase(name)] = labels[TextFolding.foldPhrase(name)] ?? field }
            }
        }
        self.labels = labels
        deviceSignatures = unique(.mobileSignatures).map { AttributionPattern(Self.bare($0)) }
        replyMarkers = unique(.replyMarkers).map(Self.markerText)
        authorPrefixes = unique(.authorPrefixes)
        self.months = months
        self.connectors = connectors
    }

    /// A folded line without the punctuation clients put around a marker or a device
    /// signature: `##- please type your reply above this line -##` → `please type your reply above this line`.
    static func markerText(_ folded: some StringProtocol) -> String {
        let core = String(folded).trimming { "#-_=*[]().: ".contains($0) }
        return LanguageSet.collapsingDashes(String(core))
    }

    /// A device signature line as compared: folded, without a final full stop or dashes around it.
    static func bare(_ folded: some StringProtocol) -> String {
        String(String(folded).trimming { "-_.!* ".contains($0) })
    }

    /// The date of an attribution or header value: CJK dates ("2026年11月16日(月) 9:00") are
    /// written with the digits apart first.
    func date(_ text: String, yearOf reference: Date? = nil) -> (date: MessageDate, detail: Int)? {
        guard text.contains(where: \.isNumber), !text.containsBytes("@") else { return nil }
        return LooseDate.read(Self.withoutOrdinals(Self.westernDigits(text)), months: months, connectors: connectors, yearOf: reference)
    }

    /// "November 16th, 2026" (Proton Mail) → "November 16, 2026".
    static func withoutOrdinals(_ text: String) -> String {
        guard text.containsBytes("st") || text.containsBytes("nd") || text.containsBytes("rd") || text.containsBytes("th") else { return text }
        var result = ""
        var previous: Character = " "
        var skip = 0
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if skip > 0 { skip -= 1; continue }
            if previous.isASCIIDigit, index + 1 < characters.count,
               ["st", "nd", "rd", "th"].contains(String(characters[index...index + 1]).lowercased()),
               index + 2 == characters.count || !characters[index + 2].isLetter {
                skip = 1
                previous = " "
                continue
            }
            result.append(character)
            previous = character
        }
        return result
    }

    /// `2026年11月16日 周一 上午9:00` → `2026-11-16 9:00 am`: the markers between the numbers
    /// become separators and the day name goes.
    static func westernDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x3000 }) else { return text }
        var result = ""
        var pending = ""
        for character in text {
            switch character {
            case "年", "月": result += "-"
            case "日": result += " "
            case "時": result += ":"
            case "分", "秒": result += " "
            case "（", "(": pending = "("
            case "）", ")": pending = ""
            default:
                guard pending.isEmpty else { continue }
                if "周週星期一二三四五六天日月火水木金土曜".contains(character) { result += " " } else { result.append(character) }
            }
        }
        result = result.replacingOccurrences(of: "上午", with: " am ").replacingOccurrences(of: "下午", with: " pm ")
        return result
    }
}
