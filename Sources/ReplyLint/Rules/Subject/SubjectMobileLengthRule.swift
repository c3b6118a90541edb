struct SubjectMobileLengthRule: Rule {
    static let max = RuleParameter.integer(
        "max", default: 30, help: "Characters a phone shows of a subject.")

    static let description = RuleDescription(
        identifier: "subject.mobile-length", severity: .info,
        summary: "A phone (30 characters by default) shows none of the subject's key content: no order or ticket number, product or problem word, only generic words; says what the phone will show.",
        guideline: .subjectLine, usesLists: [.stopwords, .genericSubjectWords],
        parameters: [Self.max],
        triggering: [
            RuleExample.reply("en", subject: "Re: Information about your order ↓A-1042"),
            RuleExample.reply("en", subject: "Re: An update about your recent ↓purchase"),
            RuleExample.reply("el", subject: "Ενημέρωση σχετικά με την παραγγελία σας ↓A-1042"),
            RuleExample.reply("el", subject: "Re: Σχετικά με το αίτημά σας για την ↓επιστροφή"),
            RuleExample.reply("ro", subject: "Informații despre comanda dvs. ↓A-1042"),
            RuleExample.reply("ro", subject: "Re: Informații despre solicitarea dvs. de ↓rambursare"),
            RuleExample.reply("et", subject: "Re: Teave teie tellimuse kohta, ↓A-1042"),
            RuleExample.reply("et", subject: "Re: Teave seoses teie tellimuse ↓tagastamisega"),
            RuleExample.reply("id", subject: "Informasi mengenai pesanan Anda ↓A-1042"),
            RuleExample.reply("id", subject: "Re: Informasi terkait dengan pertanyaan Anda tentang ↓pengembalian"),
        ],
        nonTriggering: [
            RuleExample.reply("en", subject: "Refund for A-1042 issued"),
            RuleExample.reply("en", subject: "Your refund for order A-1042 has been issued"),
            RuleExample.reply("en", subject: "Re: Warranty claim for your Brio toaster"),
            RuleExample.reply("en", subject: "Re: VAT invoice for your order PF-20931"),
            RuleExample.reply("el", subject: "Επιστροφή για την A-1042"),
            RuleExample.reply("el", subject: "Η επιστροφή για την A-1042 έγινε σήμερα το πρωί"),
            RuleExample.reply("el", subject: "Re: Λάθος βιβλίο στην παραγγελία 33190"),
            RuleExample.reply("ro", subject: "Rambursare A-1042 efectuată"),
            RuleExample.reply("ro", subject: "Rambursarea A-1042: banii ajung pe card până vineri"),
            RuleExample.reply("ro", subject: "Re: Exportul raportului lunar se oprește"),
            RuleExample.reply("ro", subject: "RE: Produs greșit în comanda EC-90215"),
            RuleExample.reply("et", subject: "A-1042 raha tagastatud"),
            RuleExample.reply("et", subject: "Tellimus A-1042: raha tagastamine on tehtud"),
            RuleExample.reply("et", subject: "Re: Parooli lähtestamise link on aegunud"),
            RuleExample.reply("et", subject: "Re: Vale suurusega jooksujalatsid, tellimus SK-3390"),
            RuleExample.reply("id", subject: "Dana A-1042 sudah dikembalikan"),
            RuleExample.reply("id", subject: "Dana pesanan A-1042 sudah dikembalikan ke rekening Anda"),
            RuleExample.reply("id", subject: "Re: Tautan reset kata sandi sudah kedaluwarsa"),
            RuleExample.reply("id", subject: "Re: Klaim garansi ponsel SK-2207"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let subject = draft.subject else { return [] }
        let max = context.int(Self.max)
        let value = subject.field.value
        guard value.count > max else { return [] }
        let words = draft.proseWords([TextLine(index: 0, full: subject.core)]).words
        guard let hidden = hiddenKeyWord(words, in: draft, shown: max - subject.coreStart) else { return [] }
        let start = subject.coreStart + hidden.offset
        let shown = String(value.prefix(max - 1)).trimmingWhitespace
        return [Finding("a phone shows about \(max) characters: '\(shown)…', without '\(hidden.original)'; put it first",
                        at: .header(subject.field, start: start, end: start + hidden.original.count),
                        excerpt: String(hidden.original))]
    }

    /// The first key word (an order or ticket number, or a word that is neither a stopword nor a
    /// generic subject word) when a phone shows none of them in full; nil when one is in view,
    /// or when there is none (`subject.generic` speaks then).
    private func hiddenKeyWord(_ words: [ProseWords.Word], in draft: Draft, shown: Int) -> ProseWords.Word? {
        let generic = Set((draft.language.list(.stopwords) + draft.language.list(.genericSubjectWords)).map(TextFolding.fold))
        let keys = words.filter { Self.isIdentifier($0.original) || !generic.contains($0.folded) }
        guard let first = keys.first, !keys.contains(where: { $0.offset + $0.original.count <= shown }) else { return nil }
        return first
    }

    /// "A-1042", "58217", "TH-60118": three digits or more, or digits among letters.
    static func isIdentifier(_ word: Substring) -> Bool {
        let digits = word.filter(\.isASCIIDigit).count
        return digits >= 3 || (digits > 0 && word.contains(where: \.isLetter))
    }
}
