import Foundation
import Testing
@testable import ReplyLint

/// `--recipient-tz`, `--now` and the hour bands of `time-of-day-hours`.
@Suite struct TimeOptionTests {
    /// 2026-07-01T12:00:00Z (summer) and 2026-11-16T12:00:00Z (winter).
    static let summer = Date(timeIntervalSince1970: 1_782_907_200)
    static let winter = Date(timeIntervalSince1970: 1_794_830_400)

    @Test(arguments: [
        ("+02:00", 7200), ("-0500", -18_000), ("+2", 7200), ("-05:30", -19_800), ("+0545", 20_700),
        ("UTC", 0), ("utc", 0), ("GMT", 0), ("Z", 0), ("UTC+3", 10_800), ("GMT-08:00", -28_800), ("+14:00", 50_400),
        (" +01:00 ", 3600),
    ])
    func fixedOffsets(text: String, seconds: Int) throws {
        let zone = try #require(RecipientTimeZone(text))
        #expect(zone.offset(at: Self.summer) == seconds)
        #expect(zone.offset(at: Self.winter) == seconds)
    }

    @Test(arguments: [
        ("Europe/Athens", 10_800, 7200), ("America/New_York", -14_400, -18_000),
        ("Asia/Jakarta", 25_200, 25_200), ("Europe/Tallinn", 10_800, 7200), ("Australia/Sydney", 36_000, 39_600),
    ])
    func ianaNamesFollowSummerTime(name: String, summer: Int, winter: Int) throws {
        let zone = try #require(RecipientTimeZone(name))
        #expect(zone.offset(at: Self.summer) == summer)
        #expect(zone.offset(at: Self.winter) == winter)
        #expect(zone.description == name)
    }

    @Test(arguments: ["", "Mars/Base", "+15:00", "+02:60", "+123456", "02:00", "+", "UTC+", "+2:3", "Europe/", "🙂", "+02:00:00",
                      String(repeating: "A", count: 500)])
    func rejectsOthers(text: String) {
        #expect(RecipientTimeZone(text) == nil)
    }

    @Test(arguments: [
        ("2026-11-16T10:12:00+02:00", "2026-11-16T10:12:00+02:00"),
        ("2026-11-16T08:12:00Z", "2026-11-16T08:12:00+00:00"),
        ("2026-11-16t08:12z", "2026-11-16T08:12:00+00:00"),
        ("2026-11-16 10:12:00.250-0500", "2026-11-16T10:12:00-05:00"),
        ("2024-02-29T00:00:00+05:30", "2024-02-29T00:00:00+05:30"),
    ])
    func readsRFC3339(text: String, iso: String) throws {
        #expect(try #require(MessageDate(rfc3339: text)).iso8601 == iso)
    }

    @Test func rfc3339KeepsTheInstant() throws {
        let a = try #require(MessageDate(rfc3339: "2026-11-16T10:12:00+02:00"))
        let b = try #require(MessageDate(rfc3339: "2026-11-16T08:12:00Z"))
        #expect(a.date == b.date)
        #expect(a.utcOffset == 7200)
    }

    @Test(arguments: ["2026-11-16", "2026-11-16T10:12:00", "2026-11-31T10:12:00Z", "2025-02-29T10:00Z", "2026-13-01T10:00Z",
                      "2026-11-16T24:00Z", "2026-11-16T10:12+2", "16 Nov 2026 10:12 +0200", "yesterday", "2026-11-16T10:12:00.Z", ""])
    func rejectsOtherInstants(text: String) {
        #expect(MessageDate(rfc3339: text) == nil)
    }

    @Test func hourBands() throws {
        let morning = try #require(HourBand("5-12"))
        #expect(morning.contains(minuteOfDay: 5 * 60))
        #expect(!morning.contains(minuteOfDay: 12 * 60))
        #expect(!morning.contains(minuteOfDay: 4 * 60 + 59))
        let night = try #require(HourBand("18-4"))
        #expect(night.contains(minuteOfDay: 23 * 60) && night.contains(minuteOfDay: 0) && night.contains(minuteOfDay: 3 * 60 + 59))
        #expect(!night.contains(minuteOfDay: 4 * 60) && !night.contains(minuteOfDay: 12 * 60))
        #expect(try #require(HourBand("17:30-24")).contains(minuteOfDay: 17 * 60 + 30))
        for bad in ["5", "5-", "a-b", "25-3", "5-12-14", "5:60-6", "-3-4"] { #expect(HourBand(bad) == nil, "\(bad)") }
    }

    @Test func badHourBandInConfigNamesIt() throws {
        let yaml = try #require(try YAMLValue.load("time-of-day-hours:\n  morning: [\"5 to 12\"]\n", path: "x.yaml"))
        var data = LanguageData(code: "en", name: "English")
        do {
            try data.extend(with: yaml)
            Issue.record("a bad band was accepted")
        } catch {
            #expect(error.description.contains("'5 to 12' in time-of-day-hours.morning"))
            #expect(error.line == 2)
        }
    }
}
