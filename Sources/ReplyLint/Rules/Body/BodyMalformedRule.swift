struct BodyMalformedRule: Rule {
    static let description = RuleDescription(
        identifier: "body.malformed", severity: .warning,
        summary: "A body part the parser had to repair or could not decode (unknown charset, bad base64, missing closing boundary).",
        guideline: .wider,
        triggering: [
            RuleExample("en", message: "From: Jo <jo@shop.example>\nTo: anna@example.com\nSubject: Refund\nContent-Type: text/plain; charset=x-no-such-charset\n\nDear Anna,\n\nDone.\n\nBest regards,\nJo\n"),
            RuleExample("el", message: "From: Jo <jo@shop.example>\nTo: nikos@example.gr\nSubject: Επιστροφή\nContent-Type: text/plain; charset=x-no-such-charset\n\nΑγαπητέ Νίκο,\n\nΈγινε.\n\nΜε εκτίμηση,\nΜαρία\n"),
            RuleExample("ro", message: "From: Ana <ana@shop.example>\nTo: ion@example.ro\nSubject: Rambursare\nContent-Transfer-Encoding: base64\n\nU3RpbWF0ZSBkb21udWxlIFBvcGVzY3Us!!!\n"),
            RuleExample("et", message: "From: Kati <kati@shop.example>\nTo: mari@example.ee\nSubject: Tagastus\nContent-Type: text/plain; charset=x-unknown-8\n\nTere, Mari!\n\nTehtud.\n\nLugupidamisega\nKati\n"),
            RuleExample("id", message: "From: Dewi <dewi@shop.example>\nTo: budi@example.co.id\nSubject: Dana\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"z9\"\n\n--z9\nContent-Type: text/plain\n\nHalo Pak Budi,\n\nSudah.\n"),
            RuleExample("en", message: "From: Jo <jo@shop.example>\nTo: anna@example.com\nSubject: Refund\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nDear Anna,\n\nDone.\n\nBest regards,\nJo\n"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) }
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        MessageProblem.findings(draft.message.problems.filter { $0.area == .body })
    }
}
