import Testing
@testable import ReplyLint

/// Every example a message gives is in the draft's language (issue 10 §4): the vague-apology
/// message gave an English one in every language. Each rule example in another language is
/// linted, and no text its messages quote may be English that the draft itself does not hold.
@Suite struct MessageLanguageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var origin: String
        var locale: String
        var source: String
        var testDescription: String { origin }
    }

    static let cases: [Case] = RuleCatalog.all.flatMap { type in
        (type.description.triggering + type.description.nonTriggering).enumerated().compactMap { index, example in
            example.locale.hasPrefix("en") ? nil
                : Case(origin: "\(type.description.identifier) example \(index + 1) (\(example.locale))", locale: example.locale,
                       source: example.unmarked.0)
        }
    }

    /// The texts between single quotes: excerpts, suggestions and examples.
    static func quoted(_ message: String) -> [Substring] {
        message.split(separator: "'", omittingEmptySubsequences: false).enumerated().compactMap { $0.offset % 2 == 1 ? $0.element : nil }
    }

    @Test func theTestSeesExamples() throws {
        let linter = try Linter()
        var quotes = 0
        for item in Self.cases.prefix(60) {
            let report = try linter.with(.init(locale: item.locale)).lint(Array(item.source.utf8), path: "example.eml")
            quotes += report.diagnostics.map { Self.quoted($0.message).count }.reduce(0, +)
        }
        #expect(quotes >= 20, "only \(quotes) quoted texts: the test would check nothing")
    }

    @Test(arguments: cases)
    func messagesQuoteNoEnglish(_ item: Case) throws {
        let linter = try Linter(options: .init(locale: item.locale))
        let english = try #require(linter.languages.language("en")).set(.stopwords)
        let draft = try linter.draft(Array(item.source.utf8))
        let own = draft.language.set(.stopwords)
        let written = Set(TextFolding.fold(item.source).split { !$0.isLetter }.map(String.init))
        let report = try linter.lint(Array(item.source.utf8), path: "example.eml")
        for diagnostic in report.diagnostics {
            for quote in Self.quoted(diagnostic.message) {
                let words = TextFolding.fold(quote).split { !$0.isLetter }.map(String.init)
                // A quote cut short ('Tellimuse as…') ends in part of a word of the draft.
                let foreign = words.filter { word in
                    english.contains(word) && !own.contains(word) && !written.contains { $0.hasPrefix(word) }
                }
                #expect(foreign.isEmpty, "[\(diagnostic.rule)] quotes English \(foreign): \(diagnostic.message)")
            }
        }
    }
}
