struct ToneNegativeRule: Rule {
    static let description = RuleDescription(
        identifier: "tone.negative", severity: .info,
        summary: "A negative word that has a positive alternative (\"unfortunately\", \"can't\", \"problem\"); the message suggests it. A negated one (\"not a problem\", \"you needn't\") reassures and is not reported; a word that itself negates gets no replacement, which would say the opposite.",
        guideline: .tone, usesLists: [.negativeWords, .negators, .negationBreaks, .negationScope, .conditionals,
                                           .notConditionals, .harmWords, .refusalAlternatives],
        triggering: [
            RuleExample.reply("en", body: "↓Unfortunately we ↓can't refund the fee, and the ↓problem is the card."),
            RuleExample.reply("en", body: "We ↓can’t ship on Sundays."),
            RuleExample.reply("el", body: "↓Δυστυχώς ↓δεν μπορούμε να επιστρέψουμε τα μεταφορικά."),
            RuleExample.reply("ro", body: "↓Din păcate, ↓nu putem rambursa taxa de livrare."),
            RuleExample.reply("et", body: "↓Kahjuks me ↓ei saa saatmiskulu tagastada."),
            RuleExample.reply("id", body: "↓Sayangnya kami ↓tidak bisa mengembalikan ongkos kirim."),
            // A negator's reach ends at punctuation or a conjunction, or after three words.
            RuleExample.reply("en", body: "We did not ship it, and the ↓problem is the address."),
            RuleExample.reply("en", body: "We could not find the cause of the ↓problem yet."),
            RuleExample.reply("el", body: "Δεν το στείλαμε, γιατί υπάρχει ↓πρόβλημα με τη διεύθυνση."),
            RuleExample.reply("ro", body: "Nu am primit coletul, dar ↓trebuie să ne trimiteți factura."),
            RuleExample.reply("et", body: "Me ei saatnud seda, sest aadressiga on ↓probleem."),
            RuleExample.reply("id", body: "Kami tidak mengirimnya, karena ada ↓masalah dengan alamatnya."),
            // A word that negates stays negative after a negator (Romanian negative concord).
            RuleExample.reply("ro", body: "Nu livrăm ↓niciodată duminica."),
            // A prohibition gets the advice, never "please" in the place of "must" ("please not pay").
            RuleExample.reply("en", body: "You ↓must not pay the second invoice: I have cancelled it.").suggesting("please don't …"),
            // A condition reaches to the end of its clause, not past its comma.
            RuleExample.reply("en", body: "If you order today, ↓unfortunately it still ships on Monday."),
            RuleExample.reply("ro", body: "Dacă plasați comanda azi, ↓din păcate pleacă abia luni."),
            // A refusal is still one: nothing harmful is promised away, no alternative follows.
            RuleExample.reply("en", body: "We ↓won't refund the delivery fee for this order."),
            RuleExample.reply("en", body: "We will ↓never accept returns of opened food."),
            RuleExample.reply("el", body: "↓Δεν μπορούμε να δεχτούμε την επιστροφή μετά από 30 ημέρες."),
            RuleExample.reply("ro", body: "↓Nu putem returna taxa de livrare pentru această comandă."),
            RuleExample.reply("et", body: "Me ↓ei saa saatmiskulu tagastada."),
            RuleExample.reply("id", body: "Kami ↓tidak bisa mengembalikan ongkos kirim untuk pesanan ini."),
            // Estonian "kui" compares or tells a time as well: "rohkem kui", "niipea kui".
            RuleExample.reply("et", body: "Tarne võttis kauem kui nädal ja ↓kahjuks jäi kuller veel hiljaks."),
            RuleExample.reply("et", body: "Ootasite rohkem kui kaks nädalat ja see on ↓probleem, mille lahendame täna."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "As it happens, we can refund the fee as a voucher."),
            RuleExample.reply("el", body: "Πότε θα φτάσει; Αύριο, με το πρώτο δρομολόγιο."),
            RuleExample.reply("ro", body: "Vă putem rambursa taxa sub forma unui voucher."),
            RuleExample.reply("et", body: "Saame saatmiskulu tagastada kinkekaardina."),
            RuleExample.reply("id", body: "Kami bisa mengembalikan ongkos kirim sebagai voucher."),
            // Negated, a negative word reassures.
            RuleExample.reply("en", body: "That is not a problem at all, and you don’t have to pay again."),
            RuleExample.reply("el", body: "Δεν πρέπει να ανησυχείτε, δεν υπάρχει κανένα πρόβλημα με την παραγγελία σας."),
            RuleExample.reply("ro", body: "Nu trebuie să returnați nimic; nu este nicio problemă."),
            RuleExample.reply("et", body: "See ei ole probleem, raha jõuab kaardile homme."),
            RuleExample.reply("id", body: "Anda tidak harus mengembalikan apa pun, ini bukan masalah."),
            // A reassurance, not the "No problem!" that answers thanks.
            RuleExample.reply("en", body: "There's no problem with your account, and your refund reaches your card by Friday."),
            // In a condition, a negative word offers help: even one that negates.
            RuleExample.reply("en", body: "If the new one has any problem at all, just reply here. If you cannot use the app, please call us."),
            RuleExample.reply("el", body: "Αν το νέο φωτιστικό έχει οποιοδήποτε πρόβλημα, απαντήστε σε αυτό το μήνυμα."),
            RuleExample.reply("ro", body: "Dacă noua vază are vreo problemă, scrieți-mi direct la această adresă."),
            RuleExample.reply("et", body: "Kui uuega on mingi probleem, vasta sellele kirjale."),
            RuleExample.reply("id", body: "Kalau vas yang baru ada masalah, silakan balas email ini."),
            RuleExample.reply("et", body: "Kui teil on küsimusi või mingi probleem, vastake sellele kirjale."),
            // A promise that something bad will not happen reassures.
            RuleExample.reply("en", body: "We will never share your data, this won't happen again, and you won't be charged twice."),
            RuleExample.reply("en", body: "Good news: our gift cards never expire."),
            RuleExample.reply("el", body: "Δεν μπορούμε να χρεώσουμε ξανά την κάρτα σας χωρίς την έγκρισή σας."),
            RuleExample.reply("ro", body: "Nu vom împărtăși niciodată datele dumneavoastră și nu veți fi taxat de două ori."),
            RuleExample.reply("et", body: "Me ei jaga teie andmeid mitte kunagi kellegagi."),
            RuleExample.reply("id", body: "Kami tidak pernah membagikan data Bapak kepada pihak lain."),
            // A refusal followed by what can be done instead, in its sentence or the next.
            RuleExample.reply("en", body: "We cannot refund the delivery fee. What we can do instead is send you a £5 voucher."),
            RuleExample.reply("el", body: "Δεν μπορούμε να δεχτούμε την επιστροφή. Αυτό που μπορούμε να κάνουμε είναι να σας στείλουμε ένα κουπόνι."),
            RuleExample.reply("ro", body: "Nu putem returna taxa de livrare, dar vă putem oferi un voucher de 20 de lei."),
            RuleExample.reply("et", body: "Me ei saa saatmiskulu tagastada. Saame teile hoopis pakkuda kinkekaardi."),
            RuleExample.reply("id", body: "Kami tidak bisa mengembalikan ongkos kirim. Sebagai gantinya, kami bisa memberikan voucher."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let alternatives = draft.language.map(.negativeWords)
        return draft.phrases(.negativeWords).compactMap { match in
            guard let options = alternatives[match.phrase], !options.isEmpty else { return nil }
            // "not a problem", "nu trebuie să returnați nimic": negated, it reassures. A word that
            // negates itself stays negative after a negator: "nu livrăm niciodată" is "never".
            let negates = draft.negates(match.text)
            guard negates || !draft.isNegated(match) else { return nil }
            // "If you cannot use the app", "dacă noua vază are vreo problemă": a condition offers help.
            guard !draft.isConditional(match) else { return nil }
            // "We will never share your data", "you won't be charged": a promise that something
            // bad will not happen reassures.
            if negates, draft.isReassurance(match) { return nil }
            // "We cannot refund the fee. What we can do is …": the refusal comes with its alternative.
            if options.contains(where: Self.isOpening), draft.offersAlternative(match) { return nil }
            let tries = options.map { "'\($0)'" }.joined(separator: " or ")
            return Finding("'\(match.text)' sounds negative; try \(tries)", at: match.location,
                           excerpt: String(match.text), suggestion: negates ? nil : Self.replacement(match.text, options))
        }
    }

    /// The alternative to put in the phrase's place: not an opening that ends in "…" ("what we
    /// can do is …"). A phrase that negates gets none, since a plain alternative would say the
    /// opposite ("can't" → "can", "never" → "always", "nu putem" → "putem").
    static func replacement(_ text: String, _ options: [String]) -> String? {
        guard let first = options.first(where: { !Self.isOpening($0) }) else { return nil }
        return text.first?.isUppercase == true ? first.prefix(1).uppercased() + first.dropFirst() : first
    }

    /// An alternative that starts a rephrased sentence rather than replacing the words.
    static func isOpening(_ alternative: String) -> Bool { alternative.hasSuffix("…") || alternative.hasSuffix("...") }
}
