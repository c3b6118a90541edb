struct SubjectGenericRule: Rule {
    static let description = RuleDescription(
        identifier: "subject.generic", severity: .info,
        summary: "A subject with no specific content (\"Question\", \"Your request\", \"Support\", \"Hello\"), reply prefixes and punctuation aside; not a reply in a thread (In-Reply-To or References) that keeps the subject it answers.",
        guideline: .subjectLine, usesLists: [.genericSubjects],
        triggering: [
            RuleExample.reply("en", subject: "↓Question"),
            RuleExample.reply("en", subject: "Re: ↓Your request!"),
            RuleExample.reply("en", subject: "↓Question", extraHeaders: [Self.thread]),
            RuleExample.reply("en", subject: "RE: Re: ↓your email"),
            RuleExample.reply("el", subject: "ΑΠ: ↓Το αίτημά σας"),
            RuleExample.reply("el", subject: "↓Support"),
            RuleExample.reply("ro", subject: "Re: ↓Solicitarea dvs."),
            RuleExample.reply("et", subject: "VS: ↓Teie päring"),
            RuleExample.reply("id", subject: "↓Pertanyaan Anda"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", subject: "Re: Your request for a refund on order A-1042"),
            RuleExample.reply("en", subject: "Question about invoice 2291"),
            RuleExample.reply("el", subject: "ΑΠ: Το αίτημά σας για την παραγγελία 58217"),
            RuleExample.reply("ro", subject: "Solicitarea dvs. de rambursare"),
            RuleExample.reply("et", subject: "Teie päring tellimuse 40871 kohta"),
            RuleExample.reply("id", subject: "Pertanyaan Anda tentang pesanan TH-58203"),
            // The customer's own subject, kept so the reply stays in their thread.
            RuleExample.reply("en", subject: "Re: Thank you!", extraHeaders: [Self.thread]),
            RuleExample.reply("el", subject: "ΑΠ: Ερώτηση", extraHeaders: ["References: <q-2291@mail.example>"]),
            RuleExample.reply("ro", subject: "Re: Întrebare", extraHeaders: [Self.thread]),
            RuleExample.reply("et", subject: "VS: Küsimus", extraHeaders: [Self.thread]),
            RuleExample.reply("id", subject: "Re: Pertanyaan", extraHeaders: [Self.thread]),
        ]
    )

    private static let thread = "In-Reply-To: <q-2291@mail.example>"

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let subject = draft.subject else { return [] }
        // A reply prefix on a message that answers another one: the subject is the one the
        // customer wrote, and changing it would break their client's thread.
        if !subject.prefixes.isEmpty,
           draft.message.field("In-Reply-To") != nil || draft.message.field("References") != nil {
            return []
        }
        let words = draft.proseWords([TextLine(index: 0, full: subject.core)]).words
        guard !words.isEmpty else { return [] }
        let codes = [draft.language.code] + draft.languages.codes.filter { $0 != draft.language.code }
        let generic = codes.contains { code in
            // The whole subject must be one listed phrase, not merely start with one.
            draft.languages.phrases(code, .genericSubjects).match(words, at: 0) == words.count
        }
        guard generic, let first = words.first, let last = words.last else { return [] }
        let core = subject.core
        let start = subject.coreStart + core.distance(from: core.startIndex, to: first.range.lowerBound)
        let end = subject.coreStart + core.distance(from: core.startIndex, to: last.range.upperBound)
        let text = core[first.range.lowerBound..<last.range.upperBound]
        return [Finding("subject '\(text)' says nothing specific; name the order, product or problem",
                        at: .header(subject.field, start: start, end: end), excerpt: String(text))]
    }
}
