struct BodyJargonRule: Rule {
    static let description = RuleDescription(
        identifier: "body.jargon", severity: .info,
        summary: "A term of the trade the customer may not know (\"cache\", \"backend\", \"SKU\"); organisations add their own under `languages: <code>: jargon:`.",
        guideline: .shortSteps, usesLists: [.jargon],
        triggering: [
            RuleExample.reply("en", body: "Please clear your ↓cache; the ↓backend has the right ↓SKU now."),
            RuleExample.reply("en", body: "I have ↓escalated your case to our payments team."),
            RuleExample.reply("el", body: "Καθαρίστε την ↓κρυφή μνήμη του προγράμματος περιήγησης."),
            RuleExample.reply("ro", body: "Vă rugăm să goliți ↓memoria cache a browserului."),
            RuleExample.reply("et", body: "Palun tühjendage brauseri ↓vahemälu."),
            RuleExample.reply("id", body: "Kami sudah melakukan ↓eskalasi ke tim pembayaran."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "Please sign out and back in; see https://help.example.com/cache for pictures."),
            RuleExample.reply("el", body: "Αποσυνδεθείτε και συνδεθείτε ξανά στην εφαρμογή."),
            RuleExample.reply("ro", body: "Deconectați-vă și conectați-vă din nou în aplicație."),
            RuleExample.reply("et", body: "Logige rakendusest välja ja uuesti sisse."),
            RuleExample.reply("id", body: "Silakan keluar lalu masuk kembali ke aplikasi."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        draft.phrases(.jargon).map { match in
            Finding("'\(match.text)' may be jargon to the customer; use an everyday word or explain it",
                    at: match.location, excerpt: String(match.text))
        }
    }
}
