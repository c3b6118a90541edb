import Testing
@testable import ReplyLint

/// Dates whose zone says when but not where (RFC 5322 §3.3, §4.3) in the time rules.
struct UncertainZoneTests {
    static func findings(date: String, quote: String, greeting: String = "Hi Anna,", recipientTimeZone: String? = nil)
        throws -> [Diagnostic] {
        let example = RuleExample.reply("en", greeting: greeting, quote: quote, date: date, recipientTimeZone: recipientTimeZone)
        var options = DraftOptions()
        options.recipientTimeZone = recipientTimeZone.flatMap(RecipientTimeZone.init)
        return try Linter(options: options).lint(Array(example.source.utf8), path: "d.eml").diagnostics
            .filter { $0.rule == "reply.latency" || $0.rule == "greeting.time-of-day" }
    }

    @Test func latencyCountsOnlyTheShortestDelayAnUnreliableZoneAllows() throws {
        // Read as UTC the customer wrote 4 days 12 minutes before; the letter may be 14 hours off.
        let found = try Self.findings(date: "Mon, 16 Nov 2026 08:12:00 Q",
                                      quote: "On Thu, 12 Nov 2026 at 08:00 +0000, Anna Smith <anna@example.com> wrote:\n> Hello?")
        #expect(found.map(\.message) == ["the customer wrote at least 3 days 10 hours before this reply; acknowledge the delay, e.g. 'Sorry for the late reply'"])
        #expect(found.first?.severity == .error)
    }

    @Test func minusZeroIsAnExactInstant() throws {
        let found = try Self.findings(date: "Mon, 16 Nov 2026 08:12:00 -0000",
                                      quote: "On Thu, 12 Nov 2026 at 08:00 +0000, Anna Smith <anna@example.com> wrote:\n> Hello?")
        #expect(found.map(\.message) == ["the customer wrote 4 days before this reply; acknowledge the delay, e.g. 'Sorry for the late reply'"])
    }

    @Test func aMinusZeroCustomerGivesNoOffsetForTheGreeting() throws {
        let quote = "On Mon, 16 Nov 2026 at 07:00 -0000, Anna Smith <anna@example.com> wrote:\n> Hello?"
        #expect(try Self.findings(date: "Mon, 16 Nov 2026 20:12:00 +0000", quote: quote, greeting: "Good morning Anna,").isEmpty)
        // The same message with a real offset: 20:12 is no morning.
        let known = quote.replacingOccurrences(of: "-0000", with: "+0000")
        #expect(try Self.findings(date: "Mon, 16 Nov 2026 20:12:00 +0000", quote: known, greeting: "Good morning Anna,")
            .map(\.rule) == ["greeting.time-of-day"])
    }
}
