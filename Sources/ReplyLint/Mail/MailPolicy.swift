/// What a mail front end does with a message once it is checked. The filter and the milter
/// both map a `MailDecision` onto their own answer (an exit code, a milter reply).
public enum MailAction: String, Sendable, CaseIterable {
    /// Pass it on, stamped.
    case accept
    /// Refuse it for good: the milter answers `550 5.7.1 …`, the filter exits 69 (EX_UNAVAILABLE)
    /// with `5.7.1 …` on standard error, and Postfix bounces it.
    case reject
    /// Refuse it for now: the milter answers `451 4.7.1 …`, the filter exits 75 (EX_TEMPFAIL) with
    /// `4.7.1 …` on standard error, and Postfix tries again later.
    case tempfail
    /// Accept it, stamped, into the MTA's hold queue (a milter action; a pipe filter has no such
    /// answer).
    case quarantine
}

/// A site's choice of what happens to a message that fails (`onFindings`) and to one that
/// could not be checked (`onError`): unparseable, over the size limit, or an internal error.
/// The default is fail-open: both accept, stamped.
public struct MailPolicy: Sendable, Equatable {
    public var onFindings: MailAction
    public var onError: MailAction

    public init(onFindings: MailAction = .accept, onError: MailAction = .accept) {
        self.onFindings = onFindings
        self.onError = onError
    }

    /// The decision for `verdict`; `blockingRules` are the rule ids that made it fail, for the
    /// reply's text.
    public func decision(for verdict: Verdict, blockingRules: [String]) -> MailDecision {
        switch verdict {
        case .passed:
            return MailDecision(action: .accept, reason: "replylint found nothing that blocks sending")
        case let .failed(counts):
            let blocking = counts.errors > 0 ? counts.errors : counts.warnings
            let kind = counts.errors > 0 ? "error-level" : "warning-level"
            let rules = blockingRules.isEmpty ? "" : " (" + blockingRules.joined(separator: ", ") + ")"
            let noun = blocking == 1 ? "finding" : "findings"
            return MailDecision(action: onFindings, reason: "replylint found \(blocking) \(kind) \(noun)\(rules)")
        case .unreadableInput, .overLimit, .badConfiguration, .internalError:
            return MailDecision(action: onError, reason: "replylint could not check the message: \(verdict.failure?.message ?? "")")
        }
    }
}

/// What to do with one message, and why, in words fit for an SMTP reply.
public struct MailDecision: Sendable, Equatable {
    public var action: MailAction
    /// One line of printable ASCII (at most 200 characters) saying why.
    public var reason: String

    public init(action: MailAction, reason: String) {
        self.action = action
        self.reason = MailText.printable(reason, limit: 200)
    }

    /// The SMTP reply for `reject` (`550 5.7.1`) and `tempfail` (`451 4.7.1`); nil otherwise.
    public var reply: MailReply? {
        switch action {
        case .reject: MailReply(code: 550, enhancedCode: "5.7.1", text: reason)
        case .tempfail: MailReply(code: 451, enhancedCode: "4.7.1", text: reason)
        case .accept, .quarantine: nil
        }
    }
}

/// An SMTP reply with its enhanced status code (RFC 3463).
public struct MailReply: Sendable, Equatable {
    /// 550 or 451.
    public var code: Int
    /// `5.7.1` or `4.7.1`.
    public var enhancedCode: String
    public var text: String

    /// `5.7.1 text`: the filter's line on standard error, from which pipe(8) takes the status.
    public var statusLine: String { "\(enhancedCode) \(text)" }
    /// `550 5.7.1 text`: the milter's reply.
    public var smtpLine: String { "\(code) \(enhancedCode) \(text)" }
}
