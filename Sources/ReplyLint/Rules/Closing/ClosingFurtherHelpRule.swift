struct ClosingFurtherHelpRule: Rule {
    static let description = RuleDescription(
        identifier: "closing.further-help", severity: .info,
        summary: "No offer of further help (\"let me know if there is anything else I can do\").",
        guideline: .whatHappensNext, usesLists: [.furtherHelp],
        triggering: [
            RuleExample.reply("en", closing: "↓Best regards,\nJo Baker"),
            RuleExample.reply("en", body: "Your refund was issued today.\n\nLet us check the rest tomorrow.", closing: "↓Kind regards,\nJo"),
            RuleExample.reply("el", closing: "↓Με εκτίμηση,\nΜαρία Γεωργίου"),
            RuleExample.reply("ro", closing: "↓Cu stimă,\nAna Ionescu"),
            RuleExample.reply("et", closing: "↓Lugupidamisega\nKati Kask"),
            RuleExample.reply("id", closing: "↓Salam hangat,\nDewi Lestari"),
            // An instruction is no offer: "write the order number", not "write to me".
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi. Scrieți numărul comenzii pe colet.",
                              closing: "↓Cu stimă,\nAna Ionescu"),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα. Γράψτε τον αριθμό παραγγελίας στο δέμα.",
                              closing: "↓Με εκτίμηση,\nΜαρία Γεωργίου"),
        ],
        nonTriggering: [
            RuleExample.reply("en", body: "Your refund was issued today.\n\nIf there is anything else I can do, just reply to\nthis email."),
            RuleExample.reply("en", body: "Your refund was issued today. Let me know if the money has not arrived by Friday."),
            RuleExample.reply("en", body: "Your refund was issued today. Don’t hesitate to write back."),
            RuleExample.reply("en", body: "The refund is on its way. You can reach me directly on 020 7946 0321 if you would rather talk it through."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα. Αν χρειάζεστε οτιδήποτε άλλο, είμαι στη διάθεσή σας."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi. Dacă mai aveți întrebări, nu ezitaţi să ne scrieți."),
            RuleExample.reply("et", body: "Tagastasime raha täna. Kui teil on veel küsimusi, vastake sellele kirjale."),
            RuleExample.reply("id", body: "Dana sudah kami kembalikan hari ini. Jika ada pertanyaan lain, silakan balas email ini."),
            // The offer as agents vary it: clitics, other verbs, other word order.
            RuleExample.reply("en", body: "Your refund was issued today. Should you need anything else, drop me a line."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα. Αν κάτι δεν πάει καλά, γράψτε μου."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα. Πείτε μου αν θέλετε και απόδειξη."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi. Dacă banii nu apar până vineri, scrieți-mi."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi. Pentru altă variantă, răspundeți-mi la acest e-mail."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi. Dacă doriți și factura, anunțați-mă."),
            RuleExample.reply("et", body: "Tagastasime raha täna. Oleme meeleldi abiks."),
            RuleExample.reply("et", body: "Tagastasime raha täna. Kui tekib veel küsimusi, andke julgelt teada."),
            RuleExample.reply("id", body: "Dana sudah kami kembalikan hari ini. Kami siap membantu jika ada kendala."),
            // Informal offers, to a customer addressed as tu, sina, εσύ or Kak.
            RuleExample.reply("en", body: "Your refund was issued today. If your accountant needs another format, just let me know."),
            RuleExample.reply("en", body: "Your refund was issued today. If it still fails, reply here and I'll look into it."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα. Αν δεν τη δεις ως την Πέμπτη, στείλε μου ένα μήνυμα."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi. Dacă vrei altă mărime, scrie-mi și ți-o rezerv."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi. Vă rog să îmi spuneți până vineri ce variantă preferați."),
            RuleExample.reply("et", body: "Tagastasime raha täna. Kui midagi jääb segaseks, kirjuta mulle julgelt."),
            RuleExample.reply("id", body: "Dana sudah kami kembalikan hari ini. Kalau masih belum masuk, balas saja email ini ya, Kak."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let offers = draft.phraseMatcher(.furtherHelp)
        guard !offers.isEmpty, !draft.paragraphs.isEmpty, let anchor = draft.closingAnchor else { return [] }
        if draft.prose.contains(where: { offers.contains(in: $0.words) }) { return [] }
        let example = draft.language.writtenList(.furtherHelp).first ?? "let me know if there is anything else I can do"
        return [Finding("no offer of further help; add one before the sign-off, e.g. '\(example)'",
                        at: anchor.trimmedLocation, excerpt: String(anchor.trimmed))]
    }
}
