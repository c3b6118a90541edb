struct SubjectMissingRule: Rule {
    static let description = RuleDescription(
        identifier: "subject.missing", severity: .error,
        summary: "The draft has no subject, or only whitespace or a reply prefix.",
        guideline: .subjectLine, usesLists: [.replyPrefixes],
        triggering: RuleExample.languages.map { RuleExample.reply($0, subject: .some(nil)) } + [
            RuleExample.reply("en", subject: "   "),
            RuleExample.reply("el", subject: "↓ΑΠ: "),
            RuleExample.reply("ro", subject: "↓Re: "),
            RuleExample.reply("et", subject: "↓VS: "),
            RuleExample.reply("id", subject: "↓BLS: "),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", subject: "Re: Your refund"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let subject = draft.subject else {
            return [Finding("the draft has no Subject header; add one that names the matter", at: .message)]
        }
        guard subject.core.allSatisfy(\.isWhitespace) else { return [] }
        let value = subject.field.value
        let what = value.allSatisfy(\.isWhitespace) ? "empty" : "only a reply prefix ('\(value.trimmingWhitespace)')"
        return [Finding("subject is \(what); say what the reply is about",
                        at: .header(subject.field, start: 0, end: value.count))]
    }
}
