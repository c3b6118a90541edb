struct GreetingMissingRule: Rule {
    static let description = RuleDescription(
        identifier: "greeting.missing", severity: .warning,
        summary: "The new text does not open with a greeting.",
        guideline: .customerName, usesLists: [.greetings, .genericGreetings, .nameTitles] + GreetingSuggestion.lists,
        triggering: [
            RuleExample.reply("en", greeting: .some(nil), body: "↓Your refund of 40 EUR was issued today."),
            RuleExample.reply("el", greeting: .some(nil), body: "↓Η επιστροφή των 40 ευρώ έγινε σήμερα."),
            RuleExample.reply("ro", greeting: .some(nil), body: "↓Rambursarea de 40 EUR a fost efectuată astăzi."),
            RuleExample.reply("et", greeting: .some(nil), body: "↓Tagastasime täna 40 eurot."),
            RuleExample.reply("id", greeting: .some(nil), body: "↓Pengembalian dana sebesar 40 EUR sudah kami proses."),
            // The suggestion keeps the register the rest of the draft writes in.
            RuleExample.reply("en", greeting: .some(nil), body: "↓Your refund of 40 EUR was issued today.").suggesting("Dear Anna,"),
            RuleExample.reply("en", greeting: .some(nil), body: "↓Your refund of 40 EUR was issued today.",
                              closing: "Thanks,\nJo").suggesting("Hi Anna,"),
            RuleExample.reply("el", greeting: .some(nil), body: "↓Η επιστροφή των 40 ευρώ έγινε σήμερα.").suggesting("Αγαπητέ/ή Νίκο,"),
            RuleExample.reply("el", greeting: .some(nil), body: "↓Η επιστροφή των 40 ευρώ έγινε σήμερα.",
                              closing: "Φιλικά,\nΜαρία").suggesting("Γεια σας Νίκο,"),
            RuleExample.reply("ro", greeting: .some(nil), body: "↓Rambursarea de 40 EUR a fost efectuată astăzi.").suggesting("Bună ziua, Ion,"),
            RuleExample.reply("ro", greeting: .some(nil), body: "↓Rambursarea de 40 EUR a fost efectuată astăzi.",
                              closing: "Toate cele bune,\nAna").suggesting("Bună, Ion,"),
            RuleExample.reply("et", greeting: .some(nil), body: "↓Täname teid, tagastasime täna 40 eurot.").suggesting("Lugupeetud Mari Tamm!"),
            RuleExample.reply("et", greeting: .some(nil), body: "↓Tagastasime täna 40 eurot.",
                              closing: "Parimate soovidega\nKati").suggesting("Tere, Mari!"),
            RuleExample.reply("id", greeting: .some(nil), body: "↓Pengembalian dana sebesar 40 EUR sudah kami proses.",
                              closing: "Hormat kami,\nDewi").suggesting("Yth. Bapak/Ibu Budi,"),
            RuleExample.reply("id", greeting: .some(nil), body: "↓Pengembalian dana sebesar 40 EUR sudah kami proses.")
                .suggesting("Halo Budi,"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", greeting: "Hi Anna,"),
            RuleExample.reply("en", greeting: "Anna,"),
            RuleExample.reply("el", greeting: "Καλημέρα κύριε Παπαδόπουλε,"),
            RuleExample.reply("ro", greeting: "Bună ziua, domnule Popescu,"),
            RuleExample.reply("et", greeting: "Lugupeetud Mari Tamm!"),
            RuleExample.reply("id", greeting: "Selamat pagi Pak Budi,"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard draft.greeting == nil, let first = draft.newText.first(where: { !$0.isBlank }) else { return [] }
        let example = GreetingSuggestion(draft).text
        let start = first.full.index(first.full.startIndex, offsetBy: first.full.prefix { $0.isWhitespace }.count)
        let end = first.full.index(start, offsetBy: min(20, first.full.distance(from: start, to: first.full.endIndex)))
        return [Finding("the reply does not open with a greeting; start with one, e.g. '\(example)'",
                        at: first.location(start..<end), excerpt: String(first.full[start...].prefix(40)))]
    }
}
