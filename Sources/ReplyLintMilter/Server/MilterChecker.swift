import Dispatch
import ReplyLint

/// Checks each complete message through the library's `MailGate` (the same check, stamp and
/// policy as `replylint filter`) and turns its verdict into the milter's answer. Shared by every
/// connection; runs on the thread pool.
public struct MilterChecker: Sendable {
    public let gate: MailGate

    public init(gate: MailGate) {
        self.gate = gate
    }

    /// How much of a message is collected: the session's size limit. One byte more tells that
    /// the message is over it.
    var messageLimit: Int { gate.session.options.draft.limits.maxBytes }

    /// Adding and deleting header fields, and quarantine when the policy may ask for it.
    var requiredActions: MilterActions {
        let quarantines = gate.policy.onFindings == .quarantine || gate.policy.onError == .quarantine
        return quarantines ? [.addHeaders, .changeHeaders, .quarantine] : [.addHeaders, .changeHeaders]
    }

    func decide(_ message: MilterMessage, queueID: String?) -> MilterDecision {
        let started = DispatchTime.now().uptimeNanoseconds
        let name = queueID ?? "<message>"
        let verdict: MailVerdict
        if message.isOverLimit {
            // The body past the limit was skipped, so the library never sees the whole message.
            let failure = LintFailure(.overLimit, name, "message is more than \(messageLimit) bytes, the limit")
            verdict = MailVerdict(.failed(failure), strict: gate.session.options.strict, policy: gate.policy)
        } else {
            verdict = gate.check(message.bytes, name: name)
        }
        let responses = Self.responses(for: verdict, fieldNames: message.fields.map(\.name),
                                       leadingSpace: message.valuesKeepLeadingSpace)
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        return MilterDecision(responses: responses, logLine: Self.logLine(verdict, queueID: queueID, milliseconds: milliseconds))
    }

    /// The end-of-message answer: the stamp's header edits (forged fields deleted, ours inserted
    /// at the top), a quarantine, then the final accept, or only the SMTP reply of a refusal.
    static func responses(for verdict: MailVerdict, fieldNames: [String], leadingSpace: Bool) -> [MilterResponse] {
        if let reply = verdict.decision.reply {
            return [.reply(reply.code, reply.enhancedCode, reply.text)]
        }
        // Folded lines are joined by a bare LF; the MTA writes its own line ends.
        let edits = verdict.stamp.edits(forFieldNames: fieldNames, lineBreak: "\n")
        var responses = edits.removals.map { MilterResponse.changeHeader(index: UInt32($0.index), name: $0.name, value: "") }
        for (index, addition) in edits.additions.enumerated() {
            responses.append(.insertHeader(index: UInt32(index), name: addition.name, value: (leadingSpace ? " " : "") + addition.value))
        }
        if verdict.decision.action == .quarantine { responses.append(.quarantine(reason: verdict.decision.reason)) }
        responses.append(.accept)
        return responses
    }

    /// `queue=4XyZ1 verdict=fail errors=1 warnings=0 infos=2 rules=body.placeholder action=reject ms=12`
    static func logLine(_ verdict: MailVerdict, queueID: String?, milliseconds: Int) -> String {
        var line = "queue=\(queueID ?? "-")"
        switch verdict.verdict {
        case let .passed(counts), let .failed(counts):
            let word = if case .passed = verdict.verdict { "pass" } else { "fail" }
            line += " verdict=\(word) errors=\(counts.errors) warnings=\(counts.warnings) infos=\(counts.infos)"
        default:
            line += " verdict=error"
        }
        // The rule ids of the Report field, most severe first.
        line += " rules=\(verdict.stamp.report.map { $0.split(separator: " ").joined() } ?? "-")"
        line += " action=\(verdict.decision.action.rawValue) ms=\(milliseconds)"
        if let failure = verdict.verdict.failure { line += " reason=\"\(failure.message)\"" }
        return line
    }
}

/// What the milter answers at the end of one message, and the line it logs.
struct MilterDecision: Sendable {
    var responses: [MilterResponse]
    var logLine: String
}
