import Foundation
import Testing
@testable import ReplyLint

/// Items 7, 8, 12, 13, 16 and 17 of issue 9: inline replies, forwards, help desks, Apple Mail's
/// attribution inside the quote, author names, and a signature with no sign-off above it.
let layoutCases: [ReplySplitCase] = [
    ReplySplitCase(
        name: "7: inline answers between quoted blocks, greeting right above the attribution",
        body: "Hi Anna,\nOn Mon, 16 Nov 2026 at 09:00, Anna Smith <anna@example.org> wrote:\n> Where is my refund?\n\nIt left our bank today.\n\n> Can I change the address?\n\nYes, reply with the new one.\n",
        newText: "Hi Anna,\n\nIt left our bank today.\n\n\nYes, reply with the new one.", author: "Anna Smith", address: "anna@example.org",
        date: "2026-11-16T09:00:00", greetingName: "Anna", boundary: .attribution),
    ReplySplitCase(
        name: "8: Gmail's forwarded message gives author and date",
        body: "Hi team,\n\nPlease look at the customer's message below.\n\n---------- Forwarded message ---------\nFrom: Anna Smith <anna@example.org>\nDate: Mon, Nov 16, 2026 at 9:00 AM\nSubject: Refund\nTo: <support@shop.example>\n\n\nWHERE IS MY REFUND??\n",
        newText: "Hi team,\n\nPlease look at the customer's message below.", author: "Anna Smith", address: "anna@example.org",
        date: "2026-11-16T09:00:00", boundary: .separator),
    ReplySplitCase(
        name: "8: Apple Mail's forward with a zone",
        body: "Hi team,\n\nSee below.\n\nBegin forwarded message:\n\nFrom: Anna Smith <anna@example.org>\nSubject: Refund\nDate: 16 November 2026 at 09:00:00 GMT+2\nTo: support@shop.example\n\nWHERE IS MY REFUND??\n",
        newText: "Hi team,\n\nSee below.", author: "Anna Smith", address: "anna@example.org",
        date: "2026-11-16T09:00:00+02:00", boundary: .separator),
    ReplySplitCase(
        name: "12: Zendesk's reply marker and the history below it",
        body: "Hi Anna,\n\nYour refund left our bank today.\n\nBest regards,\nJo\n\n##- Please type your reply above this line -##\n\nYour request (4521) has been updated. To add additional comments, reply to this email.\n\nAnna Smith\n\nNov 16, 2026, 09:00 GMT+02:00\n\nWHERE IS MY REFUND??\n\nJo Baker (Example Shop)\n\nNov 15, 2026, 17:00 GMT+02:00\n\nThanks for writing, we are looking into it.\n",
        newText: "Hi Anna,\n\nYour refund left our bank today.\n\nBest regards,", author: "Anna Smith", address: nil,
        date: "2026-11-16T09:00:00+02:00", signature: "Jo", boundary: .replyMarker),
    ReplySplitCase(
        name: "12: Freshdesk's marker over an attribution",
        body: "Hi Anna,\n\nYour refund left our bank today.\n\nJo\n\n-- Please reply above this line --\n\nOn Mon, 16 Nov 2026 at 9:00 AM, Anna Smith <anna@example.org> wrote:\n\nWHERE IS MY REFUND??\n",
        newText: "Hi Anna,\n\nYour refund left our bank today.\n\nJo", author: "Anna Smith", address: "anna@example.org",
        date: "2026-11-16T09:00:00", boundary: .replyMarker),
    ReplySplitCase(
        name: "13: Apple Mail's attribution inside the quote",
        body: "Hi Anna,\n\nIt left our bank today.\n\nJo\n\n> On 16 Nov 2026, at 09:00, Anna Smith <anna@example.org> wrote:\n>\n> Where is my refund?\n",
        newText: "Hi Anna,\n\nIt left our bank today.\n\nJo", author: "Anna Smith", address: "anna@example.org",
        date: "2026-11-16T09:00:00", boundary: .quoteMarkers),
    ReplySplitCase(
        name: "16: Name<addr> with no space",
        body: "It ships today.\n\nOn Mon, 16 Nov 2026 at 09:00, Anna Smith<anna@example.org> wrote:\n> Where is it?\n",
        newText: "It ships today.", author: "Anna Smith", address: "anna@example.org", date: "2026-11-16T09:00:00"),
    ReplySplitCase(
        name: "16: a client's prefix before the name",
        body: "Tere, Anna!\n\nPakk läks täna teele.\n\nKontakt Anna Smith (<anna@example.org>) kirjutas kuupäeval E, 16. nov 2026 kell 09:00:\n> Kus on minu pakk?\n",
        newText: "Tere, Anna!\n\nPakk läks täna teele.", author: "Anna Smith", address: "anna@example.org", date: "2026-11-16T09:00:00"),
    ReplySplitCase(
        name: "16: date, time and zone run straight into the name",
        body: "It ships today.\n\n2026-11-16 9:00 GMT+02:00 Anna Smith <anna@example.org>:\n> Where is it?\n",
        newText: "It ships today.", author: "Anna Smith", address: "anna@example.org", date: "2026-11-16T09:00:00+02:00"),
    ReplySplitCase(
        name: "16: an address-only author",
        body: "It ships today.\n\nOn Mon, 16 Nov 2026 at 09:00, <anna@example.org> wrote:\n> Where is it?\n",
        newText: "It ships today.", author: nil, address: "anna@example.org", date: "2026-11-16T09:00:00"),
    ReplySplitCase(
        name: "16: Outlook's From wrapped onto two lines",
        body: "Dear Ms Smith,\n\nIt ships today.\n\nKind regards,\nJo\n\n________________________________\nFrom: Anna Maria Smith-Johnson (Customer Services Team)\n<anna@example.org>\nSent: Monday, November 16, 2026 9:00 AM\nTo: Support <support@shop.example>\nSubject: Parcel\n\nWhere is it?\n",
        newText: "Dear Ms Smith,\n\nIt ships today.\n\nKind regards,", author: "Anna Maria Smith-Johnson", address: "anna@example.org",
        date: "2026-11-16T09:00:00", signature: "Jo", boundary: .separator),
    ReplySplitCase(
        name: "17: a signature block with no sign-off above it",
        body: "Hi Anna,\n\nYour refund left our bank today and reaches your card by Friday.\n\nJo Baker\nCustomer Support Specialist\nExample Shop\n+44 20 7946 0321\n\nOn Mon, 16 Nov 2026 at 09:00, Anna Smith <anna@example.org> wrote:\n> Where is my refund?\n",
        newText: "Hi Anna,\n\nYour refund left our bank today and reaches your card by Friday.", author: "Anna Smith",
        address: "anna@example.org", date: "2026-11-16T09:00:00",
        signature: "Jo Baker\nCustomer Support Specialist\nExample Shop\n+44 20 7946 0321", boundary: .attribution),
]

@Test(arguments: layoutCases)
func replyLayout(_ item: ReplySplitCase) throws {
    try checkSplit(item)
}

/// Item 16: an address is never the name a greeting is checked against.
@Test func addressOnlyAuthorIsNoGreetingName() throws {
    let draft = try splitDraft("Hello,\n\nIt ships today.\n\nOn Mon, 16 Nov 2026 at 09:00, <anna@example.org> wrote:\n> Where is it?\n",
                               to: "\"anna@example.org\" <anna@example.org>")
    #expect(draft.recipientName == nil)
}

/// Item 17: a closing paragraph of prose is not a signature because it is short.
@Test func shortLastParagraphStaysNewText() throws {
    let draft = try splitDraft("Hi Anna,\n\nYour refund left today.\n\nCall us on +44 20 7946 0321 if it has not arrived by Friday.\nWe are here until 6 pm.\n")
    #expect(draft.signature.isEmpty)
}

/// A forward to a colleague does not greet the customer it quotes: the original's author is the
/// name a greeting is checked against only when the draft goes to their address.
@Test func forwardToColleagueIsNotGreetingTheQuotedAuthor() throws {
    let body = "Hi Warehouse team,\n\nCould you check the packing?\n\nThanks,\nMaria\n\n---------- Forwarded message ---------\nFrom: Anna Smith <anna@example.org>\nDate: Wed, 2 Dec 2026 at 18:12\nSubject: Damaged parcel\nTo: <support@shop.example>\n\nThe box arrived crushed.\n"
    let forward = try splitDraft(body, to: "warehouse@shop.example")
    #expect(forward.quoted?.author?.name == "Anna Smith")
    #expect(forward.recipientName == nil)
    let reply = try splitDraft(body.replacingOccurrences(of: "Hi Warehouse team,", with: "Hi Anna,"), to: "ANNA@example.org")
    #expect(reply.recipientName == "Anna Smith")
    let unaddressed = try splitDraft(body, to: "undisclosed-recipients:;")
    #expect(unaddressed.recipientName == "Anna Smith")
}
