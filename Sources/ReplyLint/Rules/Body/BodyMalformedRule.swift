struct BodyMalformedRule: Rule {
    static let description = RuleDescription(
        identifier: "body.malformed", severity: .warning,
        summary: "A body part the parser had to repair or could not decode (unknown charset, bad base64, missing closing boundary).",
        guideline: .wider,
        triggering: [
            RuleExample("en", message: "From: Jo <jo@shop.example>\nTo: anna@example.com\nSubject: Refund\nContent-Type: text/plain; charset=x-no-such-charset\n\nDear Anna,\n\nDone.\n\nBest regards,\nJo\n"),
            RuleExample("en", message: "From: Jo <jo@shop.example>\nTo: anna@example.com\nSubject: Refund\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nDear Anna,\n\nDone.\n\nBest regards,\nJo\n"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) }
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        MessageProblem.findings(draft.message.problems.filter { $0.area == .body })
    }
}
