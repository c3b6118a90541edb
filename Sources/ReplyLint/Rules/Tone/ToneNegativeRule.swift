struct ToneNegativeRule: Rule {
    static let description = RuleDescription(
        identifier: "tone.negative", severity: .info,
        summary: "A negative word that has a positive alternative (\"unfortunately\", \"can't\", \"problem\"); the message suggests it.",
        guideline: .tone, usesLists: [.negativeWords],
        triggering: [
            RuleExample.reply("en", body: "↓Unfortunately we ↓can't refund the fee, and the ↓problem is the card."),
            RuleExample.reply("en", body: "We ↓can’t ship on Sundays."),
            RuleExample.reply("el", body: "↓Δυστυχώς ↓δεν μπορούμε να επιστρέψουμε τα μεταφορικά."),
            RuleExample.reply("ro", body: "↓Din păcate, ↓nu putem rambursa taxa de livrare."),
            RuleExample.reply("et", body: "↓Kahjuks me ↓ei saa saatmiskulu tagastada."),
            RuleExample.reply("id", body: "↓Sayangnya kami ↓tidak bisa mengembalikan ongkos kirim."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "As it happens, we can refund the fee as a voucher."),
            RuleExample.reply("el", body: "Πότε θα φτάσει; Αύριο, με το πρώτο δρομολόγιο."),
            RuleExample.reply("ro", body: "Vă putem rambursa taxa sub forma unui voucher."),
            RuleExample.reply("et", body: "Saame saatmiskulu tagastada kinkekaardina."),
            RuleExample.reply("id", body: "Kami bisa mengembalikan ongkos kirim sebagai voucher."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let alternatives = draft.language.map(.negativeWords)
        return draft.phrases(.negativeWords).compactMap { match in
            guard let options = alternatives[match.phrase], let first = options.first else { return nil }
            let tries = options.map { "'\($0)'" }.joined(separator: " or ")
            let suggestion = match.text.first?.isUppercase == true ? first.prefix(1).uppercased() + first.dropFirst() : first
            return Finding("'\(match.text)' sounds negative; try \(tries)", at: match.location,
                           excerpt: String(match.text), suggestion: suggestion)
        }
    }
}
