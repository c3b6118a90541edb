struct BodyStepsLinkRule: Rule {
    static let minSteps = RuleParameter.integer(
        "min-steps", default: 3, help: "Fewest list items that call for a link to a help article.")

    static let description = RuleDescription(
        identifier: "body.steps-link", severity: .warning,
        summary: "A list of three or more steps (items that tell the customer what to do, not what the shop will do) and no link anywhere in the new text.",
        guideline: .linkWhenLong, usesLists: [.stepWords, .imperatives, .sequenceWords, .requestWords],
        parameters: [Self.minSteps],
        triggering: [
            RuleExample.reply("en", body: "To reset your password:\n\n↓1. Open the app.\n2. Tap Settings.\n3. Choose Reset password."),
            RuleExample.reply("en", body: "Please:\n↓- Open the app\n- Tap Settings\n- Choose Reset password"),
            RuleExample.reply("el", body: "Για να αλλάξετε τον κωδικό:\n\n↓1. Ανοίξτε την εφαρμογή.\n2. Πατήστε Ρυθμίσεις.\n3. Επιλέξτε Αλλαγή κωδικού."),
            RuleExample.reply("ro", body: "Pentru a reseta parola:\n\n↓1. Deschideți aplicația.\n2. Apăsați Setări.\n3. Alegeți Resetare parolă."),
            RuleExample.reply("et", body: "Parooli muutmiseks:\n\n↓1. Avage rakendus.\n2. Vajutage Seaded.\n3. Valige Muuda parooli."),
            RuleExample.reply("id", body: "Untuk mengatur ulang kata sandi:\n\n↓1. Buka aplikasi.\n2. Ketuk Pengaturan.\n3. Pilih Atur ulang kata sandi."),
            // Steps after "then" or "please", or with a step word, still instruct.
            RuleExample.reply("en", body: "To change it:\n\n↓Step 1: Open the app.\nStep 2: Then tap Settings.\nStep 3: Please choose Change password."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "To reset your password:\n\n1. Open the app.\n2. Tap Settings.\n3. Choose Reset password.\n\nThe full guide: https://help.example.com/reset"),
            RuleExample.reply("en", body: "Two steps:\n\n1. Open the app.\n2. Tap Settings."),
            RuleExample.reply("el", body: "Οδηγίες: https://help.example.gr/kodikos\n\n1. Ανοίξτε την εφαρμογή.\n2. Πατήστε Ρυθμίσεις.\n3. Επιλέξτε Αλλαγή κωδικού."),
            RuleExample.reply("ro", body: "1. Deschideți aplicația.\n2. Apăsați Setări.\n3. Alegeți Resetare parolă.\n\nGhid: www.example.ro/ajutor/parola"),
            RuleExample.reply("et", body: "1. Avage rakendus.\n2. Vajutage Seaded.\n3. Valige Muuda parooli.\n\nJuhend: https://abi.example.ee/parool"),
            RuleExample.reply("id", body: "1. Buka aplikasi.\n2. Ketuk Pengaturan.\n3. Pilih Atur ulang kata sandi.\n\nPanduan: https://bantuan.example.co.id/sandi"),
            // A timeline of what the shop will do is not steps for the customer.
            RuleExample.reply("en", body: "What happens next:\n\n1. We receive your parcel.\n2. We inspect it.\n3. We refund the full amount."),
            RuleExample.reply("el", body: "Τι θα γίνει:\n\n1. Παραλαμβάνουμε το δέμα σας.\n2. Το ελέγχουμε.\n3. Σας επιστρέφουμε όλο το ποσό."),
            RuleExample.reply("ro", body: "Ce urmează:\n\n1. Primim coletul.\n2. Îl verificăm.\n3. Vă returnăm toată suma."),
            RuleExample.reply("et", body: "Mis edasi saab:\n\n1. Me võtame paki vastu.\n2. Kontrollime selle üle.\n3. Tagastame kogu summa."),
            RuleExample.reply("id", body: "Yang akan terjadi:\n\n- Kami menerima paket Anda.\n- Kami memeriksanya.\n- Kami mengembalikan seluruh dana."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard !draft.links.contains(where: { !$0.inSignature }) else { return [] }
        let minimum = context.int(Self.minSteps)
        let stepWords = draft.language.list(.stepWords)
        return draft.lists.filter { $0.items.count >= minimum }.compactMap { list in
            guard let first = list.items.first?.first else { return nil }
            // Steps are instructions to the customer; "1. We receive your parcel 2. We inspect
            // it 3. We refund you" is what the shop will do, and needs no help article.
            let steps = list.items.filter { Self.instructs($0, draft, stepWords) }.count
            guard steps >= minimum else { return nil }
            let text = first.trimmed
            let kind = list.ordered ? "numbered" : "bulleted"
            return Finding("\(list.items.count) \(kind) steps and no link; add a link to a help article that has them",
                           at: first.location(text.startIndex..<text.endIndex), excerpt: String(text))
        }
    }

    /// Whether a list item, its marker left out, opens with an instruction.
    private static func instructs(_ item: [TextLine], _ draft: Draft, _ stepWords: [String]) -> Bool {
        guard let first = item.first else { return false }
        let start = Draft.listMarker(first.text, stepWords: stepWords)?.1 ?? first.text.startIndex
        let lines = [TextLine(index: first.index, full: first.full, text: first.text[start...])] + item.dropFirst()
        var words = draft.proseWords(lines).words[...]
        // "Step 1: Open the app": the marker keeps its words; the instruction follows the number.
        if let word = words.first, stepWords.contains(word.folded),
           let number = words.prefix(3).firstIndex(where: { $0.folded.allSatisfy(\.isNumber) }) {
            words = words[(number + 1)...]
        }
        return BodyStepsUnnumberedRule.opensInstruction(Array(words), in: draft)
    }
}
