struct ClosingSignatureDetailsRule: Rule {
    static let description = RuleDescription(
        identifier: "closing.signature-details", severity: .info,
        summary: "The signature has no job title, or no contact detail (phone number, address, URL or email address).",
        guideline: .introduceYourself, usesLists: [.jobTitles],
        triggering: [
            RuleExample.reply("en", closing: "Best regards,\n↓↓Jo Baker"),
            RuleExample.reply("en", closing: "Best regards,\n↓Jo Baker\nhttps://help.example.com"),
            RuleExample.reply("en", closing: "Best regards,\n↓Jo Baker\nSupport Specialist"),
            RuleExample.reply("en", closing: "Kind regards,\n↓↓Jo\n-- \nJo Baker\nExample Shop"),
            RuleExample.reply("el", closing: "Με εκτίμηση,\n↓Μαρία Γεωργίου\nΥπεύθυνη Εξυπηρέτησης Πελατών"),
            RuleExample.reply("ro", closing: "Cu stimă,\n↓Ana Ionescu\n+40 21 555 0192"),
            RuleExample.reply("et", closing: "Lugupidamisega\n↓Kati Kask\nKlienditoe spetsialist"),
            RuleExample.reply("id", closing: "Salam hangat,\n↓Dewi Lestari\nSpesialis Layanan Pelanggan"),
        ],
        nonTriggering: [
            RuleExample.reply("en"),
            RuleExample.reply("en", closing: "Best regards,\nJo Baker\nCustomer Care Advisor\njo.baker@shop.example"),
            RuleExample.reply("en", closing: "Kind regards,\nJo\n-- \nJo Baker, Team Lead\nExample Shop, 12 High Street, London"),
            RuleExample.reply("en", closing: "Jo Baker"),
            RuleExample.reply("el", closing: "Με εκτίμηση,\nΜαρία Γεωργίου\nΣύμβουλος Εξυπηρέτησης Πελατών\n+30 210 555 0143"),
            RuleExample.reply("ro", closing: "Cu stimă,\nAna Ionescu\nConsultant Relații Clienți\nwww.casaverde.example"),
            RuleExample.reply("et", closing: "Lugupidamisega\nKati Kask\nKlienditeenindaja\n+372 555 0193"),
            RuleExample.reply("id", closing: "Salam hangat,\nDewi Lestari\nStaf Layanan Pelanggan\n(021) 5550-1234"),
            // A department or team the agent signs for says the role as a title does.
            RuleExample.reply("en", closing: "Kind regards,\nHarriet Lowe\nCustomer Care Team, Ashford Home\n01793 496 022"),
            RuleExample.reply("en", closing: "Best,\nMarco Bellini\nBilling Support, PixelForge\n+1 646 555 0134"),
            RuleExample.reply("el", closing: "Με εκτίμηση,\nΓιώργος Αλεξίου\nΤμήμα Εξυπηρέτησης Πελατών, Spiti Plus\n+30 210 555 0177"),
            RuleExample.reply("el", closing: "Φιλικά,\nΚατερίνα Μαυρίδου\nΥποστήριξη Πελατών, FotoApp\nhttps://help.fotoapp.example"),
            RuleExample.reply("ro", closing: "Cu stimă,\nMihai Constantinescu\nEchipa de Asistență, ElectroCasa\n021 555 0148"),
            RuleExample.reply("ro", closing: "Cu stimă,\nLarisa Pop\nContabilitate, Papetăria\n0731 555 062"),
            RuleExample.reply("ro", closing: "Numai bine,\nVlad Stoica\nSuport Tehnic, Factureaza\nhttps://ajutor.factureaza.example"),
            RuleExample.reply("et", closing: "Parimate soovidega\nKristjan Mets\nKlienditugi, Kirjapood\n+372 555 0172"),
            RuleExample.reply("id", closing: "Salam,\nRina Putri\nTim Layanan Pelanggan, Bukuku\n+62 21 5550 1188"),
            // The shop's name, then its desk, as small shops sign.
            RuleExample.reply("en", closing: "Thanks,\nLeo Martin\nBudgetly Support\nhttps://budgetly.example/help"),
            RuleExample.reply("en", closing: "All the best,\nSofia Alvarez\nGreenleaf Pets Customer Happiness\n+1 512 555 0190"),
            RuleExample.reply("ro", closing: "Mulțumesc,\nIoana Rusu\nSuport ContApp\n021 555 0163"),
            RuleExample.reply("el", closing: "Ευχαριστώ,\nΝίκος Σταθόπουλος\nΥποστήριξη Λογιστικό\n210 555 0128"),
            RuleExample.reply("et", closing: "Lugupidamisega\nMarko Põld\nKliendinõustaja, Kindlustus\n+372 555 0149"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard draft.signOff != nil || !draft.signature.isEmpty else { return [] }
        var lines = draft.signature
        if let sender = draft.senderName, !lines.contains(where: { $0.index == sender.index }) { lines.insert(sender, at: 0) }
        let anchor = draft.senderName ?? draft.signature.first
            ?? draft.signOff.map { TextLine(index: $0.line.index, full: $0.line.full, text: $0.line.full[$0.range]) }
        guard let anchor else { return [] }
        var missing: [String] = []
        if !draft.phraseMatcher(.jobTitles).contains(in: draft.proseWords(lines).words) { missing.append("job title") }
        if !lines.contains(where: { Self.hasContactDetail($0.text) }) { missing.append("contact detail (phone, address, URL or email)") }
        return missing.map { kind in
            Finding("signature has no \(kind); add it under your name", at: anchor.trimmedLocation,
                    excerpt: String(anchor.trimmed))
        }
    }

    /// A URL, an email address, a phone number (7+ digits), or an address-like line (a number, words and a comma).
    static func hasContactDetail(_ text: Substring) -> Bool {
        let lowered = text.lowercased()
        if lowered.containsBytes("://") || lowered.containsBytes("www.") { return true }
        if let at = text.firstIndex(of: "@"), at > text.startIndex, text[text.index(after: at)...].containsBytes(".") { return true }
        var digits = 0
        for character in text {
            if character.isASCII, character.isNumber {
                digits += 1
                if digits >= 7 { return true }
            } else if !" +-./()".contains(character) {
                digits = 0
            }
        }
        let words = text.split(separator: " ")
        return text.containsBytes(",") && words.count >= 3 && words.contains { $0.first?.isNumber == true }
            && words.contains { $0.count >= 3 && $0.allSatisfy(\.isLetter) }
    }
}
