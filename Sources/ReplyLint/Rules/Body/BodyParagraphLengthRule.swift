struct BodyParagraphLengthRule: Rule {
    static let maxWords = RuleParameter.integer(
        "max-words", default: 80, help: "Most words a paragraph may have.")
    static let maxSentences = RuleParameter.integer(
        "max-sentences", default: 5, help: "Most sentences a paragraph may have.")

    static let description = RuleDescription(
        identifier: "body.paragraph-length", severity: .info,
        summary: "A paragraph of the new text with too many words (80) or sentences (5) to read at a glance.",
        guideline: .shortSteps,
        parameters: [
            Self.maxWords,
            Self.maxSentences,
        ],
        triggering: [
            RuleExample.reply("en", body: "↓Thank you for writing. Your refund was issued today. It will reach your card soon. The bank may take a day longer. We will email you when it arrives. Our team is here to help."),
            RuleExample.reply("en", body: "Thank you for your patience.\n\n↓I'm sorry that your refund of 64.90 GBP has taken longer than the five working days we promised\nwhen you sent the jacket back. Our payment provider held the transfer for an extra check that\nwe did not expect, and we did not let you know about it at the time. I released the refund\nthis morning, and it will reach the card you paid with within three working days at the latest. We have\nalso added a note to your account so that this does not happen again."),
            RuleExample.reply("el", body: "↓Σας ευχαριστούμε. Η επιστροφή έγινε σήμερα. Θα φτάσει σύντομα στην κάρτα σας. Η τράπεζα ίσως αργήσει μία μέρα. Θα σας ενημερώσουμε μόλις φτάσει. Είμαστε εδώ για ό,τι χρειαστείτε."),
            RuleExample.reply("ro", body: "↓Vă mulțumim. Rambursarea a fost efectuată astăzi. Banii ajung curând pe card. Banca poate întârzia o zi. Vă anunțăm când ajung. Suntem aici pentru orice întrebare."),
            RuleExample.reply("et", body: "↓Aitäh kirjutamast. Tagastasime raha täna. See jõuab peagi kaardile. Pank võib võtta päeva kauem. Anname teada, kui raha kohale jõuab. Aitame hea meelega edasi."),
            RuleExample.reply("id", body: "↓Terima kasih atas pesan Anda. Dana sudah kami kembalikan hari ini. Dana akan segera masuk ke kartu Anda. Bank mungkin butuh satu hari lagi. Kami akan mengabari Anda. Kami siap membantu."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "Thank you for writing. Your refund was issued today. It will reach your card soon. The bank may take a day longer. We will email you when it arrives.\n\nOur team is here to help."),
            // Six list items are six sentences, but a list is not a paragraph.
            RuleExample.reply("en", body: "To return it:\n\n1. Open the order.\n2. Choose Return.\n3. Pick a reason.\n4. Print the label.\n5. Pack the jacket.\n6. Post the parcel.\n\nThe guide: https://help.example.com/returns"),
            RuleExample.reply("el", body: "Σας ευχαριστούμε. Η επιστροφή έγινε σήμερα. Θα φτάσει σύντομα στην κάρτα σας.\n\nΘα σας ενημερώσουμε μόλις φτάσει."),
            RuleExample.reply("ro", body: "Vă mulțumim. Rambursarea a fost efectuată astăzi. Banii ajung curând pe card.\n\nVă anunțăm când ajung."),
            RuleExample.reply("et", body: "Aitäh kirjutamast. Tagastasime raha täna. See jõuab peagi kaardile.\n\nAnname teada, kui raha kohale jõuab."),
            RuleExample.reply("id", body: "Terima kasih atas pesan Anda. Dana sudah kami kembalikan hari ini.\n\nKami akan mengabari Anda."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let maxWords = context.int(Self.maxWords)
        let maxSentences = context.int(Self.maxSentences)
        return draft.passages.compactMap { passage in
            guard !passage.isListItem, let first = passage.lines.first, let last = passage.lines.last else { return nil }
            let words = passage.wordCount
            let sentences = passage.sentences.count
            let problem: String
            if words > maxWords {
                problem = "paragraph has \(words) words; keep it to \(maxWords)"
            } else if sentences > maxSentences {
                problem = "paragraph has \(sentences) sentences; keep it to \(maxSentences)"
            } else {
                return nil
            }
            let opening = BodySentenceLengthRule.opening(passage.sentences.flatMap(\.words))
            let start = first.trimmed.startIndex
            let location = FindingLocation.body(line: first.index, column: first.column(of: start),
                                                endLine: last.index, endColumn: last.column(of: last.trimmed.endIndex))
            return Finding("\(problem) by splitting it where the topic changes ('\(opening)')", at: location, excerpt: opening)
        }
    }
}
