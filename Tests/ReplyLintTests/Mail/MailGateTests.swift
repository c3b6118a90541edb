import Testing
@testable import ReplyLint

/// Messages checked in the mail path and the site's policy: the decision and its SMTP reply.
@Suite struct MailGateTests {
    static let good = Array(RuleExample.reply("en").unmarked.text.utf8)
    static let placeholder = Array(LintSessionTests.shouting.utf8)

    @Test func aGoodMessagePassesAndAPlaceholderFailsWithItsRule() throws {
        let gate = MailGate(session: try LintSession(SessionOptions()), policy: MailPolicy())
        let good = gate.check(Self.good)
        #expect(good.stamp.status.hasPrefix("pass errors=0 "))
        #expect(good.decision.action == .accept)
        let bad = gate.check(Self.placeholder)
        #expect(bad.stamp.status.hasPrefix("fail errors="))
        #expect(bad.stamp.report?.hasPrefix("body.placeholder") == true)
        #expect(bad.decision.action == .accept)
        #expect(bad.decision.reply == nil)
    }

    @Test func rejectModeRefusesWithFiveSevenOneNamingTheRules() throws {
        let gate = MailGate(session: try LintSession(SessionOptions()), policy: MailPolicy(onFindings: .reject))
        let verdict = gate.check(Self.placeholder)
        let reply = try #require(verdict.decision.reply)
        #expect(reply.statusLine.hasPrefix("5.7.1 replylint found "))
        #expect(reply.smtpLine.hasPrefix("550 5.7.1 replylint found "))
        #expect(reply.text.contains("error-level finding"))
        #expect(reply.text.contains("body.placeholder"))
        #expect(!reply.text.contains("body.spelling"))
        #expect(gate.check(Self.good).decision.action == .accept)
    }

    @Test func aMessageOverTheLimitOrEmptyIsAnErrorUnderOnError() throws {
        var options = SessionOptions()
        options.draft.limits.maxBytes = 100
        let gate = MailGate(session: try LintSession(options), policy: MailPolicy(onFindings: .reject, onError: .tempfail))
        let big = gate.check(Self.good)
        #expect(big.stamp.status == "error reason=\"message is \(Self.good.count) bytes; the limit is 100\"")
        #expect(big.decision.reply?.smtpLine == "451 4.7.1 replylint could not check the message: message is \(Self.good.count) bytes; the limit is 100")
        let empty = gate.check([])
        #expect(empty.stamp.status == "error reason=\"message is empty\"")
        #expect(empty.decision.action == .tempfail)
    }

    @Test(arguments: [
        (Verdict.passed(SeverityCounts(warnings: 2)), MailPolicy(onFindings: .reject, onError: .reject), MailAction.accept),
        (.failed(SeverityCounts(errors: 1)), MailPolicy(), .accept),
        (.failed(SeverityCounts(errors: 1)), MailPolicy(onFindings: .quarantine), .quarantine),
        (.failed(SeverityCounts(warnings: 1)), MailPolicy(onFindings: .tempfail), .tempfail),
        (.internalError(LintFailure(.internalError, "", "bug")), MailPolicy(onFindings: .reject), .accept),
        (.overLimit(LintFailure(.overLimit, "", "big")), MailPolicy(onError: .reject), .reject),
        (.badConfiguration(LintFailure(.badConfiguration, "", "bad")), MailPolicy(onError: .tempfail), .tempfail),
    ])
    func thePolicyPicksTheAction(verdict: Verdict, policy: MailPolicy, action: MailAction) {
        #expect(policy.decision(for: verdict, blockingRules: []).action == action)
    }

    @Test func theReasonNamesCountsOfTheBlockingSeverity() {
        let policy = MailPolicy(onFindings: .reject)
        #expect(policy.decision(for: .failed(SeverityCounts(errors: 1, warnings: 3)), blockingRules: ["body.placeholder"]).reason
            == "replylint found 1 error-level finding (body.placeholder)")
        #expect(policy.decision(for: .failed(SeverityCounts(warnings: 2)), blockingRules: ["a.b", "c.d"]).reply?.statusLine
            == "5.7.1 replylint found 2 warning-level findings (a.b, c.d)")
    }

    @Test func aStrictSessionBlocksOnWarningsAndNamesThem() throws {
        let gate = MailGate(session: try LintSession(SessionOptions(strict: true)), policy: MailPolicy(onFindings: .reject))
        let verdict = MailVerdict(.checked(FileReport(path: "q", locale: "en", diagnostics: [VerdictStampTests.finding("greeting.missing", .warning),
                                                                                             VerdictStampTests.finding("body.spelling", .info)])),
                                  strict: gate.session.options.strict, policy: gate.policy)
        #expect(verdict.stamp.status == "fail errors=0 warnings=1 infos=1")
        #expect(verdict.decision.reason == "replylint found 1 warning-level finding (greeting.missing)")
    }
}
