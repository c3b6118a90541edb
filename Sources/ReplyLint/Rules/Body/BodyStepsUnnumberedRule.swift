struct BodyStepsUnnumberedRule: Rule {
    static let minSteps = RuleParameter.integer(
        "min-steps", default: 3, help: "Fewest sequence words, or instruction sentences in a row, that call for a numbered list.")

    static let description = RuleDescription(
        identifier: "body.steps-unnumbered", severity: .warning,
        summary: "Three or more sequential instructions written as prose (\"first … then … finally\", or a run of instruction sentences) instead of a numbered list.",
        guideline: .shortSteps, usesLists: [.sequenceWords, .imperatives, .requestWords],
        parameters: [Self.minSteps],
        triggering: [
            RuleExample.reply("en", body: "↓First, open the app. Then tap Settings, and after that\nchoose Reset password. Finally, sign in again."),
            RuleExample.reply("en", body: "Here is what to do.\n\n↓Open the app. Tap Settings. Please choose Reset password."),
            RuleExample.reply("en", body: "To return it:\n\n↓Print the label we sent. Pack the jacket in its bag. Take it to any post office."),
            RuleExample.reply("el", body: "↓Ανοίξτε την εφαρμογή. Πατήστε Ρυθμίσεις. Επιλέξτε Αλλαγή κωδικού."),
            RuleExample.reply("el", body: "↓Πρώτα ανοίξτε την εφαρμογή, στη συνέχεια πατήστε Ρυθμίσεις και τέλος επιλέξτε Αλλαγή κωδικού."),
            RuleExample.reply("ro", body: "↓Deschideți aplicația. Apăsați Setări. Vă rugăm să alegeţi Resetare parolă."),
            RuleExample.reply("et", body: "↓Avage rakendus. Vajutage Seaded. Seejärel valige Muuda parooli."),
            RuleExample.reply("id", body: "↓Buka aplikasi. Ketuk Pengaturan. Lalu pilih Atur ulang kata sandi."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "1. Open the app.\n2. Tap Settings.\n3. Choose Reset password.\n\nhttps://help.example.com/reset"),
            RuleExample.reply("en", body: "Open the app and tap Settings. Your first order ships next week, and then the rest."),
            RuleExample.reply("en", body: "Send us a photo of the label when you can. It will take us a day to check it, and we print the new one."),
            RuleExample.reply("en", body: "Open the app. Your settings are saved there. Choose a new password when you like."),
            RuleExample.reply("el", body: "Ανοίξτε την εφαρμογή. Οι ρυθμίσεις σας έχουν αποθηκευτεί. Επιλέξτε νέο κωδικό όποτε θέλετε."),
            RuleExample.reply("ro", body: "Deschideți aplicația. Setările sunt salvate. Alegeți o parolă nouă când doriți."),
            RuleExample.reply("et", body: "Avage rakendus. Teie seaded on salvestatud. Valige uus parool, kui soovite."),
            RuleExample.reply("id", body: "Buka aplikasi. Pengaturan Anda sudah tersimpan. Pilih kata sandi baru kapan saja."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let sequence = draft.phraseMatcher(.sequenceWords), imperatives = draft.phraseMatcher(.imperatives)
        let requests = draft.phraseMatcher(.requestWords)
        let minimum = max(context.int(Self.minSteps), 2)
        let listLines = Set(draft.lists.flatMap { $0.items.flatMap { $0.map(\.index) } })
        return zip(draft.paragraphs, draft.prose).compactMap { lines, paragraph -> Finding? in
            let prose = lines.filter { !listLines.contains($0.index) }
            guard let first = prose.first else { return nil }
            let words = prose.count == lines.count ? paragraph.words : draft.proseWords(prose).words
            // "then" mid-clause is not a step ("your first order"); a longer phrase is ("and then").
            let ordered = sequence.matches(words).filter { words[$0.lowerBound].startsClause || $0.count > 1 }.count
            let found = ordered >= minimum ? ordered
                : instructionRun(prose, words, imperatives: imperatives, skipping: [sequence, requests],
                                 minimum: minimum, locale: draft.language.code)
            guard found >= minimum else { return nil }
            return Finding("\(found) steps written as prose; make them a numbered list",
                           at: first.trimmedLocation, excerpt: String(first.trimmed))
        }
    }

    /// The longest run of consecutive sentences that each open with an instruction verb
    /// (after an optional "then" or "please").
    private func instructionRun(_ lines: [TextLine], _ words: [ProseWords.Word], imperatives: PhraseMatcher,
                                skipping openers: [PhraseMatcher], minimum: Int, locale: String) -> Int {
        // Every sentence starts a clause: split sentences (ICU) only when enough clauses instruct.
        guard words.indices.filter({ words[$0].startsClause && Self.instructs(words, $0, imperatives, openers) }).count >= minimum
        else { return 0 }
        let joined = lines.map { String($0.text) }.joined(separator: " ")
        let sentenceStarts = Segmenter.segments(joined[...], kind: .sentence, locale: locale).map { range in
            joined.distance(from: joined.startIndex, to: range.lowerBound)
                + joined[range].prefix(while: \.isWhitespace).count
        }
        var run = 0, best = 0, cursor = 0
        for start in sentenceStarts {
            while cursor < words.count, words[cursor].offset < start { cursor += 1 }
            guard cursor < words.count else { break }
            let opens = Self.instructs(words, cursor, imperatives, openers)
            run = opens ? run + 1 : 0
            best = max(best, run)
        }
        return best
    }

    /// Whether some words open with an instruction to the customer ("Open the app", "Then tap
    /// Settings", "Vă rugăm să alegeți"), not a statement of what the shop does: the test
    /// body.steps-link applies to each list item.
    static func opensInstruction(_ words: [ProseWords.Word], in draft: Draft) -> Bool {
        instructs(words, 0, draft.phraseMatcher(.imperatives),
                  [draft.phraseMatcher(.sequenceWords), draft.phraseMatcher(.requestWords)])
    }

    /// Whether the words at `start` open an instruction, after an optional "then" or "please".
    private static func instructs(_ words: [ProseWords.Word], _ start: Int, _ imperatives: PhraseMatcher,
                           _ openers: [PhraseMatcher]) -> Bool {
        var position = start
        for opener in openers where position < words.count {
            if let length = opener.match(words, at: position) { position += length }
        }
        return position < words.count && imperatives.match(words, at: position) != nil
    }
}
