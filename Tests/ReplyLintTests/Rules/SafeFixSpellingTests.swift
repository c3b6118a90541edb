import Foundation
import Testing
@testable import ReplyLint

/// No safe fix may write a word the draft's language does not know (issue 10, §4): every
/// safe fix of every rule's examples, and of the fixture drafts, goes through the spell
/// checker of the draft's language and region.
@Suite struct SafeFixSpellingTests {
    struct FixedText: CustomTestStringConvertible, Sendable {
        var origin: String
        var locale: String?
        var source: String
        var testDescription: String { origin }
    }

    static let cases: [FixedText] = {
        // Every rule's examples, those that do not trigger it too: other rules fix them.
        var cases = RuleCatalog.all.flatMap { type in
            type.description.triggering.enumerated().map { index, example in
                FixedText(origin: "\(type.description.identifier) example \(index + 1)", locale: example.locale, source: example.unmarked.0)
            } + type.description.nonTriggering.enumerated().map { index, example in
                FixedText(origin: "\(type.description.identifier) non-triggering \(index + 1)", locale: example.locale, source: example.unmarked.0)
            }
        }
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/drafts")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() where name.hasSuffix(".eml") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
            cases.append(FixedText(origin: name, locale: nil, source: text))
        }
        return cases
    }()

    @Test func thereAreSafeFixesToCheck() throws {
        var fixes = 0
        for item in Self.cases { fixes += try Self.safeFixes(item).fixes.count }
        #expect(fixes >= 20, "only \(fixes) safe fixes found: the test would check nothing")
    }

    @Test(arguments: cases)
    func safeFixesAreSpeltRight(_ item: FixedText) throws {
        let (draft, fixes) = try Self.safeFixes(item)
        guard !fixes.isEmpty else { return }
        guard case let .found(checkers) = DictionaryShelf.shared.dictionaries(for: draft.language, region: draft.region) else {
            throw SpellingTests.NotInstalled(name: draft.language.code)
        }
        let vocabulary = Vocabulary(checkers, language: draft.language)
        for fix in fixes {
            let words = SpellingVocabularyTests.words(fix.suggestion ?? "", locale: draft.language.code)
            let wrong = words.filter { !vocabulary.knows($0) }
            #expect(wrong.isEmpty, "\(fix.rule) would write \(wrong) (\(checkers.map(\.name))): '\(fix.excerpt ?? "")' → '\(fix.suggestion ?? "")'")
        }
    }

    /// The guard where safe fixes are made: a fix that writes a word the language rejects is
    /// still suggested, but no longer safe; one whose words are known stays safe.
    @Test(arguments: [
        ("el", "ΕΠΕΙΓΟΝ", "Επειγον", false),
        ("el", "ΕΠΕΙΓΟΝ", "Επείγον", true),
        ("en", "URGENT", "Urgnet", false),
        ("en", "URGENT", "Urgent", true),
        ("ro", "URGENT", "Urgnet", false),
        ("et", "TÄHTIS", "Tähtiz", false),
        ("id", "PENTING", "Pentnig", false),
        // Only the words a fix adds are asked: a code kept from the text is no word to check.
        ("en", "A-1042!!", "A-1042!", true),
    ])
    func unknownWordsAreNotSafeFixes(_ locale: String, _ text: String, _ fix: String, _ safe: Bool) throws {
        let example = RuleExample.reply(locale, subject: "\(text) 1")
        let linter = try Linter(options: .init(locale: locale))
        let draft = try linter.draft(Array(example.unmarked.0.utf8))
        guard case .found = DictionaryShelf.shared.dictionaries(for: draft.language, region: draft.region) else {
            throw SpellingTests.NotInstalled(name: locale)
        }
        let field = try #require(draft.subject?.field)
        let finding = Finding("shouting", at: .header(field, start: 0, end: text.count), excerpt: text, suggestion: fix, safeFix: true)
        var spelling = SafeFixSpelling(draft)
        let checked = spelling.checked(finding)
        #expect(checked.isSafeFix == safe)
        #expect(checked.suggestion == fix)
        #expect(checked.message.contains("not fixed automatically") == !safe)
    }

    static func safeFixes(_ item: FixedText) throws -> (draft: Draft, fixes: [Diagnostic]) {
        let linter = try Linter(options: .init(locale: item.locale))
        let bytes = Array(item.source.utf8)
        let draft = try linter.draft(bytes)
        let report = try linter.lint(bytes, path: "example.eml")
        return (draft, report.diagnostics.filter(\.isSafeFix))
    }
}
