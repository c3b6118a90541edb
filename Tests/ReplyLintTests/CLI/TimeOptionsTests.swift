import Foundation
import Testing

/// `--now`, `--original` and `--recipient-tz` through the real binary.
@Suite struct TimeOptionsTests {
    static let quote = "On Sun, 15 Nov 2026 at 18:40, Anna Smith <anna@example.com> wrote:\n> Where is my refund?\n"

    static func draft(date: String? = "Mon, 16 Nov 2026 10:12:00 +0200", greeting: String = "Dear Anna,", quote: String = "") -> String {
        (["From: Jo Baker <jo@shop.example>", "To: Anna Smith <anna@example.com>", "Subject: Your refund for order A-1042"]
            + (date.map { ["Date: \($0)"] } ?? []) + ["Content-Type: text/plain; charset=utf-8", ""]).joined(separator: "\n")
            + "\n\(greeting)\n\nThank you for writing. Your refund of 40 EUR was issued today.\n\nBest regards,\nJo Baker\n\n" + quote
    }

    @Test func nowIsTheSendTimeOfAnUndatedDraft() throws {
        let path = try tempFile(Self.draft(date: nil, quote: Self.quote))
        let late = try BinaryRunner.run(["check", "--now", "2026-11-20T10:00:00+02:00", path])
        #expect(late.status == 1)
        #expect(late.stdout.contains("error: the customer wrote 4 days 15 hours before this reply"))
        let onTime = try BinaryRunner.run(["check", "--now", "2026-11-16T09:00:00+02:00", path])
        #expect(onTime.status == 0)
        #expect(!onTime.stdout.contains("reply.latency"))
    }

    @Test func dateHeaderWinsOverNow() throws {
        let path = try tempFile(Self.draft(quote: Self.quote))
        let result = try BinaryRunner.run(["check", "--now", "2026-12-24T10:00:00Z", path])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("reply.latency"))
    }

    @Test func originalFileGivesTheDateAndOffset() throws {
        let original = try tempFile("From: Anna Smith <anna@example.com>\nTo: support@shop.example\nSubject: Refund\nDate: Thu, 12 Nov 2026 21:30:00 +0900\n\nWhere is my refund?\n",
                                    name: "original.eml")
        let path = try tempFile(Self.draft(greeting: "Good morning Anna,", quote: Self.quote))
        let result = try BinaryRunner.run(["check", "--original", original, path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: the customer wrote 3 days 19 hours before this reply"))
        // The original was written at +0900: 10:12 +0200 is 17:12 there.
        #expect(result.stdout.contains("'Good morning' does not fit: it will be 17:12 for the recipient; 'Good afternoon' fits"))
    }

    @Test func recipientZoneByOffsetAndByName() throws {
        let path = try tempFile(Self.draft(greeting: "Good morning Anna,"))
        #expect(!(try BinaryRunner.run(["check", path]).stdout.contains("greeting.time-of-day")))
        let newYork = try BinaryRunner.run(["check", "--recipient-tz", "America/New_York", path])
        #expect(newYork.stdout.contains("it will be 03:12 for the recipient; 'Good evening' fits [greeting.time-of-day]"))
        let athens = try BinaryRunner.run(["check", "--recipient-tz", "+02:00", path])
        #expect(!athens.stdout.contains("greeting.time-of-day"))
    }

    @Test(arguments: [("--recipient-tz", "Mars/Olympus"), ("--recipient-tz", "+25:00"), ("--now", "tomorrow"),
                      ("--now", "2026-11-16T10:12:00")])
    func badValuesAreUsageErrors(option: String, value: String) throws {
        let result = try BinaryRunner.run(["check", option, value, "Fixtures/drafts/en-refund-good.eml"])
        #expect(result.status == 64)
        #expect(result.stderr.contains(option))
        #expect(result.stderr.contains("'\(value)'"))
    }

    @Test func unreadableOriginalExitsTwoWithOneLine() throws {
        let result = try BinaryRunner.run(["check", "--original", "no/such/original.eml", "Fixtures/drafts/en-refund-good.eml"])
        #expect(result.status == 2)
        #expect(result.stderr == "replylint: error: --original no/such/original.eml: cannot read the file\n")
        #expect(try BinaryRunner.run(["show", "--original", "no/such/original.eml", "Fixtures/drafts/en-refund-good.eml"]).status == 2)
    }

    private func tempFile(_ text: String, name: String = "draft.eml") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
