struct SubjectReplyPrefixRule: Rule {
    static let description = RuleDescription(
        identifier: "subject.reply-prefix", severity: .info,
        summary: "Stacked reply or forward prefixes (\"Re: RE: Fwd: AW:\"), localized ones included; one is enough.",
        guideline: .subjectLine, usesLists: [.replyPrefixes],
        triggering: [
            RuleExample.reply("en", subject: "↓Re: RE: Fwd: Your refund for order A-1042"),
            RuleExample.reply("el", subject: "↓ΑΠ: Σχετ: Η επιστροφή χρημάτων"),
            RuleExample.reply("ro", subject: "↓Re: AW: Rambursarea pentru comanda A-1042"),
            RuleExample.reply("et", subject: "↓VS: Re: Tellimuse A-1042 raha tagastamine"),
            RuleExample.reply("id", subject: "↓BLS: Re: Pengembalian dana pesanan A-1042"),
        ],
        nonTriggering: [
            RuleExample.reply("en", subject: "Re: Your refund for order A-1042"),
            RuleExample.reply("el", subject: "ΑΠ: Η επιστροφή χρημάτων"),
            RuleExample.reply("ro", subject: "Re: Rambursarea pentru comanda A-1042"),
            RuleExample.reply("et", subject: "VS: Tellimuse A-1042 raha tagastamine"),
            RuleExample.reply("id", subject: "BLS: Pengembalian dana pesanan A-1042"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let subject = draft.subject, subject.prefixes.count > 1, let first = subject.prefixes.first,
              let last = subject.prefixes.last else { return [] }
        let value = subject.field.value
        let stacked = Linter.slice(value, first.lowerBound, last.upperBound) ?? ""
        let kept = (Linter.slice(value, first.lowerBound, first.upperBound) ?? "Re: ").trimmingWhitespace
        return [Finding("subject has \(subject.prefixes.count) stacked prefixes ('\(stacked.trimmingWhitespace)'); keep one: '\(kept) '",
                        at: .header(subject.field, start: first.lowerBound, end: last.upperBound),
                        excerpt: String(stacked), suggestion: kept + " ", safeFix: true)]
    }
}
