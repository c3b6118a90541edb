struct HeaderMalformedRule: Rule {
    static let description = RuleDescription(
        identifier: "header.malformed", severity: .error,
        summary: "A header the parser had to repair or could not decode (bad encoded-word, raw 8-bit bytes, broken address list).",
        guideline: .wider,
        triggering: [
            RuleExample("en", message: "From: Jo <jo@shop.example>\nTo: Anna <anna@example.com\nSubject: Refund\n\nDear Anna,\n\nDone.\n\nBest regards,\nJo\n"),
            RuleExample("el", message: "From: Jo <jo@shop.example>\nTo: nikos@example.gr\nSubject: =?utf-8?X?zzz?=\n\nΑγαπητέ Νίκο,\n\nΈγινε.\n\nΜε εκτίμηση,\nΜαρία\n"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample("el", message: "From: Jo <jo@shop.example>\nTo: nikos@example.gr\nSubject: =?utf-8?B?zqPPhM6/zrnPh861zq/OsQ==?=\n\nΑγαπητέ Νίκο,\n\nΈγινε.\n\nΜε εκτίμηση,\nΜαρία\n"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        MessageProblem.findings(draft.message.problems.filter { $0.area == .header })
    }
}
