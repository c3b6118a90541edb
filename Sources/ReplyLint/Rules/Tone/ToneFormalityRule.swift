struct ToneFormalityRule: Rule {
    static let description = RuleDescription(
        identifier: "tone.formality", severity: .info,
        summary: "A stiff form of address with no name (\"Dear Sir or Madam\", \"Sir\", \"Madam\"): in the greeting, or set off by punctuation in the text.",
        guideline: .tone, usesLists: [.formality],
        triggering: [
            RuleExample.reply("en", greeting: "↓Dear Sir,"),
            RuleExample.reply("en", greeting: "↓Dear Sir or Madam,"),
            RuleExample.reply("en", body: "Thank you, ↓sir. Your refund was issued today."),
            RuleExample.reply("el", greeting: "↓Αγαπητέ κύριε,"),
            RuleExample.reply("ro", greeting: "↓Stimate domnule,"),
            RuleExample.reply("et", greeting: "↓Lugupeetud härra!"),
            RuleExample.reply("id", greeting: "↓Bapak/Ibu yang terhormat,"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", greeting: "Dear Sir John,"),
            RuleExample.reply("el", greeting: "Αγαπητή κυρία Γεωργίου,", body: "Η κύρια διεύθυνση του λογαριασμού σας άλλαξε σήμερα."),
            RuleExample.reply("ro", greeting: "Stimată doamnă Ionescu,"),
            RuleExample.reply("et", greeting: "Lugupeetud härra Kuusk!"),
            RuleExample.reply("id", greeting: "Yth. Ibu Sari,", body: "Bapak/Ibu dapat melihat status pesanan di aplikasi."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        draft.phrases(.formality).compactMap { match in
            let full = match.line.full
            let after = full[match.range.upperBound...].drop { $0 == " " || $0 == "\t" }
            // "Sir John", "κύριε Παπαδόπουλε": a name follows, the address is personal.
            guard after.first?.isUppercase != true else { return nil }
            if let greeting = draft.greeting, greeting.line.index == match.line.index, greeting.range.contains(match.range.lowerBound) {
                return finding(match)
            }
            // In running text only a vocative set off by punctuation counts ("Thank you, sir."),
            // so "η κύρια διεύθυνση" (the main address) is not "κυρία".
            let before = full[..<match.range.lowerBound].reversed().drop { $0 == " " || $0 == "\t" }.first
            let isSetOff = { (c: Character?) in c.map { ",.;:!?".contains($0) } ?? true }
            return isSetOff(before) && isSetOff(after.first) ? finding(match) : nil
        }
    }

    private func finding(_ match: PhraseMatch) -> Finding {
        Finding("'\(match.text)' reads as stiff; address the customer by name", at: match.location, excerpt: String(match.text))
    }
}
