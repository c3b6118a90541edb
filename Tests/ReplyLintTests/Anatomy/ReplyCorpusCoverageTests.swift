import Foundation
import Testing
@testable import ReplyLint

/// One corpus reply read for the coverage table: its file as written and the draft it gives.
struct ReplyCorpusSample {
    var name: String
    var source: String
    var draft: Draft
    var boundary: ReplyBoundary? { draft.quoted?.boundary }
    var evidence: String { boundary?.evidence.joined(separator: "; ") ?? "" }

    init(_ name: String) throws {
        let url = ReplyCorpusEntry.folder.appendingPathComponent("\(name).eml")
        let bytes = try #require(FileManager.default.contents(atPath: url.path), "no Fixtures/replies/\(name).eml")
        self.name = name
        source = String(decoding: bytes, as: UTF8.self)
        draft = try Linter().draft(Array(bytes))
    }

    /// The new text's lines after the first line of the original: the agent's inline answers.
    var answersBetweenQuotes: Bool {
        guard let boundary, boundary.quoteMarked else { return false }
        return draft.newText.contains { $0.index > boundary.line && !$0.isBlank }
    }
}

/// What one corpus reply must show for it to exercise a case of issue 9.
struct ReplyCorpusWitness: Sendable {
    var fixture: String
    var shows: String
    var holds: @Sendable (ReplyCorpusSample) -> Bool

    init(_ fixture: String, _ shows: String, _ holds: @escaping @Sendable (ReplyCorpusSample) -> Bool) {
        self.fixture = fixture
        self.shows = shows
        self.holds = holds
    }
}

/// A numbered case of issue 9 and the corpus replies that exercise it. `replyCorpus` holds each
/// reply's split exact; this table holds that every case has replies, and that they still show
/// the case (a reply edited until it no longer does fails here, not silently).
struct ReplyCorpusCase: Sendable, CustomTestStringConvertible {
    var number: Int
    var summary: String
    var witnesses: [ReplyCorpusWitness]
    var testDescription: String { "\(number): \(summary)" }
}

/// The reply's attribution line (or the one inside the quote) spans more than one line.
private func wrapped(_ sample: ReplyCorpusSample) -> Bool {
    guard let boundary = sample.boundary else { return false }
    if let inside = boundary.attributionLines { return inside.count > 1 }
    return sample.evidence.contains(" over 2 lines") || sample.evidence.contains(" over 3 lines")
}

private func lineAboveIsText(_ sample: ReplyCorpusSample) -> Bool {
    guard let line = sample.boundary?.line, line > 0 else { return false }
    return !sample.draft.lines[line - 1].trimmingWhitespace.isEmpty
}

private func unmarkedOriginal(_ sample: ReplyCorpusSample) -> Bool {
    guard let boundary = sample.boundary, !boundary.quoteMarked else { return false }
    return sample.draft.quoted?.lines.contains { !$0.text.trimmingWhitespace.isEmpty && $0.text.first != ">" } == true
}

private func contentLanguageDisagrees(_ sample: ReplyCorpusSample) -> Bool {
    guard let line = sample.source.split(separator: "\n").first(where: { $0.lowercased().hasPrefix("content-language:") }) else { return false }
    let declared = line.dropFirst("content-language:".count).trimmingWhitespace.prefix { $0.isLetter }.lowercased()
    return declared != sample.draft.language.code
}

private func zoneKnown(_ name: String) -> @Sendable (ReplyCorpusSample) -> Bool {
    { $0.source.contains(name) && $0.draft.quoted?.date?.offsetKnown == true }
}

private func forward(_ separator: String) -> @Sendable (ReplyCorpusSample) -> Bool {
    { $0.source.contains(separator) && $0.boundary?.kind == .separator && $0.draft.quoted?.date != nil && $0.draft.quoted?.author != nil }
}

private func foreignClient(_ sample: ReplyCorpusSample) -> Bool {
    sample.boundary?.kind == .attribution || sample.boundary?.kind == .quoteMarkers ? sample.draft.quoted?.date != nil : false
}

private func inlineAnswers(_ sample: ReplyCorpusSample) -> Bool { sample.answersBetweenQuotes && sample.draft.quoted?.author != nil }

let replyCorpusCases: [ReplyCorpusCase] = [
    ReplyCorpusCase(number: 1, summary: "text right above the attribution, no blank line", witnesses: [
        ReplyCorpusWitness("gmail-web-tight-en", "the sender's name right above", lineAboveIsText),
        ReplyCorpusWitness("gmail-mobile-tight-id", "the greeting right above", lineAboveIsText),
    ]),
    ReplyCorpusCase(number: 2, summary: "an original without '>' markers", witnesses: [
        ReplyCorpusWitness("outlook-desktop-en", "Outlook's header block", unmarkedOriginal),
        ReplyCorpusWitness("outlook-desktop-ro", "Outlook's header block", unmarkedOriginal),
        ReplyCorpusWitness("zendesk-en", "a help desk's history", unmarkedOriginal),
        ReplyCorpusWitness("outlook-web-html-en", "Outlook on the web, HTML only", unmarkedOriginal),
        ReplyCorpusWitness("outlook-web-html-el", "Outlook on the web, HTML only", unmarkedOriginal),
        ReplyCorpusWitness("outlook-desktop-html-en", "Outlook, HTML only", unmarkedOriginal),
    ]),
    ReplyCorpusCase(number: 3, summary: "attributions wrapped or glued", witnesses: [
        ReplyCorpusWitness("gmail-mobile-wrapped-en", "wrapped before 'wrote:'", wrapped),
        ReplyCorpusWitness("gmail-mobile-wrapped-ro", "wrapped before the address", wrapped),
        ReplyCorpusWitness("gateway-glued-en", "'<addr>wrote:'") { $0.source.contains(">wrote:") && $0.draft.quoted?.author?.name == "Anna Smith" },
    ]),
    ReplyCorpusCase(number: 4, summary: "a localized header block under any separator", witnesses: [
        ReplyCorpusWitness("thunderbird-forward-ro", "Thunderbird's Romanian block") { $0.evidence.contains("from 'Dată'") },
        ReplyCorpusWitness("thunderbird-forward-et", "Thunderbird's Estonian block") { $0.evidence.contains("from 'Kuupäev'") },
        ReplyCorpusWitness("outlook-desktop-sigblock-et", "a bare rule over an Estonian block") { $0.evidence.contains("a ruled line") && $0.draft.quoted?.date != nil },
    ]),
    ReplyCorpusCase(number: 5, summary: "attributions in the customer's language", witnesses:
        ["gmail-web-de", "gmail-web-fr", "gmail-es", "gmail-web-it", "gmail-web-pt", "gmail-web-nl", "gmail-web-pl",
         "gmail-web-ru", "gmail-web-tr", "gmail-web-ja", "gmail-web-zh", "apple-mail-sv", "apple-mail-ja", "thunderbird-de"]
        .map { ReplyCorpusWitness($0, "a client in another language", foreignClient) }),
    ReplyCorpusCase(number: 6, summary: "mobile and app signatures", witnesses:
        ["apple-ios-en", "apple-ios-el", "apple-ios-ro", "apple-ios-et", "apple-ios-id", "outlook-mobile-et"]
        .map { ReplyCorpusWitness($0, "a device line in the signature") { sample in
            sample.draft.signature.contains { $0.text.lowercased().contains("iphone") || $0.text.lowercased().contains("outlook") }
        } }),
    ReplyCorpusCase(number: 7, summary: "inline replies between quoted blocks", witnesses: [
        ReplyCorpusWitness("thunderbird-inline-en", "answers between quotes", inlineAnswers),
        ReplyCorpusWitness("gmail-web-inline-et", "answers between quotes", inlineAnswers),
        ReplyCorpusWitness("gmail-mobile-tight-id", "an answer below the quote", inlineAnswers),
    ]),
    ReplyCorpusCase(number: 8, summary: "forwarded messages", witnesses: [
        ReplyCorpusWitness("gmail-web-forward-en", "Gmail", forward("---------- Forwarded message ---------")),
        ReplyCorpusWitness("gmail-web-forward-ro", "Gmail (ro)", forward("---------- Mesaj redirecționat ---------")),
        ReplyCorpusWitness("gmail-web-forward-el", "Gmail (el)", forward("---------- Προωθημένο μήνυμα ---------")),
        ReplyCorpusWitness("gmail-web-forward-id", "Gmail (id)", forward("---------- Pesan terusan ---------")),
        ReplyCorpusWitness("apple-mail-forward-en", "Apple Mail", forward("Begin forwarded message:")),
        ReplyCorpusWitness("thunderbird-forward-en", "Thunderbird", forward("-------- Forwarded Message --------")),
    ]),
    ReplyCorpusCase(number: 9, summary: "body choice", witnesses: [
        ReplyCorpusWitness("mime-parts-et", "an empty nested alternative and a text/plain with only name=") {
            $0.source.contains("Content-Type: multipart/alternative\n") && $0.source.contains("name=\"vastus.txt\"") && !$0.draft.newText.isEmpty
        },
    ]),
    ReplyCorpusCase(number: 10, summary: "adjacent ISO-2022-JP encoded-words", witnesses: [
        ReplyCorpusWitness("gmail-web-ja", "a subject in two ISO-2022-JP words") {
            $0.source.contains("?= =?ISO-2022-JP?B?") && $0.draft.message.subject?.value == "Re: 返金について"
        },
    ]),
    ReplyCorpusCase(number: 11, summary: "RFC 5322's unusual date forms", witnesses: [
        ReplyCorpusWitness("thunderbird-forward-en", "no space before the zone") { $0.source.contains("09:00+0100") && $0.draft.quoted?.date?.offsetKnown == true },
        ReplyCorpusWitness("thunderbird-forward-et", "-0000, offset unknown") { $0.draft.quoted?.date?.zone == .unknownOffset },
        ReplyCorpusWitness("freshdesk-yearless-en", "no year: the reply's") { $0.source.contains("16 Nov at") && $0.draft.quoted?.date != nil && $0.evidence.contains("no year: the reply's") },
    ]),
    ReplyCorpusCase(number: 12, summary: "help-desk reply markers and history", witnesses: [
        "zendesk-en", "zendesk-ro", "zendesk-history-en", "zendesk-history-el", "freshdesk-en",
    ].map { ReplyCorpusWitness($0, "a reply marker") { $0.boundary?.kind == .replyMarker && $0.draft.quoted?.date != nil } }),
    ReplyCorpusCase(number: 13, summary: "the attribution inside the quote", witnesses:
        ["apple-ios-en", "apple-ios-el", "apple-ios-ro", "apple-ios-et", "apple-ios-id", "apple-mail-en"]
        .map { ReplyCorpusWitness($0, "Apple's '> On … wrote:'") { $0.boundary?.attributionLines != nil && $0.draft.quoted?.date != nil } }),
    ReplyCorpusCase(number: 14, summary: "the text's language over Content-Language", witnesses: [
        ReplyCorpusWitness("outlook-desktop-ro", "Romanian written in an English Outlook", contentLanguageDisagrees),
    ]),
    ReplyCorpusCase(number: 15, summary: "zone names give the offset", witnesses: [
        ReplyCorpusWitness("outlook-desktop-zone-en", "(GMT+02:00) Athens", zoneKnown("(GMT+02:00) Athens")),
        ReplyCorpusWitness("yahoo-en", "GMT+2", zoneKnown("GMT+2")),
        ReplyCorpusWitness("apple-mail-forward-en", "EET", zoneKnown(" EET")),
    ]),
    ReplyCorpusCase(number: 16, summary: "author names", witnesses: [
        ReplyCorpusWitness("thunderbird-nospace-en", "Name<addr>") { $0.source.contains("Smith<anna@") && $0.draft.quoted?.author?.name == "Anna Smith" },
        ReplyCorpusWitness("outlook-desktop-nospace-ro", "Name<addr> in a header block") { $0.source.contains("Popescu<ion@") && $0.draft.quoted?.author?.name == "Ion Popescu" },
        ReplyCorpusWitness("gmail-web-et", "a prefix before the name") { $0.source.contains("Kontakti Mari") && $0.draft.quoted?.author?.name == "Mari Tamm" },
        ReplyCorpusWitness("gmail-mobile-ro", "a time glued to the name") { $0.source.contains("09:00 Ion") && $0.draft.quoted?.author?.name == "Ion Popescu" },
        ReplyCorpusWitness("thunderbird-addressonly-ro", "an address-only author") { $0.draft.quoted?.author?.name == nil && $0.draft.recipientName == nil },
        ReplyCorpusWitness("thunderbird-addressonly-en", "an address-only author") { $0.draft.quoted?.author?.name == nil && $0.draft.recipientName == nil },
        ReplyCorpusWitness("outlook-desktop-wrapped-en", "Outlook's From wrapped") { $0.source.contains("Holdings)\n<anna") && $0.draft.quoted?.author?.address.isEmpty == false },
        ReplyCorpusWitness("outlook-desktop-wrapped-id", "Outlook's From wrapped in the name") { $0.source.contains("Harapan\nSejahtera)") && $0.draft.quoted?.author?.address.isEmpty == false },
    ]),
    ReplyCorpusCase(number: 17, summary: "a signature with no sign-off; forwarded blocks' dates", witnesses: [
        ReplyCorpusWitness("gmail-web-nosignoff-en", "name, title, phone, address") { $0.draft.signOff == nil && $0.draft.signature.count >= 3 },
        ReplyCorpusWitness("outlook-desktop-nosignoff-id", "name, title, phone, address") { $0.draft.signOff == nil && $0.draft.signature.count >= 3 },
        ReplyCorpusWitness("gmail-web-forward-en", "a forward's date") { $0.draft.quoted?.date != nil },
        ReplyCorpusWitness("thunderbird-forward-ro", "a forward's date") { $0.draft.quoted?.date != nil },
    ]),
]

@Test func replyCorpusNamesEveryCase() {
    #expect(replyCorpusCases.map(\.number) == Array(1...17), "every case of issue 9, in order, once")
    let names = Set(ReplyCorpusEntry.all.map(\.name))
    for item in replyCorpusCases {
        #expect(!item.witnesses.isEmpty, "case \(item.number) has no reply in the corpus")
        for witness in item.witnesses {
            #expect(names.contains(witness.fixture), "case \(item.number): no \(witness.fixture) (.eml and .expected.json) in Fixtures/replies")
        }
    }
}

@Test(arguments: replyCorpusCases)
func replyCorpusCoversCase(_ item: ReplyCorpusCase) throws {
    for witness in item.witnesses {
        let sample = try ReplyCorpusSample(witness.fixture)
        #expect(witness.holds(sample), "\(witness.fixture) no longer shows \(witness.shows): \(sample.evidence)")
    }
}
