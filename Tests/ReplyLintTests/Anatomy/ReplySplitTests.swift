import Foundation
import Testing
@testable import ReplyLint

/// One case of issue 9: where a real client's reply splits into new text and the original.
struct ReplySplitCase: Sendable, CustomTestStringConvertible {
    var name: String
    var body: String
    /// The new text as the rules see it (without signature), trailing blank lines dropped.
    var newText: String
    var author: String?
    var address: String?
    var date: String?
    var signature: String?
    var greetingName: String?
    var boundary: ReplyBoundary.Kind?
    var testDescription: String { name }
}

func splitDraft(_ body: String, to: String = "Anna Smith <anna@example.org>") throws -> Draft {
    let source = "From: Jo Baker <jo@shop.example>\nTo: \(to)\nSubject: Re: Refund\nDate: Mon, 16 Nov 2026 15:00:00 +0200\n\n\(body)"
    return try Linter().draft(Array(source.utf8))
}

func checkSplit(_ item: ReplySplitCase, to: String = "Anna Smith <anna@example.org>") throws {
    let draft = try splitDraft(item.body, to: to)
    var newText = draft.newText.map { String($0.text) }
    while newText.last?.trimmingWhitespace.isEmpty == true { newText.removeLast() }
    #expect(newText.joined(separator: "\n") == item.newText)
    #expect(draft.quoted?.author?.name == item.author)
    #expect(draft.quoted?.author.map { $0.address.isEmpty ? nil : $0.address } ?? nil == item.address)
    #expect(draft.quoted?.date?.iso8601 == item.date)
    if let signature = item.signature { #expect(draft.signature.map { String($0.text) }.joined(separator: "\n") == signature) }
    if let name = item.greetingName { #expect(draft.greeting?.name.map(String.init) == name) }
    if let kind = item.boundary { #expect(draft.quoted?.boundary?.kind == kind) }
}

/// Items 1–4 of issue 9: each failed before the boundary model.
let boundaryCases: [ReplySplitCase] = [
    ReplySplitCase(
        name: "1: greeting right above the attribution, no blank line",
        body: "Hi Anna,\nOn Mon, 16 Nov 2026 at 09:00, Anna Smith <anna@example.org> wrote:\n> Where is my refund?\n",
        newText: "Hi Anna,", author: "Anna Smith", address: "anna@example.org", date: "2026-11-16T09:00:00",
        greetingName: "Anna", boundary: .attribution),
    ReplySplitCase(
        name: "1: sender's name right above the attribution",
        body: "Hi Anna,\n\nYour refund left our bank today.\n\nBest regards,\nJo\nOn Mon, 16 Nov 2026 at 09:00, Anna Smith <anna@example.org> wrote:\n> Where is my refund?\n",
        newText: "Hi Anna,\n\nYour refund left our bank today.\n\nBest regards,", author: "Anna Smith", address: "anna@example.org",
        date: "2026-11-16T09:00:00", signature: "Jo", boundary: .attribution),
    ReplySplitCase(
        name: "2: attribution, then the original without '>' markers, sign-off above",
        body: "Hi Anna,\n\nYour refund left our bank today.\n\nBest regards,\nJo\n\nOn Mon, 16 Nov 2026 at 09:00, Anna Smith <anna@example.org> wrote:\n\nWHERE IS MY REFUND?? I have waited for weeks!!\n\nAnna\n",
        newText: "Hi Anna,\n\nYour refund left our bank today.\n\nBest regards,", author: "Anna Smith", address: "anna@example.org",
        date: "2026-11-16T09:00:00", signature: "Jo", boundary: .attribution),
    ReplySplitCase(
        name: "3: attribution wrapped over three lines",
        body: "Thanks, Anna. It ships today.\n\nOn Dec 16, 2026, at 12:47 PM, Anna Smith\n<anna@example.org>\nwrote:\n\n> Where is it?\n",
        newText: "Thanks, Anna. It ships today.", author: "Anna Smith", address: "anna@example.org", date: "2026-12-16T12:47:00",
        boundary: .attribution),
    ReplySplitCase(
        name: "3: address glued to 'wrote:'",
        body: "It ships today.\n\nOn Mon, 16 Nov 2026 at 09:00, Anna Smith <anna@example.org>wrote:\n> Where is it?\n",
        newText: "It ships today.", author: "Anna Smith", address: "anna@example.org", date: "2026-11-16T09:00:00",
        boundary: .attribution),
    ReplySplitCase(
        name: "4: Thunderbird's localized separator over a Romanian header block",
        body: "Bună ziua,\n\nRambursarea a plecat astăzi.\n\nCu stimă,\nAna\n\n-------- Mesaj original --------\nSubiect: Rambursare\nDată: Mon, 16 Nov 2026 09:00:00 +0200\nDe la: Ion Popescu <ion@example.ro>\nCătre: suport@shop.example\n\nUNDE ESTE RAMBURSAREA?\n",
        newText: "Bună ziua,\n\nRambursarea a plecat astăzi.\n\nCu stimă,", author: "Ion Popescu", address: "ion@example.ro",
        date: "2026-11-16T09:00:00+02:00", signature: "Ana", boundary: .separator),
    ReplySplitCase(
        name: "4: labelled header block under no separator at all",
        body: "Bună ziua,\n\nRambursarea a plecat astăzi.\n\nCu stimă,\nAna\n\nDe la: Ion Popescu <ion@example.ro>\nDată: Mon, 16 Nov 2026 09:00:00 +0200\nCătre: suport@shop.example\nSubiect: Rambursare\n\nUNDE ESTE RAMBURSAREA?\n",
        newText: "Bună ziua,\n\nRambursarea a plecat astăzi.\n\nCu stimă,", author: "Ion Popescu", address: "ion@example.ro",
        date: "2026-11-16T09:00:00+02:00", signature: "Ana", boundary: .headerBlock),
]

@Test(arguments: boundaryCases)
func boundaryModel(_ item: ReplySplitCase) throws {
    try checkSplit(item)
}

/// What must stay new text: an agent's own labelled lines, a rule in a signature, "X wrote:" prose.
@Test(arguments: [
    "Hi Anna,\n\nHere are the details:\nOrder: A-1001\nDate: 16 Nov 2026\nTotal: 40 EUR\n\nBest regards,\nJo\n",
    "Hi Anna,\n\nThe refund is on its way.\n\nBest regards,\nJo Baker\n______________________________\nExample Shop, 1 High Street\n",
    "Hi Anna,\n\nOur courier wrote:\nthe parcel left the depot today.\n\nBest regards,\nJo\n",
])
func newTextIsNotAnOriginal(_ body: String) throws {
    let draft = try splitDraft(body)
    #expect(draft.quoted == nil, "\(draft.quoted?.boundary?.evidence ?? [])")
}

/// Item 5: attribution lines of clients set to languages that are not ours (Rules/common/replies.yaml).
let foreignAttributionCases: [(String, String, String)] = [
    ("ru, Mail.ru", "02.11.2026 14:20 пользователь \"Anna Smith\" <anna@example.org> написал:", "2026-11-02T14:20:00"),
    ("ru, Gmail", "пн, 16 нояб. 2026 г. в 09:00, Anna Smith <anna@example.org>:", "2026-11-16T09:00:00"),
    ("de, Gmail", "Am Mo., 16. Nov. 2026 um 09:00 Uhr schrieb Anna Smith <anna@example.org>:", "2026-11-16T09:00:00"),
    ("de, Thunderbird", "Am 16.11.2026 um 09:00 schrieb Anna Smith:", "2026-11-16T09:00:00"),
    ("fr, Gmail", "Le lun. 16 nov. 2026 à 09:00, Anna Smith <anna@example.org> a écrit :", "2026-11-16T09:00:00"),
    ("es, Gmail", "El lun, 16 nov 2026 a las 9:00, Anna Smith (<anna@example.org>) escribió:", "2026-11-16T09:00:00"),
    ("it, Gmail", "Il giorno lun 16 nov 2026 alle ore 09:00 Anna Smith <anna@example.org> ha scritto:", "2026-11-16T09:00:00"),
    ("pt, Gmail", "Em seg., 16 de nov. de 2026 às 09:00, Anna Smith <anna@example.org> escreveu:", "2026-11-16T09:00:00"),
    ("nl, Gmail", "Op ma 16 nov 2026 om 09:00 schreef Anna Smith <anna@example.org>:", "2026-11-16T09:00:00"),
    ("pl, Gmail", "pon., 16 lis 2026 o 09:00 Anna Smith <anna@example.org> napisał(a):", "2026-11-16T09:00:00"),
    ("sv, Gmail", "Den mån 16 nov. 2026 kl 09:00 skrev Anna Smith <anna@example.org>:", "2026-11-16T09:00:00"),
    ("ja, Gmail", "2026年11月16日(月) 9:00 Anna Smith <anna@example.org>:", "2026-11-16T09:00:00"),
    ("zh, Gmail", "Anna Smith <anna@example.org> 于2026年11月16日周一 09:00写道：", "2026-11-16T09:00:00"),
]

@Test(arguments: foreignAttributionCases)
func foreignAttribution(_ name: String, _ attribution: String, _ date: String) throws {
    try checkSplit(ReplySplitCase(
        name: name, body: "Hi Anna,\n\nYour refund left our bank today.\n\n\(attribution)\n> Where is my refund?\n",
        newText: "Hi Anna,\n\nYour refund left our bank today.", author: "Anna Smith",
        address: attribution.contains("@") ? "anna@example.org" : nil, date: date, boundary: .attribution))
}

/// Item 6: mobile and app signatures, in our languages and others, are signature.
@Test(arguments: [
    "Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS", "Sent from Yahoo Mail on Android",
    "Trimis de pe iPhone", "Αποστολή από το iPhone μου", "Saadetud minu iPhone'ist", "Dikirim dari iPhone saya",
    "Von meinem iPhone gesendet", "Envoyé de mon iPhone", "Enviado desde mi iPhone", "iPhoneから送信",
])
func deviceSignature(_ line: String) throws {
    try checkSplit(ReplySplitCase(
        name: line, body: "Hi Anna,\n\nYour refund left our bank today.\n\n\(line)\n\nOn Mon, 16 Nov 2026 at 09:00, Anna Smith <anna@example.org> wrote:\n> Where is my refund?\n",
        newText: "Hi Anna,\n\nYour refund left our bank today.", author: "Anna Smith", address: "anna@example.org",
        date: "2026-11-16T09:00:00", signature: line, boundary: .attribution))
}

/// A device line under a sign-off joins the signature; a sentence that mentions a phone does not.
@Test func deviceSignatureUnderASignOff() throws {
    let draft = try splitDraft("Hi Anna,\n\nYour refund left today.\n\nBest regards,\nJo\n\nSent from my iPhone\n")
    #expect(draft.signature.map { String($0.text) } == ["Jo", "Sent from my iPhone"])
    let prose = try splitDraft("Hi Anna,\n\nThe photo you sent from my colleague's phone arrived.\n\nBest regards,\nJo\n")
    #expect(prose.newText.contains { $0.text.contains("sent from") })
}
