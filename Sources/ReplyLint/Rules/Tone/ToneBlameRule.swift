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
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "As we promised on Monday, your refund was issued today. We should have told you sooner."),
            RuleExample.reply("el", body: "Όπως σας υποσχεθήκαμε, η επιστροφή έγινε σήμερα."),
            RuleExample.reply("ro", body: "Așa cum v-am promis, rambursarea a fost efectuată astăzi."),
            RuleExample.reply("et", body: "Nagu lubasime, tagastasime raha täna."),
            RuleExample.reply("id", body: "Seperti yang kami janjikan, dana sudah dikembalikan hari ini."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        draft.phrases(.blame).map { match in
            Finding("'\(match.text)' blames the customer or talks down to them; state the facts and what happens next without it",
                    at: match.location, excerpt: String(match.text))
        }
    }
}
