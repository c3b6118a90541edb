import Testing
@testable import ReplyLint

/// What the examples cannot say: severities, messages, and where dates and offsets come from.
@Suite struct TimeRulesTests {
    static let quote = "On Sat, 14 Nov 2026 at 09:00, Anna Smith <anna@example.com> wrote:\n> Where is my refund?"

    func findings(_ example: RuleExample, _ rule: String, options: DraftOptions = .init(locale: "en"),
                  configuration: Configuration = Configuration()) throws -> [Diagnostic] {
        let report = try Linter(configuration: configuration, options: options).lint(Array(example.unmarked.text.utf8), path: "t.eml")
        return report.diagnostics.filter { $0.rule == rule }
    }

    @Test func lateReplyIsAWarningThenAnError() throws {
        let warning = try findings(RuleExample.reply("en", quote: Self.quote), "reply.latency")
        #expect(warning.map(\.severity) == [.warning])
        #expect(warning.first?.message == "the customer wrote 2 days 1 hour before this reply; acknowledge the delay, e.g. 'Sorry for the late reply'")
        let old = Self.quote.replacingOccurrences(of: "Sat, 14", with: "Wed, 11")
        let error = try findings(RuleExample.reply("en", quote: old), "reply.latency")
        #expect(error.map(\.severity) == [.error])
        #expect(error.first?.message.hasPrefix("the customer wrote 5 days 1 hour before") == true)
    }

    @Test func acknowledgementAnywhereInTheNewTextCounts() throws {
        let greeting = RuleExample.reply("en", greeting: "Dear Anna, we are sorry for the delay in replying.", quote: Self.quote)
        #expect(try findings(greeting, "reply.latency").isEmpty)
        // In the quote it is not the agent's.
        let quoted = RuleExample.reply("en", quote: Self.quote + "\n> Sorry for the late reply to your survey.")
        #expect(try findings(quoted, "reply.latency").count == 1)
    }

    @Test func thresholdsComeFromTheConfiguration() throws {
        var settings = RuleSettings()
        settings.numbers = ["warn-hours": 72, "error-hours": 96]
        var configuration = Configuration()
        configuration.rules["reply.latency"] = settings
        #expect(try findings(RuleExample.reply("en", quote: Self.quote), "reply.latency", configuration: configuration).isEmpty)
    }

    @Test func originalOptionWinsOverTheQuote() throws {
        // The quote says 14 Nov, the original's own Date says 16 Nov 07:00 +0200: in time.
        let original = try #require(MessageDate(rfc3339: "2026-11-16T07:00:00+02:00"))
        let options = DraftOptions(locale: "en", original: OriginalMessage(date: original, author: nil))
        #expect(try findings(RuleExample.reply("en", quote: Self.quote), "reply.latency", options: options).isEmpty)
        // With no quote at all, the original alone makes the reply late; the finding is on the Date header.
        let early = try #require(MessageDate(rfc3339: "2026-11-12T07:00:00+02:00"))
        let late = try findings(RuleExample.reply("en"), "reply.latency",
                                options: .init(locale: "en", original: OriginalMessage(date: early, author: nil)))
        #expect(late.map(\.severity) == [.error])
        #expect(late.first?.line == 4)
    }

    @Test func nowIsTheSendTimeOnlyWithoutADateHeader() throws {
        let now = try #require(MessageDate(rfc3339: "2026-11-30T10:00:00+02:00"))
        let recent = Self.quote.replacingOccurrences(of: "Sat, 14 Nov 2026 at 09:00", with: "Sun, 15 Nov 2026 at 18:40")
        let dated = RuleExample.reply("en", quote: recent)
        #expect(try findings(dated, "reply.latency", options: .init(locale: "en", now: now)).isEmpty)
        let undated = RuleExample.reply("en", quote: recent, date: nil)
        #expect(try findings(undated, "reply.latency", options: .init(locale: "en", now: now)).map(\.severity) == [.error])
    }

    @Test func greetingMessageNamesTheLocalTimeAndWhatFits() throws {
        let example = RuleExample.reply("en", greeting: "Good morning Anna,")
        let tokyo = try findings(example, "greeting.time-of-day", options: .init(locale: "en", recipientTimeZone: RecipientTimeZone("+09:00")))
        #expect(tokyo.first?.message == "'Good morning' does not fit: it will be 17:12 for the recipient; 'Good afternoon' fits")
        #expect(tokyo.first?.suggestion == "Good afternoon")
        let greek = RuleExample.reply("el", greeting: "Καλημέρα σας κύριε Παπαδόπουλε,")
        let night = try findings(greek, "greeting.time-of-day",
                                 options: .init(locale: "el", recipientTimeZone: RecipientTimeZone("-05:00")))
        #expect(night.first?.suggestion == "Καλησπέρα σας")
        let romanian = RuleExample.reply("ro", greeting: "Bună dimineața, domnule Popescu,")
        let afternoon = try findings(romanian, "greeting.time-of-day",
                                     options: .init(locale: "ro", recipientTimeZone: RecipientTimeZone("+06:00")))
        #expect(afternoon.first?.message == "'Bună dimineața' does not fit: it will be 14:12 for the recipient; 'Bună ziua' fits")
    }

    @Test func recipientZoneWinsOverTheOriginalsOffset() throws {
        let quote = "On Sun, 15 Nov 2026 at 18:40 +0900, Anna Smith <anna@example.com> wrote:\n> Hello?"
        let example = RuleExample.reply("en", greeting: "Good morning Anna,", quote: quote)
        #expect(try findings(example, "greeting.time-of-day").count == 1)
        let london = DraftOptions(locale: "en", recipientTimeZone: RecipientTimeZone("Europe/London"))
        #expect(try findings(example, "greeting.time-of-day", options: london).isEmpty)
    }
}
