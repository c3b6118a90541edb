import Testing
@testable import ReplyLint

/// `tone.negative` reads negation as each language's data describes it: a negated negative word
/// reassures and is not reported, a negator reaches a few words up to punctuation or a
/// conjunction, and a word that itself negates is never replaced by its opposite.
@Suite struct NegationTests {
    private func findings(_ locale: String, _ body: String) throws -> [Diagnostic] {
        let example = RuleExample.reply(locale, body: body)
        let linter = try Linter(options: .init(locale: locale))
        return try linter.lint(Array(example.source.utf8), path: "d.eml").diagnostics.filter { $0.rule == "tone.negative" }
    }

    static let reassurances: [(String, String)] = [
        ("en", "You don't have to return anything. That is not a problem, and there is no need to worry."),
        ("en", "The refund went through without any problem."),
        ("el", "Δεν πρέπει να ανησυχείτε: δεν υπάρχει πρόβλημα με την παραγγελία σας."),
        ("el", "Η επιστροφή έγινε χωρίς πρόβλημα."),
        ("ro", "Nu trebuie să returnați nimic. Nu mai trebuie să plătiți taxa, nu este o problemă."),
        ("et", "See ei ole probleem ja raha jõuab kaardile homme."),
        ("et", "See pole probleem."),
        ("id", "Anda tidak harus mengembalikan apa pun. Ini bukan masalah, dan Anda tidak perlu khawatir."),
        ("id", "Pengembalian dana berjalan tanpa masalah."),
    ]

    @Test(arguments: reassurances)
    func aNegatedNegativeWordIsNotReported(_ locale: String, _ body: String) throws {
        let found = try findings(locale, body)
        #expect(found.isEmpty, "\(locale): \(found.map(\.message))")
    }

    /// A conjunction ends the negator's reach even with no comma before it.
    static let brokenScopes: [(String, String, String)] = [
        ("en", "It is not late but the problem is the address.", "problem"),
        ("el", "Δεν άργησε αλλά το πρόβλημα είναι η διεύθυνση.", "πρόβλημα"),
        ("ro", "Nu a întârziat dar problema este adresa.", "problema"),
        ("et", "See ei hilinenud aga probleem on aadressis.", "probleem"),
        ("id", "Paket tidak terlambat tetapi masalah ada di alamat.", "masalah"),
    ]

    @Test(arguments: brokenScopes)
    func aConjunctionEndsTheNegatorsScope(_ locale: String, _ body: String, _ word: String) throws {
        #expect(try findings(locale, body).map(\.excerpt) == [word])
    }

    @Test func theScopeIsAFewWords() throws {
        #expect(try findings("en", "It is not really a problem.").isEmpty)
        #expect(try findings("en", "We could not find the cause of the problem.").map(\.excerpt) == ["problem"])
    }

    /// A negating word is reported, but neither its suggestion nor its message offers the
    /// word without its negation.
    static let negatingWords: [(String, String, String, String)] = [
        ("en", "We can't ship on Sundays.", "can't", "'can'"),
        ("en", "We never ship on Sundays.", "never", "'always'"),
        ("el", "Δεν μπορούμε να στείλουμε την Κυριακή.", "Δεν μπορούμε", "'μπορούμε όμως'"),
        ("ro", "Nu putem livra duminica.", "Nu putem", "'putem în schimb'"),
        // Negative concord: "nu … niciodată" is still "never".
        ("ro", "Nu livrăm niciodată duminica.", "niciodată", "'întotdeauna'"),
        ("et", "Me ei saa pühapäeval saata.", "ei saa", "'saame hoopis'"),
        ("id", "Kami tidak bisa mengirim pada hari Minggu.", "tidak bisa", "'kami bisa'"),
        ("id", "Kami tidak pernah mengirim pada hari Minggu.", "tidak pernah", "'selalu'"),
    ]

    @Test(arguments: negatingWords)
    func aNegatingWordIsNeverReplacedByItsOpposite(_ locale: String, _ body: String, _ word: String, _ flipped: String) throws {
        let finding = try #require(try findings(locale, body).first)
        #expect(finding.excerpt == word)
        #expect(finding.suggestion == nil)
        let offered = finding.message.components(separatedBy: "; try ").dropFirst().joined()
        #expect(!offered.isEmpty && !offered.contains(flipped), "\(finding.message)")
    }

    @Test func aPlainNegativeWordKeepsItsReplacement() throws {
        #expect(try findings("ro", "Trebuie să returnați coletul.").first?.suggestion == "Vă rugăm să")
        #expect(try findings("id", "Anda harus mengisi formulir.").first?.suggestion == "mohon")
        #expect(try findings("en", "The problem is the address.").first?.suggestion == "question")
    }
}
