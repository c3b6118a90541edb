struct BodySpacingRule: Rule {
    static let description = RuleDescription(
        identifier: "body.spacing", severity: .info,
        summary: "Doubled spaces inside a line, a space before , . ! ? ; : or none after one when a letter follows.",
        guideline: .proofread,
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
        let stepWords = draft.language.list("step-words")
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

/// One line's spacing, read character by character.
private struct SpacingScan {
    let line: TextLine
    let chars: [Character]
    let indices: [String.Index]
    let links: [Range<String.Index>]
    static let marks: Set<Character> = [",", ".", "!", "?", ";", ":"]

    init(line: TextLine, text: Substring, links: [Range<String.Index>]) {
        self.line = line
        chars = Array(text)
        indices = Array(text.indices) + [text.endIndex]
        self.links = links
    }

    func findings() -> [Finding] {
        var findings: [Finding] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" {
                var end = i
                while end < chars.count, chars[end] == " " || chars[end] == "\t" { end += 1 }
                if let finding = space(i, end) { findings.append(finding) }
                i = end
                continue
            }
            if Self.marks.contains(c), let finding = missingSpace(i) { findings.append(finding) }
            i += 1
        }
        return findings
    }

    private func range(_ from: Int, _ to: Int) -> Range<String.Index> { indices[from]..<indices[to] }

    /// A run of blanks at [start, end), never at the line's ends (the text is trimmed).
    private func space(_ start: Int, _ end: Int) -> Finding? {
        guard end < chars.count, !chars[start..<end].contains("\t") else { return nil }
        let next = chars[end]
        if Self.marks.contains(next), isDetachedMark(end) {
            return Finding("space before '\(next)'; delete it", at: line.location(range(start, end)),
                           excerpt: String(chars[max(0, start - 12)...end]), suggestion: "", safeFix: true)
        }
        guard end - start >= 2 else { return nil }
        return Finding("\(end - start) spaces in a row; use one", at: line.location(range(start, end)),
                       suggestion: " ", safeFix: true)
    }

    /// A mark after a space that ends a clause, not one that starts a word (".com", ".5"),
    /// an ellipsis or an emoticon (":)").
    private func isDetachedMark(_ i: Int) -> Bool {
        let after = i + 1 < chars.count ? chars[i + 1] : " "
        if chars[i] == ".", after == "." { return false }
        if chars[i] == ":" || chars[i] == ";", "()-DPpOo/|*".contains(after) { return false }
        // "wait ,we": a comma, ! or ? moved onto the next word.
        if ",!?".contains(chars[i]), after.isLetter { return true }
        return after.isWhitespace || Self.marks.contains(after) || "\"')]»”’".contains(after)
    }

    /// A mark directly followed by a letter: "today.Your", "wait,we".
    private func missingSpace(_ i: Int) -> Finding? {
        guard i > 0, i + 1 < chars.count, chars[i + 1].isLetter, !inLinkOrAddress(i) else { return nil }
        let mark = chars[i]
        // Letters right before the mark: one alone is an abbreviation or initial (e.g., U.S., ό,τι).
        var letters = 0
        while i - letters - 1 >= 0, chars[i - letters - 1].isLetter { letters += 1 }
        guard letters != 1 else { return nil }
        switch mark {
        case ".":
            // "file.pdf", "brightcart.example": only a capital after the period starts a sentence.
            guard letters >= 2, chars[i + 1].isUppercase else { return nil }
        case ":", ";":
            // ":D", ";P" are emoticons.
            if i + 2 >= chars.count || !chars[i + 2].isLetter, "DPpOo".contains(chars[i + 1]) { return nil }
        default:
            break
        }
        let from = max(0, i - letters)
        var to = i + 1
        while to < chars.count, chars[to].isLetter { to += 1 }
        return Finding("no space after '\(mark)'; add one", at: line.location(range(i, i + 1)),
                       excerpt: String(chars[from..<to]), suggestion: "\(mark) ", safeFix: true)
    }

    /// Inside a link, or in a token that is an address or a domain ("help@shop.example").
    private func inLinkOrAddress(_ i: Int) -> Bool {
        let index = indices[i]
        if links.contains(where: { $0.contains(index) }) { return true }
        var start = i
        while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
        var end = i
        while end < chars.count, !chars[end].isWhitespace { end += 1 }
        let token = String(chars[start..<end])
        return token.contains("@") || token.contains("://") || token.lowercased().hasPrefix("www.")
    }
}
