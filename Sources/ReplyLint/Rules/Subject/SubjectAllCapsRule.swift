struct SubjectAllCapsRule: Rule {
    static let minLetters = RuleParameter.integer(
        "min-letters", default: 4, help: "Shortest all-capitals word that counts as shouting.")
    static let maxRatio = RuleParameter.number(
        "max-ratio", default: 0.7, help: "Largest share of a subject's cased letters that may be capitals.")

    static let description = RuleDescription(
        identifier: "subject.all-caps", severity: .warning,
        summary: "A subject word of 4+ letters in capitals that is not an acronym, or a subject mostly in capitals.",
        guideline: .subjectLine, usesLists: [.acronyms, .replyPrefixes, .capitalAccents, .sentenceMarks, .hunspellDictionary, .hunspellVariants, .spellingWords],
        parameters: [
            Self.minLetters,
            Self.maxRatio,
        ],
        triggering: [
            RuleExample.reply("en", subject: "↓URGENT: your refund for order A-1042"),
            RuleExample.reply("en", subject: "RE: ↓YOUR REFUND IS ON ITS WAY"),
            RuleExample.reply("el", subject: "↓ΕΠΕΙΓΟΝ: η επιστροφή για την παραγγελία A-1042"),
            RuleExample.reply("el", subject: "ΑΠ: η επιστροφή σας είναι ↓ΈΤΟΙΜΗ"),
            // Fixed with the accent its capitals drop: 'Σημαντικό'; 'ΠΟΤΕ' is 'ποτέ' or 'πότε', not fixed.
            RuleExample.reply("el", subject: "↓ΣΗΜΑΝΤΙΚΟ: η απόδειξη για την παραγγελία A-1042"),
            RuleExample.reply("el", subject: "↓ΠΟΤΕ ξανά καθυστέρηση για την παραγγελία A-1042"),
            // After '!' the next word keeps its capital: 'Urgent'.
            RuleExample.reply("en", subject: "Refund sent! ↓URGENT: check order A-1042"),
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
            let fixed = Capitals.sentenceCase(String(subject.core), acronyms: acronyms, spelling: CaseSpelling(draft))
            let location = FindingLocation.header(field, start: subject.coreStart, end: field.value.count)
            guard fixed.uncertain.isEmpty else {
                return [Finding("subject is mostly capitals, which reads as shouting; write it in sentence case (\(Self.choices(fixed.uncertain)))",
                                at: location, excerpt: String(subject.core))]
            }
            return [Finding("subject is mostly capitals, which reads as shouting; write '\(fixed.text)'",
                            at: location, excerpt: String(subject.core), suggestion: fixed.text, safeFix: true)]
        }
        var findings: [Finding] = []
        var spelling: CaseSpelling?
        for (range, word) in Capitals.letterRuns(subject.core)
        where Capitals.isShouting(word, minLetters: minLetters, acronyms: acronyms) {
            let speller = spelling ?? CaseSpelling(draft)
            spelling = speller
            let core = subject.core
            let start = core.index(core.startIndex, offsetBy: range.lowerBound)
            let calmed = speller.calmed(word, capitalised: speller.startsSentence(core, before: start, atStart: true))
            let location = FindingLocation.header(field, start: subject.coreStart + range.lowerBound, end: subject.coreStart + range.upperBound)
            guard case let .one(calm) = calmed else {
                findings.append(Finding("subject word '\(word)' is in capitals, which reads as shouting; \(Self.advice(calmed))",
                                        at: location, excerpt: word))
                continue
            }
            findings.append(Finding("subject word '\(word)' is in capitals, which reads as shouting; write '\(calm)'",
                                    at: location, excerpt: word, suggestion: calm, safeFix: true))
        }
        return findings
    }

    /// What to write where the lower-case form is not certain: the forms to choose from, or
    /// a reminder of the accents capitals drop.
    static func advice(_ calmed: CaseSpelling.Calmed) -> String {
        guard case let .several(forms) = calmed else { return "write it in lower case with the accents capitals drop" }
        return "write " + forms.map { "'\($0)'" }.joined(separator: " or ") + ", whichever you mean"
    }

    /// The uncertain words of a subject and their forms: "'ΠΟΤΕ': 'ποτέ' or 'πότε'".
    static func choices(_ words: [(word: String, calmed: CaseSpelling.Calmed)]) -> String {
        words.map { word, calmed in
            guard case let .several(forms) = calmed else { return "'\(word)' with the accents capitals drop" }
            return "'\(word)': " + forms.map { "'\($0)'" }.joined(separator: " or ")
        }.joined(separator: "; ")
    }
}
