struct BodySentenceLengthRule: Rule {
    static let maxWords = RuleParameter.integer(
        "max-words", default: 30, help: "Most words a sentence may have.")

    static let description = RuleDescription(
        identifier: "body.sentence-length", severity: .info,
        summary: "A sentence of the new text with more words than a reader takes in at once (30 by default).",
        guideline: .shortSteps,
        parameters: [Self.maxWords],
        triggering: [
            RuleExample.reply("en", body: "Thank you for writing. ↓Your refund of 40 EUR, which we issued this morning after our payment provider finished the extra check that held it last week, will reach the card you paid with within five working days, and we will email you when it does."),
            RuleExample.reply("en", body: "To get your refund:\n\n1. ↓Open the order page in your account, choose the order with the blue jacket, press the button that says Return, pick the reason from the list and confirm that the jacket is unworn and still has its tags.\n2. Post the parcel."),
            RuleExample.reply("el", body: "Σας ευχαριστούμε. ↓Η επιστροφή των 40 ευρώ, την οποία κάναμε σήμερα το πρωί αφού ο πάροχος πληρωμών ολοκλήρωσε τον επιπλέον έλεγχο που την καθυστέρησε την περασμένη εβδομάδα, θα φτάσει στην κάρτα με την οποία πληρώσατε μέσα σε πέντε εργάσιμες ημέρες."),
            RuleExample.reply("ro", body: "Vă mulțumim. ↓Rambursarea de 40 EUR, pe care am efectuat-o astăzi dimineață după ce furnizorul nostru de plăți a terminat verificarea suplimentară care a întârziat-o săptămâna trecută, va ajunge pe cardul cu care ați plătit în cel mult cinci zile lucrătoare."),
            RuleExample.reply("et", body: "Aitäh. ↓Tagastasime täna hommikul 40 eurot pärast seda, kui meie makseteenuse pakkuja lõpetas lisakontrolli, mis makset eelmisel nädalal kinni hoidis, ja raha jõuab kaardile, millega te maksite, hiljemalt viie tööpäeva jooksul, ning me anname teile kohe teada, kui pank on ülekande kinnitanud."),
            RuleExample.reply("id", body: "Terima kasih. ↓Pengembalian dana sebesar 40 EUR yang kami proses pagi ini setelah penyedia pembayaran kami menyelesaikan pemeriksaan tambahan yang menahannya minggu lalu akan masuk ke kartu yang Anda gunakan untuk membayar dalam lima hari kerja dan kami akan mengabari Anda begitu dana itu masuk."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            // Thirty words exactly, over two wrapped lines.
            RuleExample.reply("en", body: "Your refund of 40 EUR was issued early this morning after our payment provider finished an extra\ncheck, and it will reach your card within five working days from today."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα. Θα φτάσει στην κάρτα σας μέσα σε πέντε εργάσιμες ημέρες. Θα σας ενημερώσουμε μόλις ολοκληρωθεί."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi. Va ajunge pe card în cinci zile lucrătoare. Vă anunțăm când banii ajung."),
            RuleExample.reply("et", body: "Tagastasime raha täna. See jõuab kaardile viie tööpäeva jooksul. Anname teada, kui pank on ülekande kinnitanud."),
            RuleExample.reply("id", body: "Dana sudah kami kembalikan hari ini. Dana akan masuk dalam lima hari kerja. Kami akan mengabari Anda setelahnya."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let max = context.int(Self.maxWords)
        return draft.passages.flatMap(\.sentences).compactMap { sentence in
            guard sentence.words.count > max else { return nil }
            let opening = Self.opening(sentence.words)
            return Finding("sentence has \(sentence.words.count) words; keep it to \(max) by splitting it ('\(opening)')",
                           at: sentence.location, excerpt: opening)
        }
    }

    /// The first few words of a passage, for the message.
    static func opening(_ words: [Word], count: Int = 4) -> String {
        guard let first = words.first else { return "" }
        let shown = words.prefix(count)
        guard let last = shown.last else { return "" }
        if last.line.index == first.line.index {
            return String(first.line.full[first.range.lowerBound..<last.range.upperBound]) + (words.count > count ? "…" : "")
        }
        return shown.map { String($0.text) }.joined(separator: " ") + "…"
    }
}
