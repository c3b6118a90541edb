import Foundation
import Testing
@testable import ReplyLint

/// A 5 MB reply (10,000 attribution-like lines in the new text, then 100,000 `>` lines) splits
/// right: the reader looks at each line a bounded number of times. Its time is a benchmark figure
/// (`scripts/bench/run`, "large reply"), not asserted here.
enum LargeReply {
    static func body(attributionLike: Int = 10_000, quoted: Int = 100_000) -> String {
        var text = "Hi Anna,\n\n"
        for index in 0..<attributionLike {
            // Each ends like an attribution and matches a pattern, but has no date, no address and
            // no quote under it, so none is a boundary.
            text += index.isMultiple(of: 2) ? "Our courier Sam Lee wrote:\n" : "Then on the phone you said:\n"
        }
        text += "\nBest regards,\nJo\n\nOn Mon, 16 Nov 2026 at 09:00, Anna Smith <anna@example.org> wrote:\n"
        for index in 0..<quoted {
            text += index.isMultiple(of: 1_000) ? "> On Sun, 15 Nov 2026 at 08:00, Jo <jo@shop.example> wrote:\n"
                : "> Where is my refund? I ordered it weeks ago and nothing has come\n"
        }
        return text
    }
}

@Test func aFiveMegabyteReplySplitsRight() throws {
    let body = LargeReply.body()
    #expect(body.utf8.count > 5_000_000)
    let draft = try splitDraft(body)
    #expect(draft.quoted?.author?.name == "Anna Smith")
    #expect(draft.quoted?.date?.iso8601 == "2026-11-16T09:00:00")
    #expect(draft.quoted?.lines.count == 100_000)
    #expect(draft.newText.count == 10_004)
    #expect(draft.signOff != nil)
}
