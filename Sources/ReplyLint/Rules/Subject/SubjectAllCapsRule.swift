struct SubjectAllCapsRule: Rule {
    static let minLetters = RuleParameter.integer(
        "min-letters", default: 4, help: "Shortest all-capitals word that counts as shouting.")
    static let maxRatio = RuleParameter.number(
        "max-ratio", default: 0.7, help: "Largest share of a subject's cased letters that may be capitals.")

    static let description = RuleDescription(
        identifier: "subject.all-caps", severity: .warning,
        summary: "A subject word of 4+ letters in capitals that is not an acronym, or a subject mostly in capitals.",
        guideline: .subjectLine, usesLists: [.acronyms, .replyPrefixes],
        parameters: [
            Self.minLetters,
            Self.maxRatio,
        ],
        triggering: [
            RuleExample.reply("en", subject: "↓URGENT: your refund for order A-1042"),
            RuleExample.reply("en", subject: "RE: ↓YOUR REFUND IS ON ITS WAY"),
            RuleExample.reply("el", subject: "↓ΕΠΕΙΓΟΝ: η επιστροφή για την παραγγελία A-1042"),
            RuleExample.reply("el", subject: "ΑΠ: η επιστροφή σας είναι ↓ΈΤΟΙΜΗ"),
            RuleExample.reply("ro", subject: "Rambursarea pentru comanda A-1042 este ↓ÎNTÂRZIATĂ"),
            RuleExample.reply("et", subject: "↓TÄHTIS: tellimuse A-1042 raha tagastamine"),
            RuleExample.reply("id", subject: "↓PENTING: pengembalian dana pesanan A-1042"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", subject: "RE: FW: Your FAQ and IBAN details"),
            RuleExample.reply("el", subject: "ΑΠ: Ο ΑΦΜ σας και η απόδειξη ΦΠΑ"),
            RuleExample.reply("ro", subject: "Factura cu CNP și TVA pentru comanda A-1042"),
            RuleExample.reply("et", subject: "VS: Arve KMKR numbriga"),
            RuleExample.reply("id", subject: "Faktur dengan NPWP untuk pesanan A-1042"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let subject = draft.subject else { return [] }
        let acronyms = draft.language.set(.acronyms)
        let minLetters = context.int(Self.minLetters)
        var cased = 0, upper = 0
        for character in subject.core where character.isCasedLetter {
            cased += 1
            if character.isUppercase { upper += 1 }
        }
        let field = subject.field
        if cased >= 8, Double(upper) / Double(cased) > context.number(Self.maxRatio) {
            let fixed = Capitals.sentenceCase(String(subject.core), acronyms: acronyms)
            return [Finding("subject is mostly capitals, which reads as shouting; write '\(fixed)'",
                            at: .header(field, start: subject.coreStart, end: field.value.count),
                            excerpt: String(subject.core), suggestion: fixed, safeFix: true)]
        }
        var findings: [Finding] = []
        for (range, word) in Capitals.letterRuns(subject.core)
        where Capitals.isShouting(word, minLetters: minLetters, acronyms: acronyms) {
            let calm = Capitals.calmed(word, capitalised: range.lowerBound == 0)
            findings.append(Finding("subject word '\(word)' is in capitals, which reads as shouting; write '\(calm)'",
                                    at: .header(field, start: subject.coreStart + range.lowerBound,
                                                end: subject.coreStart + range.upperBound),
                                    excerpt: word, suggestion: calm, safeFix: true))
        }
        return findings
    }
}
