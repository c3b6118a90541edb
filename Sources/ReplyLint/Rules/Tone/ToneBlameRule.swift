struct ToneBlameRule: Rule {
    static let description = RuleDescription(
        identifier: "tone.blame", severity: .warning,
        summary: "A phrase that blames the customer or talks down (\"as I already said\", \"you should have\", \"obviously\").",
        guideline: .showUnderstanding, usesLists: [.blame],
        triggering: [
            RuleExample.reply("en", body: "↓As I already said, refunds take five days. ↓You should have checked the tracking page."),
            RuleExample.reply("en", body: "↓Per my last email, the refund was ↓obviously issued on Monday."),
            RuleExample.reply("el", body: "↓Όπως σας είπα ήδη, η επιστροφή γίνεται σε πέντε ημέρες."),
            RuleExample.reply("ro", body: "↓După cum am spus deja, rambursarea durează cinci zile."),
            RuleExample.reply("et", body: "↓Nagu ma juba ütlesin, võtab tagasimakse viis päeva."),
            RuleExample.reply("id", body: "↓Seperti yang sudah saya katakan, pengembalian dana memakan waktu lima hari."),
            // "As I already told you" with another pronoun, person, tense, verb or word order.
            RuleExample.reply("en", body: "↓As we have already explained, the parcel left on Monday. ↓Like I said, it arrives by Friday."),
            RuleExample.reply("en", body: "↓As I wrote before, the code works once. ↓As I told you, it expires on Sunday."),
            RuleExample.reply("el", body: "↓Όπως σας έχουμε ήδη εξηγήσει, η επιστροφή γίνεται σε πέντε ημέρες."),
            RuleExample.reply("el", body: "↓Όπως σας έχω πει, η επιστροφή γίνεται σε πέντε ημέρες."),
            RuleExample.reply("el", body: "↓Όπως ήδη σας έγραψα, ο κωδικός ισχύει μία φορά."),
            RuleExample.reply("el", body: "↓Όπως σου έχω ήδη εξηγήσει, η ετικέτα είναι στο τέλος του email."),
            RuleExample.reply("en", body: "↓As I explained in my previous email, the label is at the bottom. ↓As we've said in our last reply, it is free."),
            RuleExample.reply("ro", body: "↓Așa cum v-am mai explicat, rambursarea durează cinci zile."),
            RuleExample.reply("ro", body: "↓După cum am menționat anterior, coletul a plecat luni."),
            RuleExample.reply("et", body: "↓Nagu me oleme juba selgitanud, võtab tagasimakse viis päeva."),
            RuleExample.reply("et", body: "↓Ma olen seda teile juba öelnud: tagasimakse võtab viis päeva."),
            RuleExample.reply("id", body: "↓Seperti yang telah kami jelaskan, pengembalian dana memakan waktu lima hari."),
            RuleExample.reply("id", body: "↓Sebagaimana sudah kami sampaikan sebelumnya, paket dikirim hari Senin."),
            RuleExample.reply("id", body: "↓Seharusnya Bapak mengecek folder spam terlebih dahulu."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "As we promised on Monday, your refund was issued today. We should have told you sooner."),
            RuleExample.reply("el", body: "Όπως σας υποσχεθήκαμε, η επιστροφή έγινε σήμερα."),
            RuleExample.reply("ro", body: "Așa cum v-am promis, rambursarea a fost efectuată astăzi."),
            RuleExample.reply("et", body: "Nagu lubasime, tagastasime raha täna."),
            RuleExample.reply("id", body: "Seperti yang kami janjikan, dana sudah dikembalikan hari ini."),
            // Information, not reproach: a mention without "already", what the customer should have received.
            RuleExample.reply("en", body: "As we mentioned on the phone, your refund was issued today. You should have received a confirmation email by now."),
            RuleExample.reply("el", body: "Όπως σας ενημερώσαμε, το δέμα αναχώρησε σήμερα."),
            RuleExample.reply("ro", body: "Așa cum am menționat la telefon, coletul a plecat azi."),
            RuleExample.reply("et", body: "Ma olen juba kirjutanud kullerile ja pakk jõuab homme."),
            RuleExample.reply("id", body: "Anda seharusnya sudah menerima email konfirmasi dari kami."),
            RuleExample.reply("id", body: "Bapak seharusnya sudah menerima email konfirmasi dari kami."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        draft.phrases(.blame).map { match in
            Finding("'\(match.text)' blames the customer or talks down to them; state the facts and what happens next without it",
                    at: match.location, excerpt: String(match.text))
        }
    }
}
