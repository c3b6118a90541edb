import Testing
@testable import ReplyLint

@Test(arguments: [
    ("URGENT: FAQ UPDATE FOR ORDER A-1042", "Urgent: FAQ update for order A-1042"),
    ("YOUR REFUND IS ON ITS WAY", "Your refund is on its way"),
    ("RAMBURSAREA PENTRU SKU12B", "Rambursarea pentru SKU12B"),
    // A word after a mark that ends a sentence keeps its capital.
    ("REFUND SENT! YOUR CARD GETS IT SOON", "Refund sent! Your card gets it soon"),
    ("IS IT HERE? WE CHECKED TODAY", "Is it here? We checked today"),
    ("REFUND SENT. THANK YOU", "Refund sent. Thank you"),
    // Not after a colon, nor a mark inside a word.
    ("UPDATE: YOUR ORDER", "Update: your order"),
])
func sentenceCaseKeepsAcronymsAndCodes(_ input: String, _ expected: String) {
    #expect(Capitals.sentenceCase(input, acronyms: ["faq"]).text == expected)
}

/// Without a dictionary to ask, Greek capitals cannot get their accents back: no form is certain.
@Test func greekWithoutDictionaryIsUncertain() {
    let spelling = CaseSpelling(accents: ["ε": ["έ"], "ι": ["ί"]])
    let cased = Capitals.sentenceCase("ΕΠΕΙΓΟΝ ΑΙΤΗΜΑ", acronyms: [], spelling: spelling)
    #expect(cased.text == "Επειγον αιτημα")
    #expect(cased.uncertain.map(\.word) == ["ΕΠΕΙΓΟΝ", "ΑΙΤΗΜΑ"])
}

/// Greek capitals drop the tonos: the form el_GR knows is the word (issue 10 §4).
@Suite struct GreekCaseTests {
    static func spelling(subject: String = "Η παραγγελία σας") throws -> CaseSpelling {
        let example = RuleExample.reply("el", subject: subject)
        let linter = try Linter(options: .init(locale: "el"))
        let draft = try linter.draft(Array(example.unmarked.0.utf8))
        let spelling = CaseSpelling(draft)
        guard spelling.knows != nil else { throw SpellingTests.NotInstalled(name: "el_GR") }
        return spelling
    }

    @Test(arguments: [
        ("ΕΠΕΙΓΟΝ", true, CaseSpelling.Calmed.one("Επείγον")),
        ("ΣΗΜΑΝΤΙΚΟ", true, .one("Σημαντικό")),
        ("ΣΗΜΕΡΑ", false, .one("σήμερα")),
        ("ΠΡΟΪΟΝ", false, .one("προϊόν")),
        ("ΠΡΟΙΟΝ", false, .one("προϊόν")),
        // Written with the accent: kept as written.
        ("ΈΤΟΙΜΗ", false, .one("έτοιμη")),
        // Two words the dictionary knows: the writer must choose.
        ("ΠΟΤΕ", false, .several(["ποτέ", "πότε"])),
        // No word at all.
        ("ΞΑΨΟΖΕ", false, .none("ξαψοζε")),
    ])
    func accentsComeBack(_ word: String, _ capitalised: Bool, _ expected: CaseSpelling.Calmed) throws {
        let spelling = try Self.spelling()
        var got = spelling.calmed(word, capitalised: capitalised)
        if case let .several(forms) = got { got = .several(forms.sorted()) }
        var want = expected
        if case let .several(forms) = want { want = .several(forms.sorted()) }
        #expect(got == want)
    }

    /// body.all-caps suggests the accented word, capitalised at a sentence's start
    /// (after '.', '!', '?', the Greek ';', or at a paragraph's start), lower-case elsewhere.
    @Test(arguments: [
        ("Πότε θα φτάσει η επιστροφή; ΣΗΜΑΝΤΙΚΟ είναι να κρατήσετε την απόδειξη.", "Σημαντικό"),
        ("Η επιστροφή έγινε ΣΗΜΕΡΑ και θα φτάσει σύντομα.", "σήμερα"),
        ("ΣΗΜΕΡΑ έγινε η επιστροφή και θα φτάσει σύντομα.", "Σήμερα"),
    ])
    func bodySuggestionHasItsAccentAndCapital(_ body: String, _ suggestion: String) throws {
        _ = try Self.spelling()
        let text = RuleExample.reply("el", body: body).unmarked.0
        let report = try Linter(options: .init(locale: "el")).lint(Array(text.utf8), path: "example.eml")
        let found = report.diagnostics.filter { $0.rule == "body.all-caps" }
        #expect(found.map(\.suggestion) == [suggestion], "\(found.map(\.message))")
    }

    @Test func greekQuestionMarkEndsASentence() throws {
        let spelling = try Self.spelling()
        #expect(spelling.sentenceMarks.contains(";"))
        let cased = Capitals.sentenceCase("ΕΦΤΑΣΕ; ΣΗΜΕΡΑ", acronyms: [], spelling: spelling)
        #expect(cased.text == "Έφτασε; Σήμερα")
    }

    /// A word put in lower case keeps its capital after '!' or '?' that ends a sentence, in the
    /// body and the subject, in every language (issue 10 §4), and loses it mid-sentence.
    @Test(arguments: [
        ("en", "Thank you for waiting! IMPORTANT: keep the receipt. Did it arrive? PLEASE tell us, it is URGENT.", ["Important", "Please", "urgent"]),
        ("ro", "Vă mulțumim! ASTĂZI am trimis banii. Ați primit? VERIFICAȚI contul, este URGENT.", ["Astăzi", "Verificați", "urgent"]),
        ("et", "Aitäh! TÄNA saatsime raha. Kas jõudis? KONTROLLIGE kontot, see on TÄHTIS.", ["Täna", "Kontrollige", "tähtis"]),
        ("id", "Terima kasih! HARI ini dana dikirim. Sudah masuk? PERIKSA rekening, ini PENTING.", ["Hari", "Periksa", "penting"]),
    ])
    func aCapitalAfterAnExclamationOrQuestionMarkIsKept(_ locale: String, _ body: String, _ expected: [String]) throws {
        let text = RuleExample.reply(locale, body: body).unmarked.0
        let report = try Linter(options: .init(locale: locale)).lint(Array(text.utf8), path: "example.eml")
        let found = report.diagnostics.filter { $0.rule == "body.all-caps" }
        #expect(found.compactMap(\.suggestion) == expected, "\(found.map(\.message))")
    }

    @Test(arguments: [
        ("en", "REFUND ISSUED! PLEASE READ? THANKS", "Refund issued! Please read? Thanks"),
        ("ro", "RAMBURSARE EFECTUATĂ! VERIFICAȚI CONTUL? MULȚUMIM", "Rambursare efectuată! Verificați contul? Mulțumim"),
    ])
    func theSubjectKeepsCapitalsAfterExclamationAndQuestionMarks(_ locale: String, _ subject: String, _ expected: String) throws {
        let text = RuleExample.reply(locale, subject: subject).unmarked.0
        let report = try Linter(options: .init(locale: locale)).lint(Array(text.utf8), path: "example.eml")
        #expect(report.diagnostics.filter { $0.rule == "subject.all-caps" }.map(\.suggestion) == [expected])
    }
}
