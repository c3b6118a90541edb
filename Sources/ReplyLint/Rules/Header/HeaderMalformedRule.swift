struct HeaderMalformedRule: Rule {
    static let description = RuleDescription(
        identifier: "header.malformed", severity: .error,
        summary: "A header the parser had to repair or could not decode (bad encoded-word, raw 8-bit bytes, broken address list).",
        guideline: .wider,
        triggering: [
            RuleExample("en", message: "From: Jo <jo@shop.example>\nTo: Anna <anna@example.com\nSubject: Refund\n\nDear Anna,\n\nDone.\n\nBest regards,\nJo\n"),
            RuleExample("el", message: "From: Jo <jo@shop.example>\nTo: nikos@example.gr\nSubject: =?utf-8?X?zzz?=\n\nΑγαπητέ Νίκο,\n\nΈγινε.\n\nΜε εκτίμηση,\nΜαρία\n"),
            RuleExample("ro", message: "From: Ana <ana@shop.example>\nTo: Ion <ion@example.ro\nSubject: Rambursare\n\nStimate domnule Popescu,\n\nGata.\n\nCu stimă,\nAna\n"),
            RuleExample("et", message: "From: Kati <kati@shop.example>\nTo: mari@example.ee\nSubject: =?utf-8?Q?T=C3=A4?=ht=?utf-8?X?x?=\n\nTere, Mari!\n\nTehtud.\n\nLugupidamisega\nKati\n"),
            RuleExample("id", message: "From: Dewi <dewi@shop.example>\nTo: \"Budi <budi@example.co.id>\nSubject: Dana\n\nHalo Pak Budi,\n\nSudah.\n\nSalam hangat,\nDewi\n"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample("el", message: "From: Jo <jo@shop.example>\nTo: nikos@example.gr\nSubject: =?utf-8?B?zqPPhM6/zrnPh861zq/OsQ==?=\n\nΑγαπητέ Νίκο,\n\nΈγινε.\n\nΜε εκτίμηση,\nΜαρία\n"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        MessageProblem.findings(draft.message.problems.filter { $0.area == .header })
    }
}
