import Foundation
import Testing
@testable import ReplyLint

/// Dates as attribution lines and header blocks write them, zones by name included.
struct LooseDateTests {
    static let months = MonthNames(Dictionary(uniqueKeysWithValues: ["nov", "november", "νοε", "νοεμβρίου"].map { (TextFolding.fold($0), 11) }))
    static let connectors = Set(["at", "στις"].map { TextFolding.fold($0) })

    @Test(arguments: [
        ("Sun, 15 Nov 2026 at 18:40", "2026-11-15T18:40:00"),
        ("Sun, 15 Nov 2026 at 18:40 GMT", "2026-11-15T18:40:00+00:00"),
        ("Sun, 15 Nov 2026 at 18:40 UTC", "2026-11-15T18:40:00+00:00"),
        ("15 Nov 2026 18:40 EET", "2026-11-15T18:40:00+02:00"),
        ("15.11.2026 18:40 EEST", "2026-11-15T18:40:00+03:00"),
        ("Sunday, November 15, 2026 6:40 PM CET", "2026-11-15T18:40:00+01:00"),
        ("Sunday, November 15, 2026 6:40 PM (GMT+02:00) Athens, Beirut, Istanbul", "2026-11-15T18:40:00+02:00"),
        ("Sunday, November 15, 2026 6:40 PM (UTC+07:00) Bangkok, Hanoi, Jakarta", "2026-11-15T18:40:00+07:00"),
        ("15 Nov 2026 18.40 WIB", "2026-11-15T18:40:00+07:00"),
        ("Κυρ 15 Νοε 2026 στις 6:40 μ.μ. EET", "2026-11-15T18:40:00+02:00"),
        ("Sun, 15 Nov 2026 at 18:40 GMT+2", "2026-11-15T18:40:00+02:00"),
        ("Sun, 15 Nov 2026 at 18:40 -0000", "2026-11-15T18:40:00-00:00"),
        ("Sun, 15 Nov 2026 18:40+0100", "2026-11-15T18:40:00+01:00"),
    ])
    func readsZones(text: String, iso8601: String) {
        #expect(LooseDate.parse(text, months: Self.months, connectors: Self.connectors)?.iso8601 == iso8601)
    }

    static let romanian = MonthNames(Dictionary(uniqueKeysWithValues: [("martie", 3), ("mar", 3), ("mai", 5), ("noiembrie", 11), ("nov", 11)]))

    /// Romanian Gmail abbreviates marți (Tuesday) 'mar.', as martie (March) is abbreviated.
    @Test(arguments: [
        ("mar., 17 nov. 2026 la 14:20", "2026-11-17T14:20:00"),
        ("mar., 17 nov. 2026, 14:20", "2026-11-17T14:20:00"),
        ("mar., 17 mar. 2026 la 14:20", "2026-03-17T14:20:00"),
        ("17 mar. 2026 la 14:20", "2026-03-17T14:20:00"),
        ("marți, 17 noiembrie 2026 14:20", "2026-11-17T14:20:00"),
    ])
    func weekdayAbbreviatedLikeAMonthIsNoMonth(text: String, iso8601: String) {
        #expect(LooseDate.parse(text, months: Self.romanian, connectors: ["la"])?.iso8601 == iso8601)
    }

    /// A day's name that is also a month's abbreviation stands before the day; the month after it
    /// wins (Romanian Gmail: "mar." is marți, Tuesday). A month written first still counts.
    @Test(arguments: [
        ("mar., 17 nov. 2026, 10:15", "2026-11-17T10:15:00"),
        ("mar., 17 nov. 2026 la 10:15", "2026-11-17T10:15:00"),
        ("Mar 17, 2026, 10:15", "2026-03-17T10:15:00"),
        ("17 mar. 2026, 10:15", "2026-03-17T10:15:00"),
    ])
    func dayNameIsNoMonth(text: String, iso8601: String) {
        let months = MonthNames(["mar": 3, "martie": 3, "nov": 11, "noiembrie": 11])
        #expect(LooseDate.parse(text, months: months, connectors: ["la"])?.iso8601 == iso8601)
    }

    @Test(arguments: [
        "Sun, 15 Nov 2026 at 18:40 Anna",
        "Sunday, November 15, 2026 6:40 PM Athens",
    ])
    func rejectsWordsThatAreNoZone(text: String) {
        #expect(LooseDate.parse(text, months: Self.months, connectors: Self.connectors) == nil)
    }

    /// Freshdesk writes "On Mon, 16 Nov at 9:00 AM , Anna <…> wrote:": the year is the reply's,
    /// or the one before when the original would otherwise come after the reply.
    @Test(arguments: [
        ("Mon, 16 Nov at 9:00 AM", "2026-11-20T10:00:00Z", "2026-11-16T09:00:00"),
        ("16 Nov at 18:40", "2026-11-16T19:00:00Z", "2026-11-16T18:40:00"),
        ("Thu, 17 Nov at 9:00 AM", "2026-11-16T23:30:00Z", "2026-11-17T09:00:00"),
        ("Thu, 30 Nov at 9:00 AM", "2027-01-02T10:00:00Z", "2026-11-30T09:00:00"),
    ])
    func yearFromTheReply(text: String, sent: String, iso8601: String) throws {
        let reference = try #require(ISO8601DateFormatter().date(from: sent))
        #expect(LooseDate.parse(text, months: Self.months, connectors: Self.connectors, yearOf: reference)?.iso8601 == iso8601)
    }

    /// Without the reply's date, or with two numbers that are no year, a yearless text is no date.
    @Test func noYearWithoutAReference() {
        #expect(LooseDate.parse("Mon, 16 Nov at 9:00 AM", months: Self.months, connectors: Self.connectors) == nil)
        #expect(LooseDate.parse("Mon, 16 Nov at 9:00 AM", months: Self.months, connectors: Self.connectors,
                                yearOf: Date(timeIntervalSince1970: 0)) != nil)
        #expect(LooseDate.parse("order 16 of Nov", months: Self.months, connectors: Self.connectors,
                                yearOf: Date(timeIntervalSince1970: 0)) == nil)
    }
}
