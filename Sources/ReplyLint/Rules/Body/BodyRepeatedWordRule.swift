struct BodyRepeatedWordRule: Rule {
    static let description = RuleDescription(
        identifier: "body.repeated-word", severity: .warning,
        summary: "The same word twice in a row (\"the the\"), case-insensitively, unless the language allows the double. Where reduplication takes a hyphen (Indonesian \"anak-anak\"), a pair is not fixed automatically.",
        guideline: .proofread, usesLists: [.allowedDoubles, .reduplication],
        triggering: [
            RuleExample.reply("en", body: "Your refund of 40 EUR was issued today and will reach the↓ the card within five days."),
            RuleExample.reply("en", body: "Your refund was issued today and will reach your\n↓your card within five days. We↓ we will email you."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα και↓ και θα φτάσει στην κάρτα σας μέσα σε πέντε ημέρες."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi și↓ Și va ajunge pe card în cinci zile."),
            RuleExample.reply("et", body: "Tagastasime raha täna ja↓ JA see jõuab kaardile viie tööpäeva jooksul."),
            RuleExample.reply("id", body: "Dana sudah kami↓ kami kembalikan hari ini dan akan masuk dalam lima hari kerja."),
            // Either a repeat or "anak-anak" without its hyphen: reported, not fixed.
            RuleExample.reply("id", body: "Silakan ajak anak↓ anak Anda ke toko kami untuk penukaran barang."),
            // A run is one finding that deletes every repeat.
            RuleExample.reply("en", body: "Your refund will reach the↓ the the card within five days."),
            RuleExample.reply("en", body: "Your refund will reach the\n↓the the card within five days."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "We were told that that was the last step, and the courier had had the parcel for a week."),
            RuleExample.reply("en", body: "Your order has 10 10-packs. It is. It ships Friday, Friday being our dispatch day.\n\nPlease check the\n- the address\n- the phone number"),
            RuleExample.reply("el", body: "Θα σας ενημερώνουμε σιγά σιγά για κάθε βήμα. Και αύριο, και μεθαύριο."),
            RuleExample.reply("ro", body: "Vă vom anunța încet încet despre fiecare pas. Și mâine, și poimâine."),
            RuleExample.reply("et", body: "Anname teile teada. Teada on vaja ka seda, et raha jõuab kaardile viie tööpäeva jooksul."),
            RuleExample.reply("id", body: "Anak-anak Anda boleh ikut. Sama sama, Pak. Kami siap membantu."),
            // Idiomatic reduplication, as each language's allowed-doubles list has it.
            RuleExample.reply("en", body: "The courier said the route was so-so this week. Bye bye for now, and thank you."),
            RuleExample.reply("el", body: "Θα στείλουμε τα προϊόντα ένα ένα, κομμάτι κομμάτι, και λίγο λίγο θα φτάσουν όλα. Μην το κάνετε γρήγορα γρήγορα."),
            RuleExample.reply("ro", body: "Coletele vor pleca repede repede, iar restul încet încet. Livrarea a mers așa așa luna trecută."),
            RuleExample.reply("et", body: "Pakk jõuab teieni kohe kohe. Kaupa saadame tasa tasa, vähehaaval."),
            // A postposition meeting the same preposition: "for safety, after five tries".
            RuleExample.reply("et", body: "Konto lukustati turvalisuse pärast pärast viit valet katset."),
            RuleExample.reply("id", body: "Paket tiba tiba tertahan di gudang. Kami akan mengirimnya satu satu, pelan pelan, dan cepat cepat memberi kabar."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let allowed = draft.language.set(.allowedDoubles)
        let hyphenates = draft.language.scalar(.reduplication) == "hyphen"
        let words = draft.words
        func repeats(_ i: Int) -> Bool {
            let (first, second) = (words[i], words[i + 1])
            return Self.sameIgnoringCase(first.text, second.text) && first.text.hasLetter
                && !allowed.contains(TextFolding.fold(first.text))
                && !draft.links.contains { $0.line.index == second.line.index && $0.range.overlaps(second.range) }
        }
        var findings: [Finding] = []
        var i = 0
        while i + 1 < words.count {
            guard repeats(i), Self.onlySpaceBetween(words[i], words[i + 1]) else { i += 1; continue }
            // "the the the" is one finding that deletes every repeat.
            var last = i + 1
            while last + 1 < words.count, words[last + 1].line.index == words[last].line.index, repeats(last),
                  Self.onlySpaceBetween(words[last], words[last + 1]) {
                last += 1
            }
            let (first, final) = (words[i], words[last])
            var excerpt = first.line.index == final.line.index
                ? String(first.line.full[first.range.lowerBound..<final.range.upperBound])
                : words[i...last].map { String($0.text) }.joined(separator: " ")
            if excerpt.count > 40 { excerpt = excerpt.prefix(40) + "…" }
            if hyphenates, last == i + 1 {
                // "anak anak" may be "anak-anak" missing its hyphen: the writer decides.
                let joined = "\(words[i].text)-\(words[i + 1].text)"
                findings.append(Finding("'\(excerpt)' repeats a word; delete one, or write '\(joined)' if it is a reduplication",
                                        at: Self.removal(first, words[i + 1], final), excerpt: excerpt))
                i = last
                continue
            }
            findings.append(Finding("'\(excerpt)' repeats a word; delete \(last > i + 1 ? "the repeats" : "one")",
                                    at: Self.removal(first, words[i + 1], final), excerpt: excerpt, suggestion: "", safeFix: true))
            i = last
        }
        return findings
    }

    /// Case-insensitive equality without lower-casing every pair of the draft: case variants of
    /// one word have the same UTF-8 length in these languages, and ASCII folds byte by byte.
    static func sameIgnoringCase(_ a: Substring, _ b: Substring) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var ascii = true
        for (x, y) in zip(a.utf8, b.utf8) {
            if x >= 0x80 || y >= 0x80 { ascii = false; break }
            let fx = (0x41...0x5A).contains(x) ? x | 0x20 : x
            let fy = (0x41...0x5A).contains(y) ? y | 0x20 : y
            if fx != fy { return false }
        }
        return ascii || a.lowercased() == b.lowercased()
    }

    /// Only whitespace between two words: on one line, or at a line break without a list marker.
    static func onlySpaceBetween(_ first: Word, _ second: Word) -> Bool {
        if first.line.index == second.line.index {
            let gap = first.line.full[first.range.upperBound..<second.range.lowerBound]
            return !gap.isEmpty && gap.allSatisfy(\.isWhitespace)
        }
        return second.line.index == first.line.index + 1
            && first.line.full[first.range.upperBound...].allSatisfy(\.isWhitespace)
            && second.line.full[..<second.range.lowerBound].allSatisfy(\.isWhitespace)
    }

    /// What to delete so one word stays: on one line, the repeats with the spaces before them;
    /// after a line break, the repeats on the next line with the spaces after them (or, when
    /// they end that line, everything from the first word's end, joining the lines).
    static func removal(_ first: Word, _ second: Word, _ last: Word) -> FindingLocation {
        if first.line.index == second.line.index {
            return first.line.location(first.range.upperBound..<last.range.upperBound)
        }
        let after = last.line.full[last.range.upperBound...].prefix(while: \.isWhitespace)
        if after.endIndex < last.line.full.endIndex {
            return last.line.location(second.range.lowerBound..<after.endIndex)
        }
        return .body(line: first.line.index, column: first.line.column(of: first.range.upperBound),
                     endLine: last.line.index, endColumn: last.line.column(of: last.range.upperBound))
    }
}
