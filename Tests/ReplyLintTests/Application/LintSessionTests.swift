import Foundation
import Testing
@testable import ReplyLint

/// The application layer every front end uses: sources, linters per config, batches in input
/// order, fixes written back, typed failures and verdicts.
@Suite struct LintSessionTests {
    static let shouting = "From: Jo <jo@shop.example>\nTo: Anna Smith <anna@example.com>\nSubject: URGENT refund\nDate: Mon, 16 Nov 2026 10:12:00 +0200\n\nDear Anna,\n\nThank you. Your refund of order {{order_id}} is on its way.\n\nBest regards,\nJo\n"
    static let clean = RuleExample.reply("en").unmarked.text

    @Test func bytesAreCheckedUnderTheirDisplayName() throws {
        let session = try LintSession(SessionOptions())
        let outcome = session.check(.bytes(Array(Self.shouting.utf8), name: "mcp:draft-1"))
        let report = try #require(outcome.report)
        #expect(report.path == "mcp:draft-1")
        #expect(report.diagnostics.contains { $0.rule == "body.placeholder" && $0.severity == .error })
        #expect(outcome.verdict(strict: false) == .failed(SeverityCounts(report.diagnostics)))
    }

    @Test func aCleanDraftPassesAndWarningsFailOnlyUnderStrict() throws {
        let session = try LintSession(SessionOptions())
        let counts = try #require(session.check(.bytes(Array(Self.clean.utf8), name: "d.eml")).report).diagnostics
        #expect(!counts.contains { $0.severity == .error })
        #expect(Verdict(SeverityCounts(errors: 0, warnings: 1), strict: false) == .passed(SeverityCounts(warnings: 1)))
        #expect(Verdict(SeverityCounts(errors: 0, warnings: 1), strict: true) == .failed(SeverityCounts(warnings: 1)))
        #expect(Verdict(SeverityCounts(infos: 3), strict: true) == .passed(SeverityCounts(infos: 3)))
    }

    @Test func failuresAreTypedAndNameWhatAndWhere() throws {
        let session = try LintSession(SessionOptions())
        let missing = session.check(.file("/no/such/draft.eml"))
        #expect(missing.failure == LintFailure(.unreadableInput, "/no/such/draft.eml", "cannot read the file"))
        #expect(missing.verdict(strict: false) == .unreadableInput(try #require(missing.failure)))
        var small = SessionOptions()
        small.draft.limits.maxBytes = 10
        let big = try LintSession(small).check(.bytes(Array(Self.clean.utf8), name: "big.eml"))
        #expect(big.failure?.kind == .overLimit)
        #expect(big.failure?.description == "big.eml: message is \(Self.clean.utf8.count) bytes; the limit is 10")
        let empty = session.check(.bytes([], name: "empty.eml"))
        #expect(empty.failure == LintFailure(.unreadableInput, "empty.eml", "message is empty"))
    }

    @Test func anUnknownRuleIsABadConfigurationInTheUsersTerms() {
        #expect(SessionOptions(disabledRules: ["subject.lenght"]).unknownRules == ["subject.lenght"])
        #expect(throws: LintFailure(.badConfiguration, "", "unknown rule 'subject.lenght'")) {
            try LintSession(SessionOptions(disabledRules: ["subject.lenght"]))
        }
    }

    @Test func eachFolderGetsItsNearestConfigAndABadOneIsABadConfiguration() throws {
        let folder = try TemporaryFolder([
            "quiet/.replylint.yaml": "disable: [body.placeholder]\n",
            "quiet/a.eml": Self.shouting,
            "loud/a.eml": Self.shouting,
            "broken/.replylint.yaml": "rules:\n  subject.length: { mx: 3 }\n",
            "broken/a.eml": Self.shouting,
        ])
        let session = try LintSession(SessionOptions())
        let quiet = try #require(session.check(.file(folder.path + "/quiet/a.eml")).report)
        let loud = try #require(session.check(.file(folder.path + "/loud/a.eml")).report)
        #expect(!quiet.diagnostics.contains { $0.rule == "body.placeholder" })
        #expect(loud.diagnostics.contains { $0.rule == "body.placeholder" })
        let broken = session.check(.file(folder.path + "/broken/a.eml"))
        #expect(broken.failure?.kind == .badConfiguration)
        #expect(broken.failure?.description.contains("unknown key 'mx' for rule 'subject.length'") == true)
        // The config named by the options wins over discovery.
        let forced = try LintSession(SessionOptions(configPath: folder.path + "/quiet/.replylint.yaml"))
        #expect(!(try #require(forced.check(.file(folder.path + "/loud/a.eml")).report)).diagnostics.contains { $0.rule == "body.placeholder" })
    }

    @Test func aStandardInputNameFindsTheConfigOfItsFolder() throws {
        let folder = try TemporaryFolder(["quiet/.replylint.yaml": "disable: [body.placeholder]\n"])
        let named = DraftSource.bytes(Array(Self.shouting.utf8), name: folder.path + "/quiet/draft.eml")
        #expect(named.directory == folder.path + "/quiet")
        let session = try LintSession(SessionOptions())
        #expect(!(try #require(session.check(named).report)).diagnostics.contains { $0.rule == "body.placeholder" })
        #expect(DraftSource.standardInput().displayName == "<stdin>")
        #expect(DraftSource.standardInput(name: "drafts/x.eml").displayName == "drafts/x.eml")
    }

    @Test func aBatchDeliversInInputOrderAndCountsFailures() throws {
        var files: [String: String] = [:]
        for index in 0..<40 { files[String(format: "d%02d.eml", index)] = index % 7 == 3 ? "" : (index.isMultiple(of: 2) ? Self.shouting : Self.clean) }
        let folder = try TemporaryFolder(files)
        let (sources, missing) = DraftSource.collect([folder.path, "/no/such/folder"])
        #expect(missing == ["/no/such/folder"])
        #expect(sources.count == 40)
        let session = try LintSession(SessionOptions())
        var delivered: [String] = []
        let result = session.run(sources, .check, render: { $0.report?.path ?? ($0.failure?.subject ?? "") }) { outcome, rendered in
            delivered.append(rendered)
            #expect(rendered == outcome.report?.path ?? outcome.failure?.subject)
        }
        #expect(delivered == sources.map(\.displayName))
        let failed = (0..<40).filter { $0 % 7 == 3 }.count
        #expect(result.failures.count == failed)
        #expect(result.summary.files == 40 - failed)
        #expect(result.verdict(strict: false).failure?.kind == .unreadableInput)
    }

    @Test func fixInPlaceRewritesOnlyWhatChanged() throws {
        let folder = try TemporaryFolder(["a.eml": Self.shouting, "b.eml": Self.clean])
        let session = try LintSession(SessionOptions())
        let result = session.run([.file(folder.path + "/a.eml"), .file(folder.path + "/b.eml")], .fix(inPlace: true),
                                 render: { _ in "" }) { _, _ in }
        #expect(result.summary.fixes == ReportSummary.Fixes(findings: 1, files: 1))
        let fixed = try String(contentsOfFile: folder.path + "/a.eml", encoding: .utf8)
        #expect(fixed == Self.shouting.replacingOccurrences(of: "URGENT refund", with: "Urgent refund"))
        #expect(try String(contentsOfFile: folder.path + "/b.eml", encoding: .utf8) == Self.clean)
    }

    @Test func anOriginalMessageIsReadWithItsFailuresTyped() throws {
        let original = "From: Anna <anna@example.com>\nDate: Sun, 15 Nov 2026 09:00:00 +0200\nSubject: x\n\nHi\n"
        let read = try OriginalMessage.read(.bytes(Array(original.utf8), name: "original.eml")).get()
        #expect(read.author?.address == "anna@example.com")
        #expect(OriginalMessage.read(.file("/no/such.eml")).failure?.kind == .unreadableInput)
    }
}

private extension Result {
    var failure: Failure? {
        if case let .failure(failure) = self { return failure }
        return nil
    }
}

/// `compose` through the library: its failures carry the kind every front end maps.
@Suite struct ComposeOptionsTests {
    static let templates = BinaryRunner.root.appendingPathComponent("Fixtures/templates").path

    @Test func anUnreadableReplyToIsUnreadableInput() {
        var options = ComposeOptions(templateID: "refund-issued", templates: Self.templates)
        options.replyTo = .file("/no/such/original.eml")
        #expect(throws: ComposeFailure.self) { try Composer.compose(options) }
        do {
            _ = try Composer.compose(options)
        } catch {
            #expect(error.failure == LintFailure(.unreadableInput, "/no/such/original.eml", "cannot read the file"))
        }
    }

    @Test func missingValuesAreNamedWithoutCommandLineAdvice() {
        let options = ComposeOptions(templateID: "refund-issued", templates: Self.templates)
        do {
            _ = try Composer.compose(options)
            Issue.record("composed without its required values")
        } catch {
            guard case let .compose(.missingValues(template, names)) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(template == "refund-issued" && names.contains("order_id"))
            #expect(error.failure.kind == .badConfiguration)
            #expect(!error.description.contains("--"), "library messages do not name CLI flags: \(error)")
        }
    }
}

/// One long-lived session (the MCP server's) checks each draft under that draft's own options
/// and rule toggles, without touching the session's.
@Suite struct DraftOverridesTests {
    static let draft = DraftSource.bytes(Array(LintSessionTests.shouting.utf8), name: "d.eml")

    private func rules(_ outcome: LintOutcome) -> Set<String> { Set(outcome.report?.diagnostics.map(\.rule) ?? []) }

    @Test func togglesApplyToTheirDraftAlone() throws {
        let session = try LintSession(SessionOptions(disabledRules: ["body.placeholder"]))
        #expect(!rules(session.check(Self.draft)).contains("body.placeholder"))
        let toggled = session.check(Self.draft, overrides: DraftOverrides(rules: RuleToggles(enabled: ["body.placeholder"], disabled: ["subject.all-caps"])))
        #expect(rules(toggled).contains("body.placeholder"))
        #expect(!rules(toggled).contains("subject.all-caps"))
        #expect(rules(session.check(Self.draft)).contains("subject.all-caps"))
        #expect(!rules(session.check(Self.draft)).contains("body.placeholder"))
    }

    @Test func draftOptionsReplaceTheSessionsForOneDraft() throws {
        let session = try LintSession(SessionOptions(draft: DraftOptions(locale: "en")))
        let greek = session.check(Self.draft, overrides: DraftOverrides(draft: DraftOptions(locale: "el-GR")))
        #expect(greek.report?.locale == "el")
        #expect(session.check(Self.draft).report?.locale == "en")
        var small = DraftOptions()
        small.limits.maxBytes = 10
        #expect(session.check(Self.draft, overrides: DraftOverrides(draft: small)).failure?.kind == .overLimit)
        #expect(session.fix(Self.draft, overrides: DraftOverrides(draft: small)).failure?.kind == .overLimit)
    }

    @Test func anUnknownRuleOrLocaleIsABadConfiguration() throws {
        let session = try LintSession(SessionOptions())
        let rule = session.check(Self.draft, overrides: DraftOverrides(rules: RuleToggles(disabled: ["subject.nope"])))
        #expect(rule.failure == LintFailure(.badConfiguration, "", "unknown rule 'subject.nope'; `replylint rules` lists them"))
        let locale = session.fix(Self.draft, overrides: DraftOverrides(draft: DraftOptions(locale: "xx")))
        #expect(locale.failure == LintFailure(.badConfiguration, "", "locale 'xx' is not one of the languages replylint knows (el, en, et, id, ro)"))
    }

    @Test func theSameTogglesInAnyOrderAreOneSet() {
        #expect(RuleToggles(enabled: ["a", "b"], disabled: ["c"]).key == RuleToggles(enabled: ["b", "a", "b"], disabled: ["c"]).key)
        #expect(RuleToggles(enabled: ["a"]).key != RuleToggles(disabled: ["a"]).key)
    }
}
