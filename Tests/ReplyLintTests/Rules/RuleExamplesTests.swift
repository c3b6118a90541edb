import Foundation
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
        if let suggests = example.suggests {
            #expect(found.contains { $0.message.contains("'\(suggests)'") },
                    "expected a message suggesting '\(suggests)', got \(found.map(\.message))")
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

/// A rule reads only the lists and parameters its description declares (so `explain`, the
/// languages column and the config's key check are true), and every parameter it declares is
/// read by its examples (so a misspelt or dead one fails here, not silently in use).
@Test(arguments: RuleCatalog.all.map { $0.description.identifier })
func ruleReadsOnlyWhatItDeclares(_ id: String) throws {
    let description = try #require(RuleCatalog.rule(id)).description
    let reads = DataReads()
    for example in description.triggering + description.nonTriggering {
        let now = example.now.flatMap { MessageDate(rfc3339: $0) }
        let zone = example.recipientTimeZone.flatMap { RecipientTimeZone($0) }
        let linter = try Linter(options: .init(locale: example.locale, recipientName: example.recipientName,
                                               recipientTimeZone: zone, now: now))
        let active = try #require(linter.rules.first { $0.identifier == id })
        let draft = try linter.draft(Array(example.unmarked.text.utf8))
        DataReads.$recorder.withValue(reads) { _ = active.rule.check(draft, active.context) }
    }
    let declaredLists = Set(description.usesLists.map(\.name))
    #expect(reads.lists.subtracting(declaredLists).isEmpty,
            "\(id) reads \(reads.lists.subtracting(declaredLists).sorted()) without declaring them in usesLists")
    let declaredParameters = Set(description.parameters.map(\.name))
    #expect(reads.parameters == declaredParameters,
            "\(id) declares parameters \(declaredParameters.sorted()) but its examples read \(reads.parameters.sorted())")
}

@Test func aConfigGivesAWholeNumberToACountingParameter() throws {
    let yaml = try #require(try YAMLValue.load("max: 60.5", path: "t.yaml"))
    #expect(throws: ConfigurationError.self) { try RuleSettings(yaml, rule: SubjectLengthRule.description) }
    let fine = try #require(try YAMLValue.load("max: 70", path: "t.yaml"))
    #expect(try RuleSettings(fine, rule: SubjectLengthRule.description).numbers["max"] == 70)
}

@Test func everyShippedLanguageHasEveryList() throws {
    let shipped = try ShippedData.shared.get()
    #expect(Set(shipped.languages.keys) == ["en", "el", "ro", "et", "id"])
    let needed: [ListKey] = [.stopwords, .greetings, .genericGreetings, .nameTitles, .signOffs, .replyPrefixes,
                             .acronyms, .attribution, .originalMessage, .placeholderWords]
    for (code, data) in shipped.languages {
        for key in needed { #expect(!data.list(key).isEmpty, "\(code) has no \(key)") }
        #expect(!data.map(.outlookLabels).isEmpty, "\(code) has no outlook-labels")
    }
}

/// docs/guidelines.md names every rule under the guideline the rule says it comes from, with the
/// anchor docs/rules.md links to.
@Test func theGuidelinesNameEveryRuleUnderItsGuideline() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/guidelines.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    var sections: [String: String] = [:]
    for part in text.components(separatedBy: "<a id=\"").dropFirst() {
        guard let end = part.firstIndex(of: "\"") else { continue }
        sections[String(part[..<end])] = String(part[end...])
    }
    for guideline in Guideline.allCases {
        let section = try #require(sections[guideline.anchor], "no anchor '\(guideline.anchor)' in docs/guidelines.md")
        #expect(section.contains("## \(guideline.heading)"), "the '\(guideline.anchor)' section is not headed '\(guideline.heading)'")
    }
    for type in RuleCatalog.all {
        let description = type.description
        let section = sections[description.guideline.anchor] ?? ""
        #expect(section.contains("`\(description.identifier)`"),
                "docs/guidelines.md does not name \(description.identifier) under '\(description.guideline.heading)'")
    }
}
