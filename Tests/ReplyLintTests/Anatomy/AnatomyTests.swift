import Foundation
import Testing
@testable import ReplyLint

/// What a reply's anatomy should be, language by language.
struct AnatomyCase: Sendable, CustomTestStringConvertible {
    var name: String
    var to: String
    var body: String
    var language: String
    var greetingName: String?
    var signOff: String?
    var senderName: String?
    var quotedAuthor: String?
    var quotedDate: String?
    var listItems: [Int] = []
    var links: [String] = []
    var testDescription: String { name }
}

let anatomyCases: [AnatomyCase] = [
    AnatomyCase(
        name: "en: Gmail attribution, numbered list, link", to: "Anna Smith <anna@example.com>",
        body: "Hi Anna,\n\nThanks for writing. To reset your password:\n\n1. Open the app.\n2) Tap Settings.\nStep 3: Choose Reset.\n\nGuide: https://help.example.com/reset.\n\nBest regards,\nJo Baker\nSupport Specialist\n\nOn Sun, 15 Nov 2026 at 18:40, Anna Smith <anna@example.com> wrote:\n> How do I reset it?\n",
        language: "en", greetingName: "Anna", signOff: "Best regards,", senderName: "Jo Baker",
        quotedAuthor: "Anna Smith", quotedDate: "2026-11-15T18:40:00", listItems: [3], links: ["https://help.example.com/reset"]),
    AnatomyCase(
        name: "el: vocative greeting, Greek attribution with genitive month", to: "Νίκος Παπαδόπουλος <nikos@example.gr>",
        body: "Αγαπητέ κύριε Παπαδόπουλε,\n\nσας ευχαριστούμε για το μήνυμά σας και για την υπομονή σας.\n\nΜε εκτίμηση,\nΜαρία Γεωργίου\n\nΣτις Κυρ, 15 Νοεμβρίου 2026 στις 6:40 μ.μ., ο χρήστης Νίκος Παπαδόπουλος <nikos@example.gr> έγραψε:\n> Πού είναι η επιστροφή μου;\n",
        language: "el", greetingName: "Παπαδόπουλε", signOff: "Με εκτίμηση,", senderName: "Μαρία Γεωργίου",
        quotedAuthor: "Νίκος Παπαδόπουλος", quotedDate: "2026-11-15T18:40:00"),
    AnatomyCase(
        name: "ro: comma after opener, title, Romanian attribution", to: "Ion Popescu <ion@example.ro>",
        body: "Bună ziua, domnule Popescu,\n\nVă mulțumim pentru mesaj și pentru răbdarea dumneavoastră.\n\n- Deschideți aplicația\n- Apăsați Setări\n- Alegeți Resetare\n\nCu stimă,\nAna Ionescu\n\nÎn lun., 16 nov. 2026 la 09:12, Ion Popescu <ion@example.ro> a scris:\n> Unde este rambursarea?\n",
        language: "ro", greetingName: "Popescu", signOff: "Cu stimă,", senderName: "Ana Ionescu",
        quotedAuthor: "Ion Popescu", quotedDate: "2026-11-16T09:12:00", listItems: [3]),
    AnatomyCase(
        name: "et: 'Tere, Mari!' and Thunderbird-style attribution", to: "Mari Tamm <mari@example.ee>",
        body: "Tere, Mari!\n\nTäname teid kirja eest ja vabandame, et vastus viibis.\n\nLugupidamisega\nKati Kask\n\n15.11.2026 18:40 kirjutas Mari Tamm:\n> Kus on minu raha?\n",
        language: "et", greetingName: "Mari", signOff: "Lugupidamisega", senderName: "Kati Kask",
        quotedAuthor: "Mari Tamm", quotedDate: "2026-11-15T18:40:00"),
    AnatomyCase(
        name: "id: title Pak, Indonesian attribution", to: "Budi Santoso <budi@example.co.id>",
        body: "Halo Pak Budi,\n\nTerima kasih atas pesan Anda dan kesabaran Anda selama ini.\n\nSalam hangat,\nDewi Lestari\n\nPada 15 Nov 2026 18:40, Budi Santoso <budi@example.co.id> menulis:\n> Di mana dana saya?\n",
        language: "id", greetingName: "Budi", signOff: "Salam hangat,", senderName: "Dewi Lestari",
        quotedAuthor: "Budi Santoso", quotedDate: "2026-11-15T18:40:00"),
    AnatomyCase(
        name: "en: Outlook original message block and -- signature", to: "Anna Smith <anna@example.com>",
        body: "Dear Ms Smith,\n\nThank you for your patience while we checked the parcel.\n\nKind regards, Jo\n-- \nJo Baker | Example Shop\n\n-----Original Message-----\nFrom: Anna Smith <anna@example.com>\nSent: Sunday, November 15, 2026 6:40 PM\nTo: support@shop.example\nSubject: Parcel\n\nWhere is it?\n",
        language: "en", greetingName: "Smith", signOff: "Kind regards,", senderName: "Jo", quotedAuthor: "Anna Smith",
        quotedDate: "2026-11-15T18:40:00"),
]

@Test(arguments: anatomyCases)
func anatomy(_ item: AnatomyCase) throws {
    let source = "From: Agent <agent@shop.example>\nTo: \(item.to)\nSubject: Your request\n\n\(item.body)"
    let draft = try Linter().draft(Array(source.utf8))
    #expect(draft.language.code == item.language)
    #expect(draft.greeting?.name.map(String.init) == item.greetingName)
    #expect(draft.signOff.map { String($0.line.full[$0.range]) } == item.signOff)
    #expect(draft.senderName.map { String($0.text) } == item.senderName)
    #expect(draft.quoted?.author?.name == item.quotedAuthor)
    #expect(draft.quoted?.date?.iso8601 == item.quotedDate)
    #expect(draft.lists.map(\.items.count) == item.listItems)
    #expect(draft.links.filter { !$0.inSignature }.map(\.target) == item.links)
    #expect(draft.newText.allSatisfy { !$0.text.hasPrefix(">") }, "quoted lines leaked into the new text")
}

@Test(arguments: [
    ("Your refund was issued today and will reach your card soon.", "en"),
    ("Η επιστροφή σας έγινε σήμερα και θα φτάσει σύντομα.", "el"),
    ("Rambursarea a fost efectuată astăzi și va ajunge în curând pe card.", "ro"),
    ("Tagastasime raha täna ja see jõuab teie kaardile peagi.", "et"),
    ("Pengembalian dana sudah kami proses hari ini dan akan segera masuk.", "id"),
])
func detectsLanguageWithoutHints(_ text: String, _ expected: String) throws {
    let draft = try Linter().draft(Array("From: a@x.example\nTo: b@y.example\nSubject: x\n\n\(text)\n".utf8))
    #expect(draft.language.code == expected)
    #expect(draft.languageSource == "detected")
}

@Test func localeOptionBeatsContentLanguage() throws {
    let source = "From: a@x.example\nTo: b@y.example\nContent-Language: ro\nSubject: x\n\nHello there.\n"
    #expect(try Linter().draft(Array(source.utf8)).language.code == "ro")
    #expect(try Linter(options: .init(locale: "el-GR")).draft(Array(source.utf8)).language.code == "el")
}

@Test func bottomPostedReplyKeepsNewTextAfterTheQuote() throws {
    let source = "From: a@x.example\nTo: Anna <b@y.example>\nSubject: x\n\nOn 15 Nov 2026, Anna <b@y.example> wrote:\n> Where is it?\n\nHi Anna,\n\nIt ships today.\n\nBest regards,\nJo\n"
    let draft = try Linter().draft(Array(source.utf8))
    #expect(draft.greeting?.name == "Anna")
    #expect(draft.quoted?.text == "Where is it?")
    #expect(draft.signOff != nil)
}

/// A generic head followed by the shop's name: the greeting is generic and the shop is no name.
@Test(arguments: [
    ("id", "Yth. Pelanggan Toko Maju Jaya,"),
    ("en", "Dear valued customer of Northwind Books,"),
    ("ro", "Stimate client Librăria Alfa,"),
])
func genericHeadBeforeAShopNameNamesNoOne(_ locale: String, _ greeting: String) throws {
    let source = "From: a@x.example\nTo: Budi <b@y.example>\nSubject: x\nContent-Language: \(locale)\n\n\(greeting)\n\nText.\n"
    let draft = try Linter().draft(Array(source.utf8))
    #expect(draft.greeting?.isGeneric == true)
    #expect(draft.greeting?.name == nil)
}

@Test func aGenericGreetingBeforeANameIsNotGeneric() throws {
    let source = "From: a@x.example\nTo: Ion <b@y.example>\nSubject: x\nContent-Language: ro\n\nStimate domnule Popescu,\n\nText.\n"
    let draft = try Linter().draft(Array(source.utf8))
    #expect(draft.greeting?.isGeneric == false)
    #expect(draft.greeting?.name == "Popescu")
}
