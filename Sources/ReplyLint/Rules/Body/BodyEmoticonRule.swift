struct BodyEmoticonRule: Rule {
    static let description = RuleDescription(
        identifier: "body.emoticon", severity: .info,
        summary: "Emoticons (\":)\", \"xD\", \"<3\"), emoji and slang (\"gonna\", \"btw\", \"wkwk\") in the new text.",
        guideline: .tone, usesLists: [.emoticons, .slang],
        triggering: [
            RuleExample.reply("en", body: "Your refund was issued today ↓:) and ↓btw it arrives Friday ↓🎉"),
            RuleExample.reply("en", body: "We're ↓gonna send it today ↓:-)))"),
            RuleExample.reply("en", body: "Good news ↓👍🏽 your refund is on its way."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα ↓:) ↓τπτ άλλο δεν χρειάζεται."),
            RuleExample.reply("ro", body: "↓Mersi ↓pt răbdare, rambursarea a fost efectuată ↓😊"),
            RuleExample.reply("et", body: "Tagastasime raha täna ↓:D ↓tšau!"),
            RuleExample.reply("id", body: "Dananya ↓udah kami kembalikan ya ↓wkwk"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "Call us at 10:30 or see https://help.example.com/faq:P and the U.S. office (step 8) below."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε στις 10:30. Δείτε https://help.example.gr/:D"),
            RuleExample.reply("ro", body: "Vă mulțumim pentru răbdare. Rambursarea a fost efectuată la 10:30."),
            RuleExample.reply("et", body: "Aitäh, et kirjutasite. Tagastasime raha kell 10:30."),
            RuleExample.reply("id", body: "Terima kasih. Dana Anda sudah kami kembalikan pukul 10.30 © 2026."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let emoticons = Emoticons(draft.language.list(.emoticons))
        var findings: [Finding] = []
        for line in draft.newText {
            let tokens = emoticons.find(in: line)
            findings += tokens.map { range in
                Finding("emoticon '\(line.full[range])' is too casual for a reply to a customer; say it in words",
                        at: line.location(range), excerpt: String(line.full[range]))
            }
            // "❤️" is both a listed emoticon and an emoji: report it once.
            findings += Self.emoji(line).filter { range in !tokens.contains { $0.overlaps(range) } }.map { range in
                Finding("emoji '\(line.full[range])' is too casual for a reply to a customer; say it in words",
                        at: line.location(range), excerpt: String(line.full[range]))
            }
        }
        findings += draft.phrases(.slang).map { match in
            Finding("'\(match.text)' is slang; write it out in plain, standard words", at: match.location, excerpt: String(match.text))
        }
        return findings
    }

    /// Runs of emoji: characters with emoji presentation, or emoji asked for by U+FE0F
    /// ("❤️", "1️⃣"); "©", "™" and plain digits are text.
    static func emoji(_ line: TextLine) -> [Range<String.Index>] {
        // Emoji and U+FE0F are all at U+2000 or above: three-byte UTF-8 from 0xE2 on.
        guard line.text.utf8.contains(where: { $0 >= 0xE2 }) else { return [] }
        var found: [Range<String.Index>] = []
        var index = line.text.startIndex
        while index < line.text.endIndex {
            guard line.text[index].isEmoji else { index = line.text.index(after: index); continue }
            let run = line.text[index...].prefix { $0.isEmoji }
            found.append(index..<run.endIndex)
            index = run.endIndex
        }
        return found
    }
}

/// The emoticons of a language, ready to be looked for in many lines.
struct Emoticons {
    let folded: Set<String>
    /// The first UTF-8 byte of each, so most words are passed over without a look at their characters.
    let firstBytes: Set<UInt8>
    let longest: Int

    init(_ list: [String]) {
        folded = Set(list)
        firstBytes = Set(list.compactMap { $0.utf8.first })
        longest = list.map { $0.count }.max() ?? 0
    }

    /// Whitespace-separated tokens that are an emoticon, with trailing sentence punctuation
    /// left out and a repeated last character allowed (":)))."); so "10:30" and links never are.
    func find(in line: TextLine) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        for bytes in line.text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }) {
            guard let first = bytes.first, firstBytes.contains((0x41...0x5A).contains(first) ? first | 0x20 : first) else { continue }
            var body = line.text[bytes.startIndex..<bytes.endIndex]
            while body.count > 1, let last = body.last, ".,!?;".contains(last) { body = body.dropLast() }
            var core = body
            while core.count > 2, core.last == core.dropLast().last { core = core.dropLast() }
            if core.count <= longest, folded.contains(TextFolding.fold(core)) { found.append(body.startIndex..<body.endIndex) }
        }
        return found
    }
}

extension Character {
    /// ASCII is never an emoji on its own ("1️⃣" is not ASCII: it carries U+FE0F).
    var isEmoji: Bool {
        guard asciiValue == nil, let first = unicodeScalars.first else { return false }
        return first.properties.isEmojiPresentation || (first.properties.isEmoji && unicodeScalars.contains("\u{FE0F}"))
    }
}
