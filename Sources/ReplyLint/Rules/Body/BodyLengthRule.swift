struct BodyLengthRule: Rule {
    static let maxWords = RuleParameter.integer(
        "max-words", default: 250, help: "Most words from greeting to sign-off before a link would serve better.")
    static let minWords = RuleParameter.integer(
        "min-words", default: 15, help: "Fewest words from greeting to sign-off that don't read as curt.")

    static let description = RuleDescription(
        identifier: "body.length", severity: .info,
        summary: "New text, greeting to sign-off, so long it hides the answer (250 words) or so short it reads as curt (15).",
        guideline: .linkWhenLong,
        parameters: [
            Self.maxWords,
            Self.minWords,
        ],
        triggering: [
            RuleExample.reply("en", greeting: "↓Dear Anna,", body: "Refund issued."),
            RuleExample.reply("en", greeting: "↓Dear Anna,", body: longBody),
            RuleExample.reply("el", greeting: "↓Αγαπητέ κύριε Παπαδόπουλε,", body: "Η επιστροφή έγινε."),
            RuleExample.reply("ro", greeting: "↓Stimate domnule Popescu,", body: "Rambursarea s-a efectuat."),
            RuleExample.reply("et", greeting: "↓Tere, Mari!", body: "Raha tagastatud."),
            RuleExample.reply("id", greeting: "↓Halo Pak Budi,", body: "Dana sudah dikembalikan."),
            RuleExample.reply("en", greeting: .some(nil), body: "↓Refund issued today."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "Your refund was issued today and will reach your card within five working days."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα και θα φτάσει στην κάρτα σας μέσα σε πέντε ημέρες."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi și va ajunge pe card în cinci zile lucrătoare."),
            RuleExample.reply("et", body: "Tagastasime raha täna ja see jõuab teie kaardile viie tööpäeva jooksul, kui pank ei viivita."),
            RuleExample.reply("id", body: "Dana sudah kami kembalikan hari ini dan akan masuk ke kartu Anda dalam lima hari kerja."),
        ]
    )

    /// About 270 words in short paragraphs.
    private static let longBody = Array(repeating: "Thank you for your patience. Your refund of 40 EUR was issued today and will reach your card within five working days. We will email you as soon as the bank confirms the transfer.", count: 8).joined(separator: "\n\n")

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        // Greeting and sign-off are short phrases: words split on spaces and punctuation are
        // close enough to ICU's, without opening a break iterator for each.
        func count(_ text: Substring?) -> Int {
            text.map { $0.split { $0.isWhitespace || $0.isPunctuation }.count } ?? 0
        }
        let words = count(draft.greeting?.text) + draft.words.count + count(draft.signOff.map { $0.line.full[$0.range] })
        guard words > 0, let first = draft.greeting?.line ?? draft.paragraphs.first?.first else { return [] }
        let text = first.trimmed
        let location = first.location(text.startIndex..<text.endIndex)
        if words > context.int(Self.maxWords) {
            return [Finding("reply has \(words) words; keep it under \(context.int(Self.maxWords)) and link to a help article for the details",
                            at: location)]
        }
        if words < context.int(Self.minWords) {
            return [Finding("reply has only \(words) words and reads as curt; say what happens next and offer further help",
                            at: location)]
        }
        return []
    }
}
