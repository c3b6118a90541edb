struct ToneThanksRule: Rule {
    static let description = RuleDescription(
        identifier: "tone.thanks", severity: .info,
        summary: "No thanks anywhere in the new text; a sign-off line \"Thanks,\" alone does not count.",
        guideline: .showUnderstanding, usesLists: [.thanks],
        triggering: [
            RuleExample.reply("en", greeting: "↓Dear Anna,", body: "Your refund of 40 EUR was issued today and will reach your card within five working days."),
            RuleExample.reply("en", body: "Your refund of 40 EUR was issued today.", closing: "Thanks,\nJo Baker"),
            RuleExample.reply("en", greeting: .some(nil), body: "↓Your refund of 40 EUR was issued today."),
            RuleExample.reply("el", greeting: "↓Αγαπητέ κύριε Παπαδόπουλε,", body: "Η επιστροφή των 40 ευρώ έγινε σήμερα.", closing: "Ευχαριστώ,\nΜαρία Γεωργίου"),
            RuleExample.reply("ro", greeting: "↓Stimate domnule Popescu,", body: "Rambursarea de 40 EUR a fost efectuată astăzi."),
            RuleExample.reply("et", greeting: "↓Tere, Mari!", body: "Tagastasime täna 40 eurot.", closing: "Aitäh\nKati Kask"),
            // "Tänu" alone is "thanks to", a cause, not thanks.
            RuleExample.reply("et", greeting: "↓Tere, Mari!", body: "Tänu kullerile jõudis pakk kiiresti."),
            RuleExample.reply("id", greeting: "↓Halo Pak Budi,", body: "Pengembalian dana sudah kami proses hari ini."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", greeting: "Hi Anna, thanks for writing in.", body: "Your refund was issued today."),
            RuleExample.reply("en", body: "Your refund was issued today. Thanks again for your patience.", closing: "Thanks,\nJo Baker"),
            RuleExample.reply("el", body: "Ευχαριστούμε που μας γράψατε. Η επιστροφή έγινε σήμερα."),
            RuleExample.reply("ro", body: "Mulțumim pentru mesaj. Rambursarea a fost efectuată astăzi."),
            RuleExample.reply("et", body: "Aitäh, et kirjutasite. Tagastasime täna 40 eurot."),
            RuleExample.reply("et", body: "Suur tänu teie kirja eest! Andsime teie head sõnad laole edasi."),
            RuleExample.reply("id", body: "Terima kasih sudah menghubungi kami. Dana sudah kami kembalikan."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        // The sign-off line is left out: "Thanks," there closes the mail, it thanks no one for anything.
        let signOff = draft.signOff?.line.index
        guard draft.phrases(.thanks, where: { $0.index != signOff }).isEmpty else { return [] }
        let example = draft.language.writtenList(.thanks).first.map { " ('\($0) …')" } ?? ""
        let message = "the reply thanks the customer nowhere; thank them for something specific\(example)"
        if let greeting = draft.greeting {
            return [Finding(message, at: greeting.line.location(greeting.range), excerpt: String(greeting.text))]
        }
        guard let first = draft.newText.first(where: { !$0.isBlank }) else { return [Finding(message, at: .message)] }
        let text = first.trimmed
        return [Finding(message, at: first.location(text.startIndex..<text.endIndex), excerpt: String(text))]
    }
}
