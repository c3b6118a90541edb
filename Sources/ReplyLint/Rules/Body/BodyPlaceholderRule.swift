struct BodyPlaceholderRule: Rule {
    static let description = RuleDescription(
        identifier: "body.placeholder", severity: .error,
        summary: "An unfilled template slot: {{name}}, {% … %}, [NAME], [Customer Name], <first name>, %FIRSTNAME%, *|FNAME|*, {!Contact.FirstName}, $name, XXX, or \"Hi ,\". What other rules find inside the slot (capitals, spelling) is not reported again.",
        guideline: .personalisedCanned, usesLists: [.placeholderWords, .greetings, .mergeFieldNames], claimsSpan: true,
        triggering: [
            RuleExample.reply("en", greeting: "Dear ↓{{first_name}},"),
            RuleExample.reply("en", greeting: "↓Hi ,"),
            RuleExample.reply("en", body: "Your order ↓[ORDER NUMBER] ships on ↓%SHIPDATE% to ↓$city."),
            RuleExample.reply("en", body: "Your refund for ↓{% order.id %} is ready, ↓<first name>. Ref ↓XXX."),
            RuleExample.reply("en", subject: "Your refund for order ↓{{order_id}}"),
            RuleExample.reply("el", greeting: "Αγαπητέ ↓[Όνομα πελάτη],"),
            RuleExample.reply("ro", greeting: "Stimate domnule ↓{{nume}},"),
            RuleExample.reply("ro", body: "Comanda ↓[număr comandă] a fost expediată."),
            // A doubled bracket is one slot, reported from its first bracket.
            RuleExample.reply("ro", body: "Comanda ↓[[nr_comanda]] a fost expediată.").suggesting("[[nr_comanda]]"),
            RuleExample.reply("et", greeting: "↓Tere ,"),
            RuleExample.reply("et", body: "Teie tellimus ↓<tellimuse number> on teel."),
            RuleExample.reply("id", greeting: "Halo ↓[Nama Pelanggan],"),
            RuleExample.reply("id", body: "Pesanan ↓%NOMOR% sudah dikirim."),
            // Mailchimp and Salesforce merge fields.
            RuleExample.reply("en", greeting: "Hi ↓*|FNAME|*,"),
            RuleExample.reply("en", greeting: "Dear ↓{!Contact.FirstName},"),
            RuleExample.reply("el", greeting: "Αγαπητέ ↓*|FNAME|*,"),
            RuleExample.reply("ro", body: "Comanda ↓{!Case.CaseNumber} a fost expediată."),
            RuleExample.reply("et", greeting: "Tere ↓*|FNAME|*,"),
            RuleExample.reply("id", subject: "Pesanan ↓*|ORDER_ID|* sudah dikirim"),
            // A merge field's name left bare, its delimiters lost: never offered as a word ('fname').
            RuleExample.reply("en", body: "Thank you, ↓FNAME. Your refund was issued today."),
            RuleExample.reply("ro", body: "Vă mulțumim, ↓FNAME. Rambursarea a fost efectuată astăzi."),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "You saved 20% and paid $40. See <https://help.example.com/refunds> or [1] below."),
            RuleExample.reply("en", greeting: "Hi,"),
            RuleExample.reply("el", body: "Έκπτωση 20% και κωδικός [A-1042]."),
            RuleExample.reply("ro", body: "Reducere de 20% pentru <ion@example.ro>."),
            RuleExample.reply("et", body: "Allahindlus 20% ja viide [1]."),
            RuleExample.reply("id", body: "Diskon 20% untuk pesanan [A-1042]."),
            RuleExample.reply("en", body: "Prices marked * are final | see the list. {!} is not a field, nor *||*."),
            RuleExample.reply("en", body: "Your refund was issued today. Fname and lname are the fields you edit."),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        let words = draft.language.set(.placeholderWords)
        var findings: [Finding] = []
        if let field = draft.message.subject {
            let value = Substring(field.value)
            for range in Placeholder.find(in: value, words: words) {
                let start = value.distance(from: value.startIndex, to: range.lowerBound)
                findings.append(Finding(message(value[range]), at: .header(field, start: start, end: start + value[range].count),
                                        excerpt: String(value[range])))
            }
        }
        if let greeting = draft.greeting, greeting.nameSlot?.isEmpty == true, let opener = greeting.opener {
            let full = greeting.line.full
            let gap = full[opener.upperBound...].prefix { $0 == " " || $0 == "\t" }
            if !gap.isEmpty, gap.endIndex < full.endIndex, ",!:".contains(full[gap.endIndex]) {
                let range = opener.lowerBound..<full.index(after: gap.endIndex)
                findings.append(Finding("greeting '\(full[range])' has an empty name slot; fill in the customer's name",
                                        at: greeting.line.location(range), excerpt: String(full[range])))
            }
        }
        var slots: [(line: Int, range: Range<String.Index>)] = []
        for line in draft.newText + draft.signature {
            for range in Placeholder.find(in: line.full, words: words) {
                slots.append((line.index, range))
                findings.append(Finding(message(line.full[range]), at: line.location(range), excerpt: String(line.full[range])))
            }
        }
        let fields = draft.language.set(.mergeFieldNames)
        for word in draft.words where word.text.count >= 4 && word.text.allSatisfy({ $0.isUppercase || $0 == "_" })
            && fields.contains(TextFolding.fold(word.text))
            && !slots.contains(where: { $0.line == word.line.index && $0.range.overlaps(word.range) }) {
            findings.append(Finding(message(word.text), at: word.line.location(word.range), excerpt: String(word.text)))
        }
        return findings
    }

    private func message(_ text: Substring) -> String {
        "unfilled placeholder '\(text)'; fill it in before sending"
    }
}
