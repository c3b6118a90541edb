struct BodyStepsLinkRule: Rule {
    static let minSteps = RuleParameter.integer(
        "min-steps", default: 3, help: "Fewest list items that call for a link to a help article.")

    static let description = RuleDescription(
        identifier: "body.steps-link", severity: .warning,
        summary: "A list of three or more steps and no link anywhere in the new text.",
        guideline: .linkWhenLong, usesLists: [.stepWords],
        parameters: [Self.minSteps],
        triggering: [
            RuleExample.reply("en", body: "To reset your password:\n\n↓1. Open the app.\n2. Tap Settings.\n3. Choose Reset password."),
            RuleExample.reply("en", body: "Please:\n↓- Open the app\n- Tap Settings\n- Choose Reset password"),
            RuleExample.reply("el", body: "Για να αλλάξετε τον κωδικό:\n\n↓1. Ανοίξτε την εφαρμογή.\n2. Πατήστε Ρυθμίσεις.\n3. Επιλέξτε Αλλαγή κωδικού."),
            RuleExample.reply("ro", body: "Pentru a reseta parola:\n\n↓1. Deschideți aplicația.\n2. Apăsați Setări.\n3. Alegeți Resetare parolă."),
            RuleExample.reply("et", body: "Parooli muutmiseks:\n\n↓1. Avage rakendus.\n2. Vajutage Seaded.\n3. Valige Muuda parooli."),
            RuleExample.reply("id", body: "Untuk mengatur ulang kata sandi:\n\n↓1. Buka aplikasi.\n2. Ketuk Pengaturan.\n3. Pilih Atur ulang kata sandi."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "To reset your password:\n\n1. Open the app.\n2. Tap Settings.\n3. Choose Reset password.\n\nThe full guide: https://help.example.com/reset"),
            RuleExample.reply("en", body: "Two steps:\n\n1. Open the app.\n2. Tap Settings."),
            RuleExample.reply("el", body: "Οδηγίες: https://help.example.gr/kodikos\n\n1. Ανοίξτε την εφαρμογή.\n2. Πατήστε Ρυθμίσεις.\n3. Επιλέξτε Αλλαγή κωδικού."),
            RuleExample.reply("ro", body: "1. Deschideți aplicația.\n2. Apăsați Setări.\n3. Alegeți Resetare parolă.\n\nGhid: www.example.ro/ajutor/parola"),
            RuleExample.reply("et", body: "1. Avage rakendus.\n2. Vajutage Seaded.\n3. Valige Muuda parooli.\n\nJuhend: https://abi.example.ee/parool"),
            RuleExample.reply("id", body: "1. Buka aplikasi.\n2. Ketuk Pengaturan.\n3. Pilih Atur ulang kata sandi.\n\nPanduan: https://bantuan.example.co.id/sandi"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard !draft.links.contains(where: { !$0.inSignature }) else { return [] }
        return draft.lists.filter { $0.items.count >= context.int(Self.minSteps) }.compactMap { list in
            guard let first = list.items.first?.first else { return nil }
            let text = first.trimmed
            let kind = list.ordered ? "numbered" : "bulleted"
            return Finding("\(list.items.count) \(kind) steps and no link; add a link to a help article that has them",
                           at: first.location(text.startIndex..<text.endIndex), excerpt: String(text))
        }
    }
}
