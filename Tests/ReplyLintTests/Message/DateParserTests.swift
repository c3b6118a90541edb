import Foundation
import Testing
@testable import ReplyLint

struct DateParserTests {
    @Test(arguments: [
        ("Tue, 1 Jul 2003 10:52:37 +0200", "2003-07-01T10:52:37+02:00"),
        ("1 Jul 2003 10:52:37 +0200", "2003-07-01T10:52:37+02:00"),
        ("Tue,1 Jul 2003 10:52:37 +0200", "2003-07-01T10:52:37+02:00"),
        ("Tue 1 Jul 2003 10:52:37 +0200", "2003-07-01T10:52:37+02:00"),
        ("  Tue,   01   Jul   2003   10:52:37   +0200  ", "2003-07-01T10:52:37+02:00"),
        ("Tue, 1 Jul 2003 10:52 +0200", "2003-07-01T10:52:00+02:00"),
        ("Fri, 20 Nov 2026 09:15:00 -0500", "2026-11-20T09:15:00-05:00"),
        ("Fri, 20 Nov 2026 09:15:00 +0530", "2026-11-20T09:15:00+05:30"),
        // RFC 5322 §3.3: -0000 is UTC from a writer whose offset is not said (RFC 3339's -00:00).
        ("Fri, 20 Nov 2026 09:15:00 -0000", "2026-11-20T09:15:00-00:00"),
        ("Mon, 01 Jan 2001 00:01+0000", "2001-01-01T00:01:00+00:00"),
        ("Mon, 01 Jan 2001 00:01:30-0500", "2001-01-01T00:01:30-05:00"),
        ("Mon, 01 Jan 2001 00:01GMT", "2001-01-01T00:01:00+00:00"),
        ("Fri, 21 Nov 1997 09(comment):   55  :  06 -0600", "1997-11-21T09:55:06-06:00"),
        ("Fri, 21 Nov 1997 09 : 55 : 06 -0600", "1997-11-21T09:55:06-06:00"),
        ("Fri,21 Nov 97 09:55:06 GMT", "1997-11-21T09:55:06+00:00"),
        ("(day) Fri, (date) 21 Nov 1997 (time) 09:55:06 (zone) -0600", "1997-11-21T09:55:06-06:00"),
        ("Fri, 20 Nov 2026 09:15:00 EET", "2026-11-20T09:15:00+02:00"),
        ("Fri, 20 Nov 2026 09:15:00 CEST", "2026-11-20T09:15:00+02:00"),
        ("Fri, 20 Nov 2026 09:15:00 WIB", "2026-11-20T09:15:00+07:00"),
        // Military letters and unknown names: UTC, offset unknown (§4.3).
        ("Fri, 20 Nov 2026 09:15:00 Q", "2026-11-20T09:15:00-00:00"),
        ("Fri, 20 Nov 2026 09:15:00 XYZT", "2026-11-20T09:15:00-00:00"),
        ("Fri, 20 Nov 2026 09:15:00 +0100 (CET)", "2026-11-20T09:15:00+01:00"),
        ("Fri, 20 Nov 2026 09:15:00 (comment) +0100", "2026-11-20T09:15:00+01:00"),
        ("Fri, 20 Nov 26 09:15:00 +0000", "2026-11-20T09:15:00+00:00"),
        ("Fri, 20 Nov 49 09:15:00 +0000", "2049-11-20T09:15:00+00:00"),
        ("Thu, 20 Nov 97 09:15:00 +0000", "1997-11-20T09:15:00+00:00"),
        ("Thu, 20 Nov 103 09:15:00 +0000", "2003-11-20T09:15:00+00:00"),
        ("Fri, 20 Nov 2026 09:15:00 UT", "2026-11-20T09:15:00+00:00"),
        ("Fri, 20 Nov 2026 09:15:00 GMT", "2026-11-20T09:15:00+00:00"),
        ("Fri, 20 Nov 2026 09:15:00 EST", "2026-11-20T09:15:00-05:00"),
        ("Fri, 20 Nov 2026 09:15:00 EDT", "2026-11-20T09:15:00-04:00"),
        ("Fri, 20 Nov 2026 09:15:00 CST", "2026-11-20T09:15:00-06:00"),
        ("Fri, 20 Nov 2026 09:15:00 CDT", "2026-11-20T09:15:00-05:00"),
        ("Fri, 20 Nov 2026 09:15:00 MST", "2026-11-20T09:15:00-07:00"),
        ("Fri, 20 Nov 2026 09:15:00 MDT", "2026-11-20T09:15:00-06:00"),
        ("Fri, 20 Nov 2026 09:15:00 PST", "2026-11-20T09:15:00-08:00"),
        ("Fri, 20 Nov 2026 09:15:00 PDT", "2026-11-20T09:15:00-07:00"),
        ("Fri, 20 Nov 2026 09:15:00 A", "2026-11-20T09:15:00-00:00"),
        ("Fri, 20 Nov 2026 09:15:00 z", "2026-11-20T09:15:00+00:00"),
        ("Fri, 20 Nov 2026 09:15:00", "2026-11-20T09:15:00"),
        ("Sat, 29 Feb 2020 23:59:60 +0000", "2020-03-01T00:00:00+00:00"),
        ("Fri Nov 20 09:15:00 2026", "2026-11-20T09:15:00"),
        ("Friday, 20 November 2026 09:15:00 +0100", "2026-11-20T09:15:00+01:00"),
    ])
    func readsDates(raw: String, iso8601: String) {
        #expect(DateParser.parse(raw)?.iso8601 == iso8601)
    }

    @Test(arguments: [
        ("Fri, 20 Nov 2026 09:15:00 +0200", MessageDate.Zone.known),
        ("Fri, 20 Nov 2026 09:15:00 +0000", .known),
        ("Fri, 20 Nov 2026 09:15:00 GMT", .known),
        ("Fri, 20 Nov 2026 09:15:00 -0000", .unknownOffset),
        ("Fri, 20 Nov 2026 09:15:00 M", .unreliable),
        ("Fri, 20 Nov 2026 09:15:00 ABCD", .unreliable),
        ("Fri, 20 Nov 2026 09:15:00", .none),
    ])
    func saysWhatTheZoneTold(raw: String, zone: MessageDate.Zone) throws {
        let date = try #require(DateParser.parse(raw))
        #expect(date.zone == zone)
        #expect(date.offsetKnown == (zone == .known))
        // Whatever the zone said, the instant is the UTC reading of the clock time.
        #expect(date.date.timeIntervalSince1970 == 1_795_166_100 - TimeInterval(date.utcOffset))
    }

    @Test func keepsTheOffsetAndTheInstant() throws {
        let date = try #require(DateParser.parse("Tue, 1 Jul 2003 10:52:37 +0200"))
        #expect(date.utcOffset == 7200)
        #expect(date.date.timeIntervalSince1970 == 1_057_049_557)
    }

    @Test(arguments: [
        "", "yesterday", "Tue, 32 Jul 2003 10:52:37 +0200", "Tue, 29 Feb 2003 10:52:37 +0200",
        "Tue, 1 Foo 2003 10:52:37 +0200", "Tue, 1 Jul 2003 25:00:00 +0200", "Tue, 1 Jul 2003 10:61 +0200",
        "Tue, 1 Jul 2003 10:52:37 +02", "Tue, 1 Jul 2003 10:52:37 +0299", "Tue, 1 Jul 2003",
        "1 Jul 99999999999999999999999 10:00 +0000", "2003-07-01T10:52:37Z",
    ])
    func rejectsNonsense(raw: String) {
        #expect(DateParser.parse(raw) == nil)
    }
}
