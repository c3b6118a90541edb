struct GreetingNameRule: Rule {
    static let description = RuleDescription(
        identifier: "greeting.name", severity: .warning,
        summary: "The greeting does not contain the recipient's name (inflected forms such as vocatives count).",
        guideline: .customerName, usesLists: [.nameTitles, .nameEndings, .nameForms],
        triggering: [
            RuleExample.reply("en", greeting: "↓Hello,"),
            RuleExample.reply("en", greeting: "Dear ↓Maria,"),
            RuleExample.reply("el", greeting: "Αγαπητέ κύριε ↓Γεωργίου,"),
            RuleExample.reply("ro", greeting: "Stimate domnule ↓Ionescu,"),
            RuleExample.reply("et", greeting: "Tere, ↓Kati!"),
            RuleExample.reply("id", greeting: "Halo Pak ↓Agus,"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", greeting: "Dear Ms Smith,"),
            RuleExample.reply("en", to: "\"Smith, Anna\" <anna@example.com>", greeting: "Hi anna,"),
            RuleExample.reply("el", greeting: "Αγαπητέ Νίκο,"),
            RuleExample.reply("el", greeting: "ΑΓΑΠΗΤΕ ΚΥΡΙΕ ΠΑΠΑΔΟΠΟΥΛΕ,"),
            RuleExample.reply("ro", greeting: "Dragă Ioane,"),
            RuleExample.reply("ro", to: "Ana Pop <ana@example.ro>", greeting: "Dragă Ana,"),
            RuleExample.reply("et", greeting: "Lugupeetud Mari Tamm!"),
            RuleExample.reply("id", greeting: "Halo Budi,"),
            RuleExample.reply("en", to: "support-ticket@example.com", greeting: "Hello,"),
            RuleExample.reply("en", greeting: "Hi Anna,", recipientName: "Anna"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let greeting = draft.greeting, !greeting.isGeneric, let name = draft.recipientName else { return [] }
        let words = greeting.nameSlot.map { greeting.line.full[$0] } ?? greeting.text
        if NameMatch.names(words, name, language: draft.language) { return [] }
        let range = (greeting.nameSlot?.isEmpty == false ? greeting.nameSlot : nil) ?? greeting.range
        let opener = greeting.opener.map { String(greeting.line.full[$0]) } ?? "Dear"
        let first = name.split(separator: " ").first.map(String.init) ?? name
        return [Finding("greeting does not name the customer (\(name)); write e.g. '\(opener) \(first),'",
                        at: greeting.line.location(range), excerpt: String(greeting.text))]
    }
}
