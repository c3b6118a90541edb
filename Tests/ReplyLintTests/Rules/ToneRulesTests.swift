import Testing
@testable import ReplyLint

/// The tone lists ship in every language, and the tone rules' findings say what to write instead.
@Suite struct ToneRulesTests {
    static let toneLists: [ListKey] = [.thanks, .apologies, .vagueApologies, .apologyConnectors, .blame, .formality, .slang, .jargon]

    @Test(arguments: RuleExample.languages)
    func everyLanguageHasTheToneLists(_ code: String) throws {
        let data = try #require(try ShippedData.shared.get().languages[code])
        for key in Self.toneLists { #expect(!data.list(key).isEmpty, "\(code) has no \(key)") }
        let negative = data.map(.negativeWords)
        #expect(!negative.isEmpty, "\(code) has no negative-words")
        // An entry without alternatives only marks a longer phrase around another entry as not
        // negative ("no problem with" around "no problem"); any other entry needs one.
        for (word, alternatives) in negative where alternatives.isEmpty {
            let inside = negative.contains { $0.key != word && !$0.value.isEmpty && word.contains($0.key) }
            #expect(inside, "\(code): '\(word)' has no alternative and holds no other entry")
        }
    }

    @Test(arguments: RuleExample.languages)
    func commonEmoticonsReachEveryLanguage(_ code: String) throws {
        let linter = try Linter()
        let emoticons = try #require(linter.languages.language(code)).list(.emoticons)
        #expect(emoticons.contains(":)"))
        #expect(emoticons.contains("<3"))
    }

    @Test func negativeWordMessageOffersTheAlternativeAsSuggestion() throws {
        let found = try findings("tone.negative", body: "Unfortunately the parcel is late.")
        let finding = try #require(found.first)
        #expect(finding.message == "'Unfortunately' sounds negative; try 'as it happens' or 'in this case'")
        #expect(finding.suggestion == "As it happens")
        #expect(finding.excerpt == "Unfortunately")
    }

    @Test func specificApologyAnywhereSilencesTheStockOne() throws {
        #expect(try findings("tone.apology-vague", body: "Sorry for the inconvenience. We are sorry that the parcel was late.").isEmpty)
        // "Sorry to hear that." gives no reason after its "that".
        #expect(try findings("tone.apology-vague", body: "Sorry to hear that. Sorry for the inconvenience.").count == 1)
    }

    @Test func thanksInTheSignOffAloneDoesNotCount() throws {
        let draft = "From: Jo <jo@shop.example>\nTo: Anna Smith <anna@example.com>\nSubject: Your refund\n\nDear Anna,\n\nYour refund was issued today.\n\nThank you,\nJo\n"
        let report = try Linter(options: .init(locale: "en")).lint(Array(draft.utf8), path: "d.eml")
        let found = report.diagnostics.filter { $0.rule == "tone.thanks" }
        #expect(found.map(\.line) == [5])
    }

    @Test func phrasesInLinksAddressesAndDottedNamesAreNotSlangOrJargon() throws {
        let body = "Write to u@example.com, see www.example.com/u/cache or the U.S. page cache.example.com."
        #expect(try findings("body.emoticon", body: body).isEmpty)
        #expect(try findings("body.jargon", body: body).isEmpty)
    }

    @Test func emojiThatIsAlsoAListedEmoticonIsReportedOnce() throws {
        #expect(try findings("body.emoticon", body: "Your refund is on its way ❤️").count == 1)
        #expect(try findings("body.emoticon", body: "Order © 2026 Shop™, ref 1.").isEmpty)
    }

    private func findings(_ rule: String, body: String) throws -> [Diagnostic] {
        let draft = "From: Jo <jo@shop.example>\nTo: Anna Smith <anna@example.com>\nSubject: Your refund\n\nDear Anna,\n\n\(body)\n\nBest regards,\nJo\n"
        let report = try Linter(options: .init(locale: "en")).lint(Array(draft.utf8), path: "d.eml")
        return report.diagnostics.filter { $0.rule == rule }
    }
}
