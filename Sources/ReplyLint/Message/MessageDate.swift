import Foundation

/// An RFC 5322 date with the UTC offset it was written in.
public struct MessageDate: Sendable, Hashable {
    /// What the text said about its zone.
    public enum Zone: Sendable, Hashable {
        /// A numeric offset, or a zone name whose offset is known.
        case known
        /// `-0000` (RFC 5322 §3.3): the time is UTC, and where the writer was is not said.
        case unknownOffset
        /// A military letter or an unknown zone name, read as `-0000` (RFC 5322 §4.3): the
        /// instant may be off by as much as an offset can be.
        case unreliable
        /// No zone at all (a quoted "On 15 Nov 2026 at 18:40"): a local time, read as UTC.
        case none
    }

    /// The instant.
    public var date: Date
    /// The writer's offset from UTC in seconds (`+0200` is 7200); 0 unless the zone is known.
    public var utcOffset: Int
    public var zone: Zone

    /// Whether the writer's offset is known.
    public var offsetKnown: Bool { zone == .known }

    /// How far the instant may be from the one meant: none when the zone was given or was
    /// `-0000`, the widest offset there is (14 hours) when it was unreliable or missing.
    public var instantSlack: TimeInterval {
        zone == .known || zone == .unknownOffset ? 0 : Self.widestOffset
    }

    static let widestOffset: TimeInterval = 14 * 3600

    public init(date: Date, utcOffset: Int, offsetKnown: Bool = true) {
        self.init(date: date, utcOffset: utcOffset, zone: offsetKnown ? .known : .none)
    }

    public init(date: Date, utcOffset: Int, zone: Zone) {
        self.date = date
        self.utcOffset = utcOffset
        self.zone = zone
    }

    /// `2026-11-20T09:15:00+02:00`.
    public var iso8601: String {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffset
        let (y, m, d) = CivilDate.civil(fromDays: local.floorDiv(86_400))
        let secs = local.floorMod(86_400)
        let stamp = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, secs / 3600, secs % 3600 / 60, secs % 60)
        switch zone {
        case .known: break
        case .none: return stamp
        // RFC 3339 §4.3: -00:00 is a UTC time whose local offset is unknown.
        case .unknownOffset, .unreliable: return stamp + "-00:00"
        }
        let sign = utcOffset < 0 ? "-" : "+"
        let off = abs(utcOffset)
        return stamp + String(format: "%@%02d:%02d", sign, off / 3600, off % 3600 / 60)
    }
}

/// Proleptic Gregorian calendar arithmetic (H. Hinnant's algorithms), so date
/// parsing needs no Calendar or time-zone database.
enum CivilDate {
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

extension Int {
    func floorDiv(_ d: Int) -> Int { (self >= 0 ? self : self - d + 1) / d }
    func floorMod(_ d: Int) -> Int { self - floorDiv(d) * d }
}
