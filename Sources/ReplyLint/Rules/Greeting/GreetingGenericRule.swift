import Foundation

struct GreetingGenericRule: Rule {
    static let description = RuleDescription(
        identifier: "greeting.generic", severity: .warning,
        summary: "A generic salutation (\"Dear customer\", \"To whom it may concern\") when the customer's name is known.",
        guideline: .customerName, usesLists: [.genericGreetings] + GreetingSuggestion.lists,
        triggering: [
            RuleExample.reply("en", greeting: "↓To whom it may concern,"),
            RuleExample.reply("ro", greeting: "↓Stimate client,"),
            RuleExample.reply("id", greeting: "↓Pelanggan yang terhormat,"),
            // A generic head followed by the shop's name.
            RuleExample.reply("id", greeting: "↓Yth. Pelanggan Toko Maju Jaya,"),
            RuleExample.reply("en", greeting: "↓Dear valued customer of Northwind Books,"),
            RuleExample.reply("el", greeting: "↓Αγαπητέ πελάτη του Βιβλιοπωλείου Αθηνά,"),
            RuleExample.reply("ro", greeting: "↓Stimate client Librăria Alfa,"),
            RuleExample.reply("et", greeting: "↓Hea klient Raamatupood OÜ!"),
            // A gap in an entry ("Dear … customer") stands for the shop's name between its words.
            RuleExample.reply("en", greeting: "↓Dear Valued Hearth & Bloom Customer,"),
            RuleExample.reply("en", greeting: "↓Dear valued member of Leaf & Loaf,"),
            RuleExample.reply("el", greeting: "↓Αγαπητό μέλος της Λέσχης Βιβλίου,"),
            RuleExample.reply("ro", greeting: "↓Stimate membru al Clubului Fila,"),
            RuleExample.reply("et", greeting: "↓Hea Raamatupoe klient!"),
            RuleExample.reply("id", greeting: "↓Yth. Member Kopiku,"),
            // The suggestion keeps the draft's register and its closing mark.
            RuleExample.reply("en", greeting: "↓Dear customer,").suggesting("Dear Anna,"),
            RuleExample.reply("en", greeting: "↓To whom it may concern").suggesting("Dear Anna"),
            RuleExample.reply("en", greeting: "↓Hi there,").suggesting("Hi Anna,"),
            RuleExample.reply("el", greeting: "↓Αγαπητέ πελάτη,").suggesting("Αγαπητέ/ή Νίκο,"),
            RuleExample.reply("ro", to: "Cristina Ionescu <cristina@example.ro>", greeting: "↓Stimată clientă,").suggesting("Bună ziua, Cristina,"),
            RuleExample.reply("ro", greeting: "↓Dragă client,").suggesting("Bună, Ion,"),
            RuleExample.reply("et", greeting: "↓Lugupeetud klient!").suggesting("Lugupeetud Mari Tamm!"),
            RuleExample.reply("et", greeting: "↓Kallis klient!").suggesting("Tere, Mari!"),
            RuleExample.reply("id", to: "Hendra Wijaya <hendra@example.co.id>", greeting: "↓Pelanggan yang terhormat,").suggesting("Yth. Bapak/Ibu Hendra,"),
            RuleExample.reply("id", greeting: "↓Halo Kak,").suggesting("Halo Budi,"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", to: "orders@example.com", greeting: "Dear customer,"),
            RuleExample.reply("el", to: "info@example.gr", greeting: "Αγαπητέ πελάτη,"),
            RuleExample.reply("ro", to: "info@example.ro", greeting: "Stimate client,"),
            RuleExample.reply("et", to: "info@example.ee", greeting: "Lugupeetud klient!"),
            RuleExample.reply("id", to: "info@example.co.id", greeting: "Pelanggan yang terhormat,"),
            RuleExample.reply("ro", greeting: "Stimate domnule Popescu,"),
            // A comma ends the gap: the name stands before it.
            RuleExample.reply("en", greeting: "Dear Anna, our valued customer,"),
            RuleExample.reply("et", greeting: "Hea Mari!"),
        ]
    )

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let greeting = draft.greeting, greeting.isGeneric, let name = draft.recipientName else { return [] }
        let text = greeting.text.trimmingCharacters(in: [",", "!", ":", " "])
        return [Finding("'\(text)' names no one; greet the customer by name (\(name)), e.g. '\(GreetingSuggestion(draft).text)'",
                        at: greeting.line.location(greeting.range), excerpt: String(greeting.text))]
    }
}
