import Testing
@testable import ReplyLint

/// One example of one rule, named so a failure says which.
struct ExampleCase: CustomTestStringConvertible, Sendable {
    var rule: String
    var index: Int
    var triggers: Bool
    var example: RuleExample

    var testDescription: String { "\(rule) \(triggers ? "triggers" : "clean") #\(index) [\(example.locale)]" }

    static var all: [ExampleCase] {
        RuleCatalog.all.flatMap { type -> [ExampleCase] in
            let d = type.description
            return d.triggering.enumerated().map { ExampleCase(rule: d.identifier, index: $0, triggers: true, example: $1) }
                + d.nonTriggering.enumerated().map { ExampleCase(rule: d.identifier, index: $0, triggers: false, example: $1) }
        }
    }
}

@Test(arguments: ExampleCase.all)
func ruleExample(_ item: ExampleCase) throws {
    let (text, expected) = item.example.unmarked
    let example = item.example
    let now = try example.now.map { try #require(MessageDate(rfc3339: $0), "bad --now \($0)") }
    let zone = try example.recipientTimeZone.map { try #require(RecipientTimeZone($0), "bad --recipient-tz \($0)") }
    let linter = try Linter(options: .init(locale: example.locale, recipientName: example.recipientName,
                                           recipientTimeZone: zone, now: now))
    let report = try linter.lint(Array(text.utf8), path: "example.eml")
    let found = report.diagnostics.filter { $0.rule == item.rule }
    let positions = found.map { SourcePosition(line: $0.line, column: $0.column) }
    if item.triggers {
        #expect(!found.isEmpty, "expected \(item.rule) to trigger on:\n\(text)")
        for position in expected {
            #expect(positions.contains(position), "expected a finding at \(position.line):\(position.column), got \(positions) in:\n\(text)")
        }
        if !expected.isEmpty {
            #expect(found.count == expected.count, "expected \(expected.count) findings, got \(found.map(\.message))")
        }
    } else {
        #expect(found.isEmpty, "expected no \(item.rule) finding, got \(found.map { "\($0.line):\($0.column) \($0.message)" }) in:\n\(text)")
    }
}

@Test(arguments: RuleCatalog.all.map { $0.description.identifier })
func everyRuleHasExamplesInEveryLanguage(_ id: String) throws {
    let description = try #require(RuleCatalog.rule(id)).description
    for language in RuleExample.languages {
        #expect(description.triggering.contains { $0.locale == language }, "\(id) has no triggering example in \(language)")
        #expect(description.nonTriggering.contains { $0.locale == language }, "\(id) has no clean example in \(language)")
    }
}

@Test func everyRuleHasShippedSettingsForItsParameters() throws {
    let shipped = try ShippedData.shared.get()
    for type in RuleCatalog.all {
        let description = type.description
        let settings = try #require(shipped.ruleSettings[description.identifier], "\(description.identifier) missing from Rules/rules.yaml")
        #expect(settings.severity == description.severity, "\(description.identifier): rules.yaml and the rule disagree on severity")
        for parameter in description.parameters {
            #expect(settings.numbers[parameter.name] != nil, "\(description.identifier).\(parameter.name) has no shipped value")
        }
    }
}

@Test func everyShippedLanguageHasEveryList() throws {
    let shipped = try ShippedData.shared.get()
    #expect(Set(shipped.languages.keys) == ["en", "el", "ro", "et", "id"])
    let needed = ["stopwords", "greetings", "generic-greetings", "name-titles", "sign-offs", "reply-prefixes",
                  "acronyms", "attribution", "original-message", "placeholder-words"]
    for (code, data) in shipped.languages {
        for key in needed { #expect(!data.list(key).isEmpty, "\(code) has no \(key)") }
        #expect(!data.map("outlook-labels").isEmpty, "\(code) has no outlook-labels")
    }
}
