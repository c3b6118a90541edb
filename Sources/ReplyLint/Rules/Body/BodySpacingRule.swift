struct BodySpacingRule: Rule {
    static let description = RuleDescription(
        identifier: "body.spacing", severity: .info,
        summary: "Doubled spaces inside a line, a space before , . ! ? ; : or none after one when a letter follows.",
        guideline: .proofread, usesLists: [.stepWords],
        triggering: [
            RuleExample.reply("en", body: "Your refund was issued today.↓  It will reach your card↓ , within five days↓ .\nThanks for waiting↓,we will email you soon↓!Have a good day."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα↓ . Θα φτάσει στην κάρτα σας↓  σύντομα↓.Θα σας ενημερώσουμε."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi↓,banii ajung pe card↓  în cinci zile↓ !"),
            RuleExample.reply("et", body: "Tagastasime raha täna↓ ; see jõuab kaardile↓  viie tööpäeva jooksul."),
            RuleExample.reply("id", body: "Dana sudah kami kembalikan hari ini↓.Dana akan masuk dalam lima hari kerja↓ ?"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "Your refund of 3.5 EUR left at 10:30, e.g. by card, i.e. today. See https://help.example.com/a,b?x=1;y=2 or write to help@shop.example.com.\n\n1.  Open order A-1042.\n2.  Press Return :)\n\n    Indented line. Then wait ..."),
            RuleExample.reply("el", body: "Θα κάνουμε ό,τι χρειαστεί. Ποιο είναι το νούμερο της παραγγελίας σας; Το ποσό είναι 40,50 ευρώ."),
            RuleExample.reply("ro", body: "Suma este de 40,50 lei, adică aprox. 8 EUR. Vă sunăm la ora 10:30."),
            RuleExample.reply("et", body: "Summa on 59,90 eurot. Raha jõuab 19. novembriks, nt. kell 10.30."),
            RuleExample.reply("id", body: "Dana sebesar Rp 150.000 akan masuk pukul 18.40. Terima kasih!"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let stepWords = draft.language.list(.stepWords)
        let itemStarts = Set(draft.lists.flatMap { $0.items.compactMap { $0.first?.index } })
        var findings: [Finding] = []
        for line in draft.paragraphs.joined() {
            var text = line.text
            if itemStarts.contains(line.index), let (_, start) = Draft.listMarker(text, stepWords: stepWords) {
                text = text[start...]
            }
            let links = draft.links.filter { $0.line.index == line.index }.map(\.range)
            findings += SpacingScan(line: line, text: text.trimmingWhitespace, links: links).findings()
        }
        return findings
    }
}

/// One line's spacing. Scans UTF-8 bytes (every mark and blank it looks for is ASCII) and
/// decodes characters only around a mark.
private struct SpacingScan {
    let line: TextLine
    let text: Substring
    let links: [Range<String.Index>]

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    private static func isMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"): true
        default: false
        }
    }

    func findings() -> [Finding] {
        var findings: [Finding] = []
        let bytes = text.utf8
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            if byte == Self.space || byte == Self.tab {
                var end = i
                var hasTab = false
                while end < bytes.endIndex, bytes[end] == Self.space || bytes[end] == Self.tab {
                    hasTab = hasTab || bytes[end] == Self.tab
                    end = bytes.index(after: end)
                }
                // Tabs align columns on purpose.
                if !hasTab, let finding = blanks(i, end) { findings.append(finding) }
                i = end
                continue
            }
            if Self.isMark(byte), let finding = missingSpace(i) { findings.append(finding) }
            i = bytes.index(after: i)
        }
        return findings
    }

    /// A run of spaces at [start, end), never at the line's ends (the text is trimmed).
    private func blanks(_ start: String.Index, _ end: String.Index) -> Finding? {
        guard end < text.endIndex else { return nil }
        let next = text.utf8[end]
        if Self.isMark(next), isDetachedMark(end) {
            let from = text.index(start, offsetBy: -12, limitedBy: text.startIndex) ?? text.startIndex
            let mark = Character(Unicode.Scalar(next))
            return Finding("space before '\(mark)'; delete it", at: line.location(start..<end),
                           excerpt: String(text[from...end]), suggestion: "", safeFix: true)
        }
        let count = text.utf8.distance(from: start, to: end)
        guard count >= 2 else { return nil }
        return Finding("\(count) spaces in a row; use one", at: line.location(start..<end), suggestion: " ", safeFix: true)
    }

    /// A mark after a space that ends a clause, not one that starts a word (".com", ".5"),
    /// an ellipsis or an emoticon (":)").
    private func isDetachedMark(_ i: String.Index) -> Bool {
        let mark = text.utf8[i]
        let j = text.utf8.index(after: i)
        guard j < text.endIndex else { return true }
        let after = text[j]
        if mark == UInt8(ascii: "."), after == "." { return false }
        if mark == UInt8(ascii: ":") || mark == UInt8(ascii: ";"), "()-DPpOo/|*".contains(after) { return false }
        // "wait ,we": a comma, ! or ? moved onto the next word.
        if mark == UInt8(ascii: ",") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?"), after.isLetter { return true }
        return after.isWhitespace || (after.isASCII && Self.isMark(after.asciiValue ?? 0)) || "\"')]»”’".contains(after)
    }

    /// A mark directly followed by a letter: "today.Your", "wait,we".
    private func missingSpace(_ i: String.Index) -> Finding? {
        let j = text.utf8.index(after: i)
        guard i > text.startIndex, j < text.endIndex else { return nil }
        let next = text[j]
        guard next.isLetter, !inLinkOrAddress(i) else { return nil }
        let mark = Character(Unicode.Scalar(text.utf8[i]))
        // Letters right before the mark: one alone is an abbreviation or initial (e.g., U.S., ό,τι).
        var from = i
        var letters = 0
        while from > text.startIndex, text[text.index(before: from)].isLetter {
            from = text.index(before: from)
            letters += 1
        }
        guard letters != 1 else { return nil }
        let afterNext = text.index(after: j)
        switch mark {
        case ".":
            // "file.pdf", "brightcart.example": only a capital after the period starts a sentence.
            guard letters >= 2, next.isUppercase else { return nil }
        case ":", ";":
            // ":D", ";P" are emoticons.
            if "DPpOo".contains(next), afterNext == text.endIndex || !text[afterNext].isLetter { return nil }
        default:
            break
        }
        let to = text[j...].firstIndex { !$0.isLetter } ?? text.endIndex
        return Finding("no space after '\(mark)'; add one", at: line.location(i..<j),
                       excerpt: String(text[from..<to]), suggestion: "\(mark) ", safeFix: true)
    }

    /// Inside a link, or in a token that is an address or a domain ("help@shop.example").
    private func inLinkOrAddress(_ i: String.Index) -> Bool {
        if links.contains(where: { $0.contains(i) }) { return true }
        let bytes = text.utf8
        var start = i
        while start > bytes.startIndex, bytes[bytes.index(before: start)] != Self.space { start = bytes.index(before: start) }
        let end = bytes[i...].firstIndex(of: Self.space) ?? bytes.endIndex
        let token = text[start..<end]
        return token.containsBytes("@") || token.containsBytes("://") || token.lowercased().hasPrefix("www.")
    }
}
