import Testing
@testable import ReplyLint

/// The greeting the rules suggest keeps the draft's register and punctuation (issue 10 §4); the
/// rule examples (`.suggesting`) hold each rule's message in five languages, these the data.
@Suite struct GreetingSuggestionTests {
    private func suggestion(_ example: RuleExample) throws -> GreetingSuggestion {
        let linter = try Linter(options: .init(locale: example.locale))
        return GreetingSuggestion(try linter.draft(Array(example.unmarked.0.utf8)))
    }

    @Test(arguments: [
        (RuleExample.reply("en", greeting: "Dear customer,"), GreetingSuggestion.Register.formal),
        (RuleExample.reply("en", greeting: "Hi there,"), .informal),
        (RuleExample.reply("en", greeting: "To whom it may concern,"), .formal),
        (RuleExample.reply("el", greeting: "Αγαπητέ κύριε,"), .formal),
        (RuleExample.reply("el", greeting: "ΑΓΑΠΗΤΕ ΠΕΛΑΤΗ,"), .formal),
        (RuleExample.reply("el", greeting: "Γεια σας,"), .informal),
        (RuleExample.reply("ro", greeting: "Bună ziua,"), .formal),
        (RuleExample.reply("ro", greeting: "Salut,"), .informal),
        (RuleExample.reply("et", greeting: "Lugupeetud klient!"), .formal),
        (RuleExample.reply("et", greeting: "Tere!"), .informal),
        (RuleExample.reply("id", greeting: "Yth. Bapak,"), .formal),
        (RuleExample.reply("id", greeting: "Halo,"), .informal),
    ])
    func theDraftsGreetingTellsTheRegister(_ example: RuleExample, _ register: GreetingSuggestion.Register) throws {
        #expect(try suggestion(example).register == register)
    }

    /// Without the customer's name the suggestion leaves `…` in its place, never an empty slot.
    @Test(arguments: [
        ("en", "Dear …,"), ("el", "Αγαπητέ/ή …,"), ("ro", "Bună ziua, …,"), ("et", "Lugupeetud …!"), ("id", "Yth. Bapak/Ibu …,"),
    ])
    func withoutANameTheSlotIsMarked(_ locale: String, _ expected: String) throws {
        let example = RuleExample.reply(locale, to: "orders@example.com", greeting: .some(nil), closing: "Lugupidamisega, Cu stimă, Με εκτίμηση, Hormat kami, Best regards")
        #expect(try suggestion(example).text == expected)
    }

    @Test func everyShippedLanguageHasBothRegistersAndASignOffMark() throws {
        let shipped = try ShippedData.shared.get()
        for (code, data) in shipped.languages {
            let forms = data.map(.greetingForms)
            #expect(forms["formal"]?.isEmpty == false && forms["informal"]?.isEmpty == false, "\(code)")
            #expect(!data.list(.formalWords).isEmpty, "\(code)")
            #expect(data.scalar(.signOffMark) != nil, "\(code)")
        }
        #expect(shipped.languages["et"]?.scalar(.signOffMark) == "")
    }

    @Test(arguments: ["name-after-title: middle", "name-case: genitive", "negation-scope: three", "negation-scope: \"12\"",
                      "negation-scope: \"-1\"", "readability-limit: low", "readability-formula: gunning"])
    func aBadScalarIsAConfigurationError(_ line: String) throws {
        let yaml = try #require(try YAMLValue.load(line + "\n", path: "x.yaml"))
        var data = LanguageData(code: "en", name: "English")
        #expect(throws: ConfigurationError.self) { try data.extend(with: yaml) }
    }

    @Test(arguments: ["name-after-title: first", "name-case: as-written", "negation-scope: \"0\"", "negation-scope: \"9\"",
                      "readability-limit: \"42.5\"", "readability-formula: lix"])
    func aGoodScalarIsKept(_ line: String) throws {
        let yaml = try #require(try YAMLValue.load(line + "\n", path: "x.yaml"))
        var data = LanguageData(code: "en", name: "English")
        try data.extend(with: yaml)
        let key = try #require(ListKey.named(String(line.prefix { $0 != ":" })))
        #expect(data.scalar(key) == line.drop { $0 != ":" }.dropFirst(2).filter { $0 != "\"" })
    }
}
