import Foundation

struct GreetingGenericRule: Rule {
    static let description = RuleDescription(
        identifier: "greeting.generic", severity: .warning,
        summary: "A generic salutation (\"Dear customer\", \"To whom it may concern\") when the customer's name is known.",
        guideline: .customerName, usesLists: [.genericGreetings],
        triggering: [
            RuleExample.reply("en", greeting: "↓Dear customer,"),
            RuleExample.reply("en", greeting: "↓To whom it may concern,"),
            RuleExample.reply("el", greeting: "↓Αγαπητέ πελάτη,"),
            RuleExample.reply("ro", greeting: "↓Stimate client,"),
            RuleExample.reply("et", greeting: "↓Lugupeetud klient!"),
            RuleExample.reply("id", greeting: "↓Pelanggan yang terhormat,"),
            // A generic head followed by the shop's name.
            RuleExample.reply("id", greeting: "↓Yth. Pelanggan Toko Maju Jaya,"),
            RuleExample.reply("en", greeting: "↓Dear valued customer of Northwind Books,"),
            RuleExample.reply("el", greeting: "↓Αγαπητέ πελάτη του Βιβλιοπωλείου Αθηνά,"),
            RuleExample.reply("ro", greeting: "↓Stimate client Librăria Alfa,"),
            RuleExample.reply("et", greeting: "↓Hea klient Raamatupood OÜ!"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", to: "orders@example.com", greeting: "Dear customer,"),
            RuleExample.reply("el", to: "info@example.gr", greeting: "Αγαπητέ πελάτη,"),
            RuleExample.reply("ro", to: "info@example.ro", greeting: "Stimate client,"),
            RuleExample.reply("et", to: "info@example.ee", greeting: "Lugupeetud klient!"),
            RuleExample.reply("id", to: "info@example.co.id", greeting: "Pelanggan yang terhormat,"),
            RuleExample.reply("ro", greeting: "Stimate domnule Popescu,"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let greeting = draft.greeting, greeting.isGeneric, let name = draft.recipientName else { return [] }
        let text = greeting.text.trimmingCharacters(in: [",", "!", ":", " "])
        return [Finding("'\(text)' names no one; greet the customer by name (\(name))",
                        at: greeting.line.location(greeting.range), excerpt: String(greeting.text))]
    }
}
