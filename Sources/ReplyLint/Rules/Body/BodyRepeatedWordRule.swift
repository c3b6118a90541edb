struct BodyRepeatedWordRule: Rule {
    static let description = RuleDescription(
        identifier: "body.repeated-word", severity: .warning,
        summary: "The same word twice in a row (\"the the\"), case-insensitively, unless the language allows the double.",
        guideline: .proofread, usesLists: ["allowed-doubles"],
        triggering: [
            RuleExample.reply("en", body: "Your refund of 40 EUR was issued today and will reach the↓ the card within five days."),
            RuleExample.reply("en", body: "Your refund was issued today and will reach your\n↓your card within five days. We↓ we will email you."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα και↓ και θα φτάσει στην κάρτα σας μέσα σε πέντε ημέρες."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi și↓ și va ajunge pe card în cinci zile."),
            RuleExample.reply("et", body: "Tagastasime raha täna ja↓ JA see jõuab kaardile viie tööpäeva jooksul."),
            RuleExample.reply("id", body: "Dana sudah kami↓ kami kembalikan hari ini dan akan masuk dalam lima hari kerja."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "We were told that that was the last step, and the courier had had the parcel for a week."),
            RuleExample.reply("en", body: "Your order has 10 10-packs. It is. It ships Friday, Friday being our dispatch day.\n\nPlease check the\n- the address\n- the phone number"),
            RuleExample.reply("el", body: "Θα σας ενημερώνουμε σιγά σιγά για κάθε βήμα. Και αύριο, και μεθαύριο."),
            RuleExample.reply("ro", body: "Vă vom anunța încet încet despre fiecare pas. Și mâine, și poimâine."),
            RuleExample.reply("et", body: "Anname teile teada. Teada on vaja ka seda, et raha jõuab kaardile viie tööpäeva jooksul."),
            RuleExample.reply("id", body: "Anak-anak Anda boleh ikut. Sama sama, Pak. Kami siap membantu."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let allowed = Set(draft.language.list("allowed-doubles"))
        let words = draft.words
        var findings: [Finding] = []
        for (first, second) in zip(words, words.dropFirst()) {
            guard first.text.contains(where: \.isLetter), first.text.lowercased() == second.text.lowercased(),
                  !allowed.contains(TextFolding.fold(first.text)),
                  let location = Self.removal(first, second),
                  !draft.links.contains(where: { $0.line.index == second.line.index && $0.range.overlaps(second.range) })
            else { continue }
            let pair = "\(first.text) \(second.text)"
            findings.append(Finding("'\(pair)' repeats a word; delete one", at: location, excerpt: pair,
                                    suggestion: "", safeFix: true))
        }
        return findings
    }

    /// What to delete so one word stays: the space and the second word on one line; across a
    /// line break, the second word and the spaces after it. Nil when anything but whitespace
    /// stands between the words (punctuation, a list marker, a blank line).
    static func removal(_ first: Word, _ second: Word) -> FindingLocation? {
        if first.line.index == second.line.index {
            let gap = first.line.full[first.range.upperBound..<second.range.lowerBound]
            guard !gap.isEmpty, gap.allSatisfy(\.isWhitespace) else { return nil }
            return second.line.location(first.range.upperBound..<second.range.upperBound)
        }
        guard second.line.index == first.line.index + 1,
              first.line.full[first.range.upperBound...].allSatisfy(\.isWhitespace),
              second.line.full[..<second.range.lowerBound].allSatisfy(\.isWhitespace) else { return nil }
        let after = second.line.full[second.range.upperBound...].prefix(while: \.isWhitespace)
        if after.endIndex < second.line.full.endIndex {
            return second.line.location(second.range.lowerBound..<after.endIndex)
        }
        // The second word ends its line: join the lines after the first word.
        return .body(line: first.line.index, column: first.line.column(of: first.range.upperBound),
                     endLine: second.line.index, endColumn: second.line.column(of: second.range.upperBound))
    }
}
