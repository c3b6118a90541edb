struct SubjectMobileLengthRule: Rule {
    static let max = RuleParameter.integer(
        "max", default: 30, help: "Characters a phone shows of a subject.")

    static let description = RuleDescription(
        identifier: "subject.mobile-length", severity: .info,
        summary: "The subject is longer than a phone shows (30 characters by default); says what the phone will show.",
        guideline: .subjectLine,
        parameters: [Self.max],
        triggering: [
            RuleExample.reply("en", subject: RuleExample.mark("Your refund for order A-1042 has been issued", at: 30)),
            RuleExample.reply("el", subject: RuleExample.mark("Η επιστροφή χρημάτων για την παραγγελία A-1042", at: 30)),
            RuleExample.reply("ro", subject: RuleExample.mark("Rambursarea pentru comanda A-1042 a fost efectuată", at: 30)),
            RuleExample.reply("et", subject: RuleExample.mark("Tellimuse A-1042 raha tagastamine on tehtud", at: 30)),
            RuleExample.reply("id", subject: RuleExample.mark("Pengembalian dana untuk pesanan A-1042", at: 30)),
        ],
        nonTriggering: [
            RuleExample.reply("en", subject: "Refund for A-1042 issued"),
            RuleExample.reply("el", subject: "Επιστροφή για την A-1042"),
            RuleExample.reply("ro", subject: "Rambursare A-1042 efectuată"),
            RuleExample.reply("et", subject: "A-1042 raha tagastatud"),
            RuleExample.reply("id", subject: "Dana A-1042 sudah dikembalikan"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let field = draft.message.subject else { return [] }
        let max = context.int(Self.max)
        let count = field.value.count
        guard count > max else { return [] }
        let shown = String(field.value.prefix(max - 1)).trimmingWhitespace
        return [Finding("a phone shows about \(max) characters: '\(shown)…'; put the key words first",
                        at: .header(field, start: max, end: count))]
    }
}
