struct GreetingNameRule: Rule {
    static let description = RuleDescription(
        identifier: "greeting.name", severity: .warning,
        summary: "The greeting does not contain the recipient's name (inflected forms such as vocatives count).",
        guideline: .customerName, usesLists: [.nameTitles, .nameEndings, .nameForms] + GreetingSuggestion.lists,
        triggering: [
            RuleExample.reply("en", greeting: "Dear ↓Maria,"),
            RuleExample.reply("el", greeting: "Αγαπητέ κύριε ↓Γεωργίου,"),
            RuleExample.reply("ro", greeting: "Stimate domnule ↓Ionescu,"),
            RuleExample.reply("et", greeting: "Tere, ↓Kati!"),
            // The suggestion keeps the draft's register, titles and punctuation.
            RuleExample.reply("en", greeting: "↓Maria,").suggesting("Anna,"),
            RuleExample.reply("en", greeting: "↓Hello,").suggesting("Hello Anna,"),
            RuleExample.reply("en", greeting: "Dear Ms ↓Brown,").suggesting("Dear Ms Smith,"),
            RuleExample.reply("en", greeting: "Hi ↓Maria").suggesting("Hi Anna"),
            RuleExample.reply("el", greeting: "↓Αγαπητέ κύριε,").suggesting("Αγαπητέ κύριε Παπαδόπουλε,"),
            RuleExample.reply("el", greeting: "↓Γεια σας,").suggesting("Γεια σας Νίκο,"),
            RuleExample.reply("ro", to: "Cristina Ionescu <cristina@example.ro>", greeting: "↓Bună ziua,").suggesting("Bună ziua, Cristina,"),
            RuleExample.reply("ro", to: "Cristina Ionescu <cristina@example.ro>", greeting: "↓Salut,").suggesting("Salut, Cristina,"),
            RuleExample.reply("ro", greeting: "Stimate domnule ↓Ionescu,").suggesting("Stimate domnule Popescu,"),
            RuleExample.reply("et", greeting: "Lugupeetud ↓Kati Kask!").suggesting("Lugupeetud Mari Tamm!"),
            RuleExample.reply("et", greeting: "↓Tere!").suggesting("Tere, Mari!"),
            RuleExample.reply("id", to: "Hendra Wijaya <hendra@example.co.id>", greeting: "↓Yth. Bapak,").suggesting("Yth. Bapak Hendra,"),
            RuleExample.reply("id", greeting: "Halo Pak ↓Agus,").suggesting("Halo Pak Budi,"),
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
            RuleExample.reply("ro", to: "Cristina Ionescu <cristina@example.ro>", greeting: "Bună ziua, Cristina,"),
            RuleExample.reply("id", to: "Hendra Wijaya <hendra@example.co.id>", greeting: "Yth. Bapak Hendra,"),
            RuleExample.reply("el", greeting: "Γεια σας Νίκο,"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let greeting = draft.greeting, !greeting.isGeneric, let name = draft.recipientName else { return [] }
        let words = greeting.nameSlot.map { greeting.line.full[$0] } ?? greeting.text
        if NameMatch.names(words, name, language: draft.language) { return [] }
        let range = (greeting.nameSlot?.isEmpty == false ? greeting.nameSlot : nil) ?? greeting.range
        return [Finding("greeting does not name the customer (\(name)); write e.g. '\(GreetingSuggestion(draft).text)'",
                        at: greeting.line.location(range), excerpt: String(greeting.text))]
    }
}
