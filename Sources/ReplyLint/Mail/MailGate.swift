/// Checks messages in the mail path for a filter or a milter: one warm `LintSession` (its
/// options: config, rules, strictness, the size limit in `draft.limits.maxBytes`) and the
/// site's `MailPolicy`. Thread-safe; a milter shares one across its connections.
///
///     let gate = MailGate(session: try LintSession(options), policy: MailPolicy(onFindings: .reject))
///     let verdict = gate.check(messageBytes)
///     verdict.stamp.apply(to: messageBytes)        // the filter: the message, stamped
///     verdict.stamp.edits(forFieldNames: names)     // the milter: the same as header edits
///     verdict.decision.action, verdict.decision.reply?.smtpLine
public struct MailGate: Sendable {
    public let session: LintSession
    public let policy: MailPolicy

    public init(session: LintSession, policy: MailPolicy) {
        self.session = session
        self.policy = policy
    }

    /// Checks one whole message (headers, blank line, body, as received). A message that
    /// cannot be parsed or is over the session's size limit gets an `error` verdict, never a
    /// throw. `name` is what the findings' path says (a queue id, say).
    public func check(_ message: [UInt8], name: String = "<message>") -> MailVerdict {
        MailVerdict(session.check(.bytes(message, name: name)), strict: session.options.strict, policy: policy)
    }
}

/// One message's verdict in the mail path: the lint verdict, the stamp to add, and the
/// decision under the policy.
public struct MailVerdict: Sendable {
    public let verdict: Verdict
    public let stamp: VerdictStamp
    public let decision: MailDecision
    /// The findings (empty when the message could not be checked).
    public let findings: [Diagnostic]

    /// The verdict of an outcome, also for a front end's own failure (a milter that stopped
    /// collecting a body over the limit: `.failed(LintFailure(.overLimit, queueID, …))`).
    public init(_ outcome: LintOutcome, strict: Bool, policy: MailPolicy) {
        verdict = outcome.verdict(strict: strict)
        findings = outcome.report?.diagnostics ?? []
        stamp = VerdictStamp(verdict, findings: findings)
        let blocking = VerdictStamp.rules(in: findings, atLeast: (verdict.counts?.errors ?? 0) > 0 ? .error : .warning)
        decision = policy.decision(for: verdict, blockingRules: blocking)
    }
}
