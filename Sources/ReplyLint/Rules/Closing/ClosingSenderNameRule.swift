struct ClosingSenderNameRule: Rule {
    static let description = RuleDescription(
        identifier: "closing.sender-name", severity: .warning,
        summary: "No sender name after the sign-off, or one that does not match the From display name (first name at least).",
        guideline: .introduceYourself, usesLists: [.jobTitles, .mailboxNames, .nameEndings, .nameForms],
        triggering: [
            signed("en", "Jo Baker", "↓Best regards,"),
            signed("en", "Jo Baker", "Best regards,\n↓Maria Georgiou"),
            signed("en", "Jo Baker", "Kind regards, ↓Anna"),
            signed("en", "Jo Baker", "↓Best regards,\nSupport Specialist\n+44 20 7946 0000"),
            signed("el", "Μαρία Γεωργίου", "Με εκτίμηση,\n↓Ελένη"),
            signed("el", "Μαρία Γεωργίου", "↓Με εκτίμηση,"),
            signed("ro", "Ana Ionescu", "Cu stimă,\n↓Radu Stan"),
            signed("et", "Kati Kask", "↓Lugupidamisega\nKlienditoe spetsialist"),
            signed("id", "Dewi Lestari", "Salam hangat,\n↓Rizky"),
        ],
        nonTriggering: [
            signed("en", "Jo Baker", "Best regards,\nJo Baker\nSupport Specialist"),
            signed("en", "Jo Baker", "Kind regards, jo"),
            signed("en", "\"Baker, Jo\"", "Thanks,\nJo\n-- \nJo Baker | Example Shop"),
            signed("en", "Example Shop Support", "Best regards,\nDaniel Reed"),
            signed("en", "Jo Baker", "Jo Baker"),
            signed("el", "Μαρία Γεωργίου", "Με εκτίμηση,\nΜΑΡΙΑ"),
            signed("el", "Maria Georgiou", "Με εκτίμηση,\nMaria"),
            signed("ro", "Ana Ionescu", "Cu stimă,\nAna"),
            signed("ro", "Stefan Popa", "Toate cele bune,\nȘtefan Popa"),
            signed("et", "Kati Kask", "Lugupidamisega\nKati Kask\nKlienditoe spetsialist"),
            signed("id", "Dewi Lestari", "Hormat kami,\nDewi"),
            signed("id", "Layanan Pelanggan Toko Hijau", "Salam hangat,\nDewi Lestari"),
        ]
    )

    /// The sample reply of `locale` sent by `from`, with `closing` as its end.
    static func signed(_ locale: String, _ from: String, _ closing: String) -> RuleExample {
        let sample = RuleExample.samples[locale] ?? RuleExample.samples["en"]!
        return RuleExample(locale, subject: sample.subject, to: sample.to, from: "\(from) <agent@shop.example>",
                           extraHeaders: ["Content-Language: \(locale)"],
                           body: [sample.greeting, sample.body, closing].joined(separator: "\n\n"))
    }

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let signOff = draft.signOff else { return [] }
        let fromName = personalFromName(draft)
        let sender = draft.senderName ?? draft.signature.first.flatMap { Draft.looksLikeName($0.trimmed) ? $0 : nil }
        if let sender, let fromName, NameMatch.names(sender.trimmed, fromName, language: draft.language) { return [] }
        guard let sender, !draft.phraseMatcher(.jobTitles).contains(in: draft.proseWords([sender]).words) else {
            let title = sender.map { " ('\($0.trimmed)' is a job title)" } ?? ""
            return [Finding("no sender name after the sign-off\(title); sign with your name",
                            at: signOff.line.location(signOff.range), excerpt: String(signOff.line.full[signOff.range]))]
        }
        guard let fromName else { return [] }
        return [Finding("signed '\(sender.trimmed)' but From is '\(fromName)'; sign with the name the customer sees",
                        at: sender.trimmedLocation, excerpt: String(sender.trimmed))]
    }

    /// From's display name, unless it names a shared mailbox ("Example Shop Support").
    private func personalFromName(_ draft: Draft) -> String? {
        guard let name = draft.message.from.first?.name?.trimmingWhitespace, !name.isEmpty else { return nil }
        let words = draft.proseWords([TextLine(index: 0, full: name)]).words
        let shared = draft.languages.codes.contains { draft.languages.phrases($0, .mailboxNames).contains(in: words) }
        return shared ? nil : String(name)
    }
}
