struct ClosingNextStepsRule: Rule {
    static let description = RuleDescription(
        identifier: "closing.next-steps", severity: .info,
        summary: "No time commitment or next step (\"within 24 hours\", \"by Friday\", \"I will email you when…\") in a reply that does not close the matter.",
        guideline: .whatHappensNext, usesLists: [.nextSteps, .closedMatter],
        triggering: [
            RuleExample.reply("en", body: "Thank you for your patience. Your refund of 40 EUR has been issued.", closing: "↓Best regards,\nJo Baker"),
            RuleExample.reply("en", body: "↓We are looking into the missing parcel.", closing: .some(nil)),
            RuleExample.reply("el", body: "Σας ευχαριστούμε για την υπομονή σας. Εξετάζουμε το θέμα της παραγγελίας σας.",
                              closing: "↓Με εκτίμηση,\nΜαρία Γεωργίου"),
            RuleExample.reply("ro", body: "Vă mulțumim pentru răbdare. Verificăm ce s-a întâmplat cu comanda dumneavoastră.",
                              closing: "↓Cu stimă,\nAna Ionescu"),
            RuleExample.reply("et", body: "Täname teid kannatlikkuse eest. Uurime, mis teie tellimusega juhtus.",
                              closing: "↓Lugupidamisega\nKati Kask"),
            RuleExample.reply("id", body: "Terima kasih atas kesabaran Anda. Kami sedang memeriksa pesanan Anda.",
                              closing: "↓Salam hangat,\nDewi Lestari"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "Your parcel is delayed. I’ll email you\ntomorrow with the new date."),
            RuleExample.reply("en", body: "Your password is reset and you’re all set."),
            RuleExample.reply("en", body: "The card on your account is updated. No further action is needed."),
            RuleExample.reply("el", body: "Η παραγγελία σας καθυστερεί. Θα σας ενημερώσω έως την Παρασκευή."),
            RuleExample.reply("el", body: "Ο κωδικός σας άλλαξε. Δεν χρειάζεται να κάνετε τίποτα άλλο."),
            RuleExample.reply("ro", body: "Comanda întârzie. Vă voi trimite noua dată de livrare până vineri."),
            RuleExample.reply("ro", body: "Parola a fost schimbată, iar problema a fost rezolvată."),
            RuleExample.reply("et", body: "Tellimus hilineb. Annan teile uuest kuupäevast teada homme."),
            RuleExample.reply("et", body: "Parool on muudetud ja probleem on lahendatud."),
            RuleExample.reply("id", body: "Pesanan Anda terlambat. Saya akan mengabari Anda besok."),
            RuleExample.reply("id", body: "Kata sandi Anda sudah diubah dan masalahnya sudah teratasi."),
            // A next step said in the present, with "tu" or without "akan"; a matter closed in
            // the customer's register.
            RuleExample.reply("ro", body: "Am schimbat adresa. Îți trimit confirmarea pe e-mail azi."),
            RuleExample.reply("ro", body: "Comanda este încheiată și nu mai este nevoie de nimic din partea dumneavoastră."),
            RuleExample.reply("el", body: "Για το μέγεθος, γράψε μου το ύψος σου και θα σου απαντήσω σήμερα."),
            RuleExample.reply("el", body: "Η παραγγελία σας έχει ολοκληρωθεί και δεν χρειάζεται να κάνετε τίποτε άλλο."),
            RuleExample.reply("et", body: "Kirjuta mulle oma pikkus ja vastan sulle täna."),
            RuleExample.reply("et", body: "Teie tellimus on lõpetatud ja teie poolt ei ole vaja midagi rohkem teha."),
            RuleExample.reply("id", body: "Kirimkan tinggi badan Kakak dan saya balas hari ini juga."),
            RuleExample.reply("id", body: "Pesanan Ibu sudah selesai dan tidak ada lagi yang perlu Ibu lakukan."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let steps = draft.phraseMatcher(.nextSteps), closed = draft.phraseMatcher(.closedMatter)
        guard !steps.isEmpty, !draft.paragraphs.isEmpty, let anchor = draft.closingAnchor else { return [] }
        let paragraphs = draft.prose
        if paragraphs.contains(where: { steps.contains(in: $0.words) || closed.contains(in: $0.words) }) { return [] }
        let example = draft.language.writtenList(.nextSteps).first ?? "I will email you by Friday"
        return [Finding("no next step or time commitment; say what happens next and when, e.g. '\(example)'",
                        at: anchor.trimmedLocation, excerpt: String(anchor.trimmed))]
    }
}
