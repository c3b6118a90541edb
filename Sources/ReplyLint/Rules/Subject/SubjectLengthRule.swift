struct SubjectLengthRule: Rule {
    static let max = RuleParameter.integer(
        "max", default: 60, help: "Most characters (grapheme clusters) a subject may have.")

    static let description = RuleDescription(
        identifier: "subject.length", severity: .warning,
        summary: "The subject is longer than desktop clients show (60 user-perceived characters by default).",
        guideline: .subjectLine,
        parameters: [Self.max],
        triggering: [
            RuleExample.reply("en", subject: RuleExample.mark("Information regarding the replacement of your order A-1042 from our Leeds warehouse", at: 60)),
            RuleExample.reply("el", subject: RuleExample.mark("Πληροφορίες σχετικά με την αντικατάσταση της παραγγελίας σας A-1042 από την αποθήκη", at: 60)),
            RuleExample.reply("ro", subject: RuleExample.mark("Informații privind înlocuirea comenzii dumneavoastră A-1042 din depozitul din Cluj", at: 60)),
            RuleExample.reply("et", subject: RuleExample.mark("Teave teie tellimuse A-1042 asendamise kohta meie Tartu laost, mille saatsime eile", at: 60)),
            RuleExample.reply("id", subject: RuleExample.mark("Informasi mengenai penggantian pesanan Anda A-1042 dari gudang kami di Surabaya", at: 60)),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            // 60 Greek letters with accents: each counts once, however many bytes or scalars it has.
            RuleExample.reply("el", subject: String(repeating: "ά", count: 60)),
            RuleExample.reply("en", subject: String(repeating: "🙂", count: 3) + String(repeating: "x", count: 57)),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let field = draft.message.subject else { return [] }
        let max = context.int(Self.max)
        let count = field.value.count
        guard count > max else { return [] }
        let shown = String(field.value.prefix(30))
        return [Finding("subject is \(count) characters; keep it to \(max) ('\(shown)…')",
                        at: .header(field, start: max, end: count), excerpt: String(field.value.dropFirst(max)))]
    }
}
