struct ToneApologyVagueRule: Rule {
    static let description = RuleDescription(
        identifier: "tone.apology-vague", severity: .info,
        summary: "A stock apology that names nothing (\"Sorry for the inconvenience\"), in a reply with no specific apology.",
        guideline: .showUnderstanding, usesLists: [.vagueApologies, .apologies, .apologyConnectors, .apologyPointers, .apologyExample],
        triggering: [
            RuleExample.reply("en", body: "Your refund was issued today. ↓We apologize for any inconvenience."),
            RuleExample.reply("en", body: "↓Sorry for the trouble. Your refund was issued today and reaches your card by Friday."),
            RuleExample.reply("el", body: "Η επιστροφή έγινε σήμερα. ↓Ζητούμε συγγνώμη για την όποια ταλαιπωρία."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi. ↓Ne cerem scuze pentru orice neplăcere."),
            RuleExample.reply("ro", body: "Rambursarea a fost efectuată astăzi. ↓Ne cerem scuze pentru aceasta."),
            RuleExample.reply("et", body: "Tagastasime raha täna. ↓Vabandame võimalike ebamugavuste pärast."),
            RuleExample.reply("id", body: "Dana Anda sudah kami kembalikan hari ini. ↓Mohon maaf atas ketidaknyamanannya."),
            // A pointing apology says what it is about only when the next sentence does.
            RuleExample.reply("en", body: "↓Sorry about this! Have a nice day."),
            RuleExample.reply("el", body: "Η παραγγελία σας έφυγε σήμερα. ↓Συγγνώμη για αυτό."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "We are sorry that your refund was late. We apologize for any inconvenience."),
            RuleExample.reply("en", body: "I'm sorry the refund took so long; it was our mistake.",
                              closing: "Best regards,\nJo Baker\n\nOn Sun, 15 Nov 2026 at 18:40, Anna Smith <anna@example.com> wrote:\n> Sorry for the trouble, but where is my refund?"),
            // The stock phrase goes on to name what went wrong.
            RuleExample.reply("en", body: "Sorry for the trouble with the reset email. I have sent you a new link just now."),
            RuleExample.reply("el", body: "Λυπούμαστε που η επιστροφή καθυστέρησε. Συγγνώμη για την ταλαιπωρία."),
            RuleExample.reply("ro", body: "Ne pare rău că rambursarea a întârziat. Ne cerem scuze pentru orice neplăcere."),
            // "această întârziere" names the delay; folding must not read it as the stock "pentru aceasta".
            RuleExample.reply("ro", body: "Rambursarea a întârziat o săptămână. Ne cerem scuze pentru această întârziere."),
            RuleExample.reply("et", body: "Vabandame tagasimakse hilinemise eest. Vabandame võimalike ebamugavuste pärast."),
            RuleExample.reply("id", body: "Kami mohon maaf karena dana terlambat. Mohon maaf atas ketidaknyamanannya."),
            // "Sorry about this!" points at the next sentence, which says what went wrong.
            RuleExample.reply("en", body: "Sorry about this! The courier took your parcel to the wrong depot, and it reaches you tomorrow."),
            RuleExample.reply("el", body: "Συγγνώμη γι' αυτό! Ο κούριερ πήγε το δέμα σας σε λάθος κατάστημα και θα το έχετε αύριο."),
            RuleExample.reply("ro", body: "Ne pare rău pentru asta! Curierul a dus coletul la alt depozit, iar mâine ajunge la dumneavoastră."),
            RuleExample.reply("et", body: "Vabandame selle pärast! Kuller viis paki valesse pakiautomaati ja homme jõuab see teieni."),
            RuleExample.reply("id", body: "Mohon maaf atas hal ini! Kurir mengantar paket ke gudang yang salah, dan besok paket sampai."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let vague = draft.phrases(.vagueApologies).filter { !pointsAhead($0, draft) }
        guard !vague.isEmpty, !hasSpecificApology(draft) else { return [] }
        let apologies = draft.phrases(.apologies)
        // The example is in the draft's language, or there is none.
        let example = draft.language.scalar(.apologyExample).map { ", e.g. '\($0)'" } ?? ""
        return vague.map { match in
            // Start at the apology the stock phrase grows from: "We are sorry for…", "Ζητούμε συγγνώμη για…".
            let start = apologies.filter { $0.line.index == match.line.index && $0.range.overlaps(match.range) }
                .map(\.range.lowerBound).min() ?? match.range.lowerBound
            let range = min(start, match.range.lowerBound)..<match.range.upperBound
            let text = match.line.full[range]
            return Finding("'\(text)' is a stock apology that names nothing; say what went wrong and own it\(example)",
                           at: match.line.location(range), excerpt: String(text))
        }
    }

    /// Words the sentence after a pointing apology needs to say what went wrong.
    static let reasonWords = 5

    /// "Sorry about this! The courier took your parcel to the wrong depot.": an apology that
    /// ends its sentence pointing ahead (`apology-pointers`: "this", "asta", "αυτό", "selle",
    /// "hal ini", after only connectors), followed by a sentence that says what it points at.
    private func pointsAhead(_ match: PhraseMatch, _ draft: Draft) -> Bool {
        let pointers = draft.language.set(.apologyPointers)
        guard !pointers.isEmpty, draft.newTextWords.indices.contains(match.block) else { return false }
        let words = draft.newTextWords[match.block].words
        let connectors = Set(draft.language.list(.apologyConnectors).map { connector in
            connector.hasPrefix("…") ? String(connector.dropFirst().trimmingWhitespace) : connector
        })
        let apologyEnd = draft.phraseMatcher(.apologies).hits(words).filter { $0.words.overlaps(match.words) }
            .map(\.words.upperBound).max() ?? match.words.lowerBound
        let rest = words[min(max(apologyEnd, match.words.lowerBound), match.words.upperBound)..<match.words.upperBound].map(\.folded)
        guard rest.contains(where: pointers.contains),
              rest.allSatisfy({ pointers.contains($0) || connectors.contains($0) }) else { return false }
        // The next sentence of its paragraph: a block after it may be the sign-off.
        let end = match.words.upperBound
        guard end < words.count, words[end].startsSentence else { return false }
        let next = words[end...]
        let length = next.dropFirst().firstIndex(where: \.startsSentence).map { $0 - next.startIndex } ?? next.count
        return length >= Self.reasonWords
    }

    /// An apology followed in its sentence by a connector ("for", "that") and a reason outside
    /// any stock phrase: "Sorry that your refund was late", "Vabandame hilinemise eest".
    private func hasSpecificApology(_ draft: Draft) -> Bool {
        let apologies = draft.phraseMatcher(.apologies), vague = draft.phraseMatcher(.vagueApologies)
        var before = Set<String>(), after = Set<String>()
        for connector in draft.language.list(.apologyConnectors) {
            if connector.hasPrefix("…") {
                before.insert(String(connector.dropFirst().trimmingWhitespace))
            } else {
                after.insert(connector)
            }
        }
        for block in draft.newTextWords {
            let words = block.words
            let stock = vague.hits(words).map(\.words)
            for apology in apologies.hits(words).map(\.words) {
                // The rest of the apology's sentence, outside any stock apology.
                let end = words[apology.upperBound...].firstIndex(where: \.startsSentence) ?? words.endIndex
                let rest = (apology.upperBound..<end).filter { position in !stock.contains { $0.contains(position) } }
                for (place, position) in rest.enumerated() {
                    if after.contains(words[position].folded), place + 1 < rest.count { return true }
                    if before.contains(words[position].folded), place > 0 { return true }
                }
            }
        }
        return false
    }
}
