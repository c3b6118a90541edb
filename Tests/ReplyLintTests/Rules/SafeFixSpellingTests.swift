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
        var cases = RuleCatalog.all.flatMap { type in
            type.description.triggering.enumerated().map { index, example in
                FixedText(origin: "\(type.description.identifier) example \(index + 1)", locale: example.locale, source: example.unmarked.0)
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

    static func safeFixes(_ item: FixedText) throws -> (draft: Draft, fixes: [Diagnostic]) {
        let linter = try Linter(options: .init(locale: item.locale))
        let bytes = Array(item.source.utf8)
        let draft = try linter.draft(bytes)
        let report = try linter.lint(bytes, path: "example.eml")
        return (draft, report.diagnostics.filter(\.isSafeFix))
    }
}
