import Foundation

struct ReplyLatencyRule: Rule {
    static let warnHours = RuleParameter.integer(
        "warn-hours", default: 24, help: "Hours after the customer's message past which a reply is late.")
    static let errorHours = RuleParameter.integer(
        "error-hours", default: 72, help: "Hours past which a late reply is an error.")

    static let description = RuleDescription(
        identifier: "reply.latency", severity: .warning,
        summary: "The customer wrote more than a day before this reply (an error past three days) and the reply does not acknowledge the delay.",
        guideline: .replyOnTime, usesLists: [.delayAcknowledgements],
        parameters: [
            Self.warnHours,
            Self.errorHours,
        ],
        triggering: LatencyExamples.triggering,
        nonTriggering: LatencyExamples.nonTriggering
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let written = draft.originalWritten else { return [] }
        // When a zone leaves the instants uncertain, only the shortest delay they allow counts.
        let slack = written.slack + draft.sentSlack
        let elapsed = draft.sentAt.date.timeIntervalSince(written.date) - slack
        let warnAfter = context.number(Self.warnHours) * 3600
        guard elapsed > warnAfter, !acknowledgesDelay(draft) else { return [] }
        let isError = elapsed > context.number(Self.errorHours) * 3600
        let example = draft.language.writtenList(.delayAcknowledgements).first ?? "Sorry for the late reply"
        let delay = (slack > 0 ? "at least " : "") + Self.duration(elapsed)
        let message = "the customer wrote \(delay) before this reply; acknowledge the delay, e.g. '\(example)'"
        let (location, excerpt) = where_(draft)
        return [Finding(message, at: location, excerpt: excerpt, severity: isError ? .error : nil)]
    }

    private func acknowledgesDelay(_ draft: Draft) -> Bool {
        !draft.phrases(.delayAcknowledgements).isEmpty
    }

    /// The quoted attribution when the date came from it, else the draft's Date header.
    private func where_(_ draft: Draft) -> (FindingLocation, String?) {
        if let quoted = draft.quoted, let line = quoted.attribution, quoted.date != nil, quoted.date == draft.original?.date {
            let text = line.trimmed
            return (line.location(text.startIndex..<text.endIndex), String(text))
        }
        if let field = draft.message.field("Date") {
            return (.header(field, start: 0, end: field.value.count), nil)
        }
        return (.message, nil)
    }

    /// `3 days 4 hours`, `1 day`, `30 hours` under a day (floors; minutes are noise here).
    static func duration(_ seconds: TimeInterval) -> String {
        let hours = Int(seconds / 3600)
        func unit(_ value: Int, _ name: String) -> String { "\(value) \(name)\(value == 1 ? "" : "s")" }
        guard hours >= 24 else { return unit(hours, "hour") }
        let (days, rest) = hours.quotientAndRemainder(dividingBy: 24)
        return rest == 0 ? unit(days, "day") : unit(days, "day") + " " + unit(rest, "hour")
    }
}
