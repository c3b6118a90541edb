struct HeaderRecipientMissingRule: Rule {
    static let description = RuleDescription(
        identifier: "header.recipient-missing", severity: .error,
        summary: "No To, Cc or Bcc recipient, so a mail server has nowhere to deliver the draft.",
        guideline: .wider,
        triggering: [
            RuleExample("en", message: "From: Jo Baker <jo@shop.example>\nSubject: Your refund\n\nDear Anna,\n\nDone.\n\nBest regards,\nJo\n"),
            RuleExample("el", message: "From: Μαρία <maria@shop.example>\nTo: \nSubject: Η επιστροφή σας\n\nΑγαπητέ Νίκο,\n\nΈγινε.\n\nΜε εκτίμηση,\nΜαρία\n"),
            RuleExample("ro", message: "From: Ana <ana@shop.example>\nTo: Ion Popescu\nSubject: Rambursare\n\nStimate domnule Popescu,\n\nGata.\n\nCu stimă,\nAna\n"),
            RuleExample("et", message: "From: Kati <kati@shop.example>\nSubject: Tagastus\n\nTere, Mari!\n\nTehtud.\n\nLugupidamisega\nKati\n"),
            RuleExample("id", message: "From: Dewi <dewi@shop.example>\nTo: Budi Santoso\nSubject: Dana\n\nHalo Pak Budi,\n\nSudah.\n\nSalam hangat,\nDewi\n"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample("et", message: "From: Kati <kati@shop.example>\nBcc: mari@example.ee\nSubject: Tagastus\n\nTere, Mari!\n\nTehtud.\n\nLugupidamisega\nKati\n"),
            RuleExample("id", message: "From: Dewi <dewi@shop.example>\nCc: Budi <budi@example.co.id>\nSubject: Dana\n\nHalo Pak Budi,\n\nSudah.\n\nSalam hangat,\nDewi\n"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let message = draft.message
        let recipients = (message.to + message.cc + message.bcc).filter { $0.address.contains("@") }
        guard recipients.isEmpty else { return [] }
        if let to = message.field("To") {
            return [Finding("To has no address ('\(to.value)'); add the customer's address",
                            at: .header(to, start: 0, end: to.value.count))]
        }
        return [Finding("no To, Cc or Bcc recipient; add the customer's address", at: .message)]
    }
}
