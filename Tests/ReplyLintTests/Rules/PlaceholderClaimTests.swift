import Testing
@testable import ReplyLint

/// body.placeholder claims the slot it reports: capitals and spelling inside `%FNAME%`,
/// `*|FNAME|*` or `{!Contact.FirstName}` are the same problem and are not reported again,
/// and the slot's name is never offered as a word.
@Suite struct PlaceholderClaimTests {
    private func diagnostics(_ example: RuleExample) throws -> [Diagnostic] {
        try Linter(options: .init(locale: example.locale)).lint(Array(example.source.utf8), path: "d.eml").diagnostics
    }

    static let slots: [(String, RuleExample, String)] = [
        ("%FNAME%", RuleExample.reply("en", greeting: "Hi %FNAME%,"), "%FNAME%"),
        ("*|FNAME|*", RuleExample.reply("en", greeting: "Hi *|FNAME|*,", body: "Your order *|ORDERNUMBER|* ships today."), "*|FNAME|*"),
        ("{!Contact.FirstName}", RuleExample.reply("en", greeting: "Dear {!Contact.FirstName},"), "{!Contact.FirstName}"),
        ("subject", RuleExample.reply("en", subject: "Your refund for order *|ORDERID|*"), "*|ORDERID|*"),
        ("el", RuleExample.reply("el", greeting: "Αγαπητέ %ΟΝΟΜΑ%,"), "%ΟΝΟΜΑ%"),
        ("ro", RuleExample.reply("ro", greeting: "Bună ziua, *|FNAME|*,"), "*|FNAME|*"),
        ("et", RuleExample.reply("et", greeting: "Tere, %EESNIMI%!"), "%EESNIMI%"),
        ("id", RuleExample.reply("id", greeting: "Halo {!Contact.FirstName},"), "{!Contact.FirstName}"),
    ]

    @Test(arguments: slots)
    func onlyThePlaceholderIsReportedInsideASlot(_ name: String, _ example: RuleExample, _ slot: String) throws {
        let found = try diagnostics(example)
        #expect(found.contains { $0.rule == "body.placeholder" && $0.excerpt == slot }, "\(name): \(found.map(\.rule))")
        let inside = found.filter { ["body.all-caps", "subject.all-caps", "body.spelling"].contains($0.rule) }
        #expect(inside.isEmpty, "\(name): \(inside.map { "\($0.rule): \($0.message)" })")
        let offered = found.compactMap(\.suggestion).filter { $0.localizedCaseInsensitiveContains("fname") }
        #expect(offered.isEmpty, "\(name): \(offered)")
    }

    /// A merge field's name left bare (its `*|…|*` lost) is a placeholder in every language,
    /// and no message offers it as a word: it was "write 'fname'".
    @Test(arguments: [
        RuleExample.reply("en", body: "Thank you, FNAME. Your refund was issued today and ships with LNAME's order."),
        RuleExample.reply("el", body: "Σας ευχαριστούμε, FNAME. Η επιστροφή έγινε σήμερα."),
        RuleExample.reply("ro", body: "Vă mulțumim, FNAME. Rambursarea a fost efectuată astăzi."),
        RuleExample.reply("et", body: "Täname teid, FIRSTNAME. Tagastasime täna 40 eurot."),
        RuleExample.reply("id", body: "Terima kasih, FNAME. Pengembalian dana sudah kami proses."),
    ])
    func aBareFieldNameIsAPlaceholderNeverAWord(_ example: RuleExample) throws {
        let found = try diagnostics(example)
        #expect(found.contains { $0.rule == "body.placeholder" }, "\(found.map(\.rule))")
        let offered = found.filter { diagnostic in
            ["fname", "lname", "firstname"].contains { (name: String) in diagnostic.message.contains("'\(name)'") || diagnostic.suggestion == name }
        }
        #expect(offered.isEmpty, "\(offered.map { "\($0.rule): \($0.message)" })")
    }

    @Test func capitalsOutsideTheSlotAreStillReported() throws {
        let found = try diagnostics(RuleExample.reply("en", greeting: "Hi %FNAME%,", body: "Your refund is URGENT and ships today."))
        #expect(found.filter { $0.rule == "body.all-caps" }.map(\.excerpt) == ["URGENT"])
    }

    @Test func aFindingIsDroppedOnlyWhollyInsideAnotherRulesSpan() {
        func diagnostic(_ rule: String, _ column: Int, _ endColumn: Int) -> Diagnostic {
            Diagnostic(rule: rule, severity: .warning, message: rule, line: 3, column: column, endLine: 3, endColumn: endColumn,
                       excerpt: nil, suggestion: nil, note: nil)
        }
        let finding = Finding("x", at: .message)
        let found = [(finding, diagnostic("body.placeholder", 4, 11)), (finding, diagnostic("body.all-caps", 5, 10)),
                     (finding, diagnostic("body.spelling", 9, 14)), (finding, diagnostic("body.placeholder", 6, 8))]
        let kept = Linter.unclaimed(found.map { (finding: $0.0, diagnostic: $0.1) }, claiming: ["body.placeholder"])
        #expect(kept.map(\.diagnostic.rule) == ["body.placeholder", "body.spelling", "body.placeholder"])
    }
}
