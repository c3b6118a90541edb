import Testing
@testable import ReplyLint

/// The filter's child hands its answer to the parent as `MailAnswer.encoded`; the parent must
/// read back exactly what was meant, and take nothing else for an answer.
@Suite struct MailAnswerTests {
    static let failing = MailAnswer(stamp: VerdictStamp(.failed(SeverityCounts(errors: 1, warnings: 2)),
                                                        findings: []),
                                    decision: MailDecision(action: .reject, reason: "replylint found 1 error-level finding (body.placeholder)"))

    @Test func anAnswerReadsBackAsItWasWritten() throws {
        let gate = MailGate(session: try LintSession(SessionOptions()), policy: MailPolicy(onFindings: .reject))
        let draft = Array("From: a@example.org\nTo: b@example.org\nSubject: Hi\n\nHi {{first_name}},\n\nThanks.\n".utf8)
        let answer = gate.check(draft).answer
        #expect(answer.stamp.report != nil)
        #expect(MailAnswer(decoding: answer.encoded) == answer)
        #expect(MailAnswer(decoding: Self.failing.encoded) == Self.failing)
        let error = MailAnswer(internalError: "the check was killed by signal 11", subject: "message", policy: MailPolicy(onError: .tempfail))
        #expect(MailAnswer(decoding: error.encoded) == error)
        #expect(error.decision.action == .tempfail)
        #expect(error.stamp.status == "error reason=\"the check was killed by signal 11\"")
    }

    @Test(arguments: [
        "",                                                     // a child that printed nothing
        "replylint-mail-answer 1\nstatus pass errors=0 warnings=0 infos=0\naction accept\n",   // cut short: no reason
        "replylint-mail-answer 1\nstatus pass errors=0 warnings=0 infos=0\naction accept\nreason ok",  // no final line break
        "replylint-mail-answer 2\nstatus pass errors=0 warnings=0 infos=0\naction accept\nreason ok\n",
        "replylint-mail-answer 1\nstatus pass errors=0 warnings=0 infos=0\naction discard\nreason ok\n",
        "replylint-mail-answer 1\nstatus pass errors=0 warnings=0 infos=0\naction accept\nreason ok\nextra x\n",
        "replylint-mail-answer 1\nstatus pass\naction accept\naction reject\nreason ok\n",
        "replylint-mail-answer 1\nstatus pass errors=0\u{7}\naction accept\nreason ok\n",
        "replylint-mail-answer 1\nstatus \naction accept\nreason ok\n",
    ])
    func anythingElseIsNoAnswer(_ text: String) {
        #expect(MailAnswer(decoding: Array(text.utf8)) == nil)
    }
}
