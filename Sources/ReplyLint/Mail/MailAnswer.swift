/// What a mail front end does with one message: the stamp to add and the decision. It is what
/// `MailVerdict` comes down to once the findings are counted, and what the pipe filter's child
/// process (which does the checking, so that a crash or a hang in it cannot lose the message)
/// hands back to its parent, in a few lines of ASCII:
///
///     replylint-mail-answer 1
///     status fail errors=1 warnings=0 infos=2
///     report body.placeholder, subject.mobile-length
///     action reject
///     reason replylint found 1 error-level finding (body.placeholder)
///
/// `report` is absent when the stamp has none. Decoding refuses anything else (a line it does
/// not know, a missing line, an unknown action, a value that is not printable ASCII), so a
/// child that dies halfway is never mistaken for one that answered.
public struct MailAnswer: Sendable, Equatable {
    public let stamp: VerdictStamp
    public let decision: MailDecision

    public init(stamp: VerdictStamp, decision: MailDecision) {
        self.stamp = stamp
        self.decision = decision
    }

    /// The answer for a message that could not be checked at all (`reason` says why, as in
    /// "the check was killed by signal 11"), under `policy`'s `onError`.
    public init(internalError reason: String, subject: String, policy: MailPolicy) {
        let verdict = MailVerdict(.failed(LintFailure(.internalError, subject, reason)), strict: false, policy: policy)
        self = verdict.answer
    }

    static let magic = "replylint-mail-answer 1"

    /// The answer as lines, each ending in LF.
    public var encoded: [UInt8] {
        var lines = [Self.magic, "status \(stamp.status)"]
        if let report = stamp.report { lines.append("report \(report)") }
        lines.append("action \(decision.action.rawValue)")
        lines.append("reason \(decision.reason)")
        return Array(lines.map { $0 + "\n" }.joined().utf8)
    }

    /// The answer `encoded` wrote, or nil for anything else.
    public init?(decoding bytes: [UInt8]) {
        guard bytes.allSatisfy({ $0 == 0x0A || (0x20...0x7E).contains($0) }), bytes.last == 0x0A else { return nil }
        let lines = String(decoding: bytes.dropLast(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(Self.magic) else { return nil }
        var values: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let space = line.firstIndex(of: " ") else { return nil }
            let key = String(line[..<space])
            guard ["status", "report", "action", "reason"].contains(key), values[key] == nil else { return nil }
            values[key] = String(line[line.index(after: space)...])
        }
        guard let status = values["status"], !status.isEmpty, let action = values["action"].flatMap(MailAction.init(rawValue:)),
              let reason = values["reason"] else { return nil }
        self.init(stamp: VerdictStamp(status: status, report: values["report"]), decision: MailDecision(action: action, reason: reason))
    }
}

extension MailVerdict {
    /// The stamp and the decision.
    public var answer: MailAnswer { MailAnswer(stamp: stamp, decision: decision) }
}
