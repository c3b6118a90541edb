struct BodyAttachmentMentionedRule: Rule {
    static let description = RuleDescription(
        identifier: "body.attachment-mentioned", severity: .warning,
        summary: "The new text says something is attached, but the message has no attachment.",
        guideline: .proofread, usesLists: [.attachmentWords],
        triggering: [
            RuleExample.reply("en", body: "↓Please find attached your invoice for order A-1042."),
            RuleExample.reply("en", body: "I have sent the label. ↓See the attachment for the\nreturn address."),
            RuleExample.reply("el", body: "Σας ↓επισυνάπτω το τιμολόγιο της παραγγελίας."),
            RuleExample.reply("ro", body: "↓Vă trimit atașat factura comenzii."),
            RuleExample.reply("ro", body: "Factura este ↓ataşată acestui mesaj."),
            RuleExample.reply("et", body: "↓Arve on lisatud manusena."),
            // Estonian word order is free: the same mention in other orders.
            RuleExample.reply("et", body: "↓Lisatud on arve ja tagastusvorm."),
            RuleExample.reply("et", body: "Tellimuse ↓juhend on kirjale lisatud."),
            RuleExample.reply("en", body: "↓We have attached a copy of the receipt."),
            RuleExample.reply("id", body: "Faktur pesanan Anda ↓terlampir."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "The card attached to your account was charged once."),
            RuleExample.reply("en", body: "Thank you for the photos you attached."),
            attached("en", "Please find attached your invoice for order A-1042."),
            RuleExample.reply("el", body: "Η κάρτα είναι συνδεδεμένη με τον λογαριασμό σας."),
            attached("el", "Σας επισυνάπτω το τιμολόγιο της παραγγελίας."),
            RuleExample.reply("ro", body: "Cardul atașat contului dumneavoastră a fost debitat o singură dată."),
            attached("ro", "Vă trimit atașat factura comenzii."),
            RuleExample.reply("et", body: "Teie kontole on lisatud uus kaart."),
            attached("et", "Arve on lisatud manusena."),
            RuleExample.reply("id", body: "Kartu yang terhubung ke akun Anda hanya ditagih sekali."),
            attached("id", "Faktur pesanan Anda terlampir."),
        ]
    )

    /// The sample reply of `locale` with `body`, sent with a PDF attached.
    static func attached(_ locale: String, _ body: String) -> RuleExample {
        let sample = RuleExample.samples[locale] ?? RuleExample.samples["en"]!
        let text = [sample.greeting, body, sample.closing].joined(separator: "\n\n")
        let message = """
            From: Jo Baker <jo@shop.example>
            To: \(sample.to)
            Subject: \(sample.subject)
            Date: Mon, 16 Nov 2026 10:12:00 +0200
            Content-Language: \(locale)
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            \(text)
            --b1
            Content-Type: application/pdf; name="invoice.pdf"
            Content-Disposition: attachment; filename="invoice.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK
            --b1--

            """
        return RuleExample(locale, message: message)
    }

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard draft.message.attachments.isEmpty else { return [] }
        let phrases = draft.phraseMatcher(.attachmentWords)
        return draft.prose.flatMap { paragraph in
            phrases.matches(paragraph.words).map { match in
                let first = paragraph.words[match.lowerBound]
                let text = paragraph.text(match)
                return Finding("says '\(text)' but nothing is attached; attach the file or drop the mention",
                               at: paragraph.line(of: first).location(first.range), excerpt: text)
            }
        }
    }
}
