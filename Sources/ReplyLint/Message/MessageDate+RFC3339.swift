import Foundation

extension MessageDate {
    /// Reads an RFC 3339 instant (`2026-11-16T10:12:00+02:00`, `2026-11-16T08:12Z`,
    /// `2026-11-16 10:12:00.5+0200`). The offset is required: an instant without one
    /// would mean a different moment on every machine.
    public init?(rfc3339 text: String) {
        let trimmed = text.trimmingWhitespace
        guard trimmed.count >= 16, trimmed.count <= 40, trimmed.allSatisfy(\.isASCII) else { return nil }
        let characters = Array(trimmed)
        guard "Tt ".contains(characters[10]) else { return nil }
        let datePart = String(characters[..<10]).split(separator: "-", omittingEmptySubsequences: false)
        guard datePart.count == 3, datePart[0].count == 4, datePart[1].count == 2, datePart[2].count == 2,
              let year = Self.number(datePart[0]), let month = Self.number(datePart[1]), let day = Self.number(datePart[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        // Reject 31 November: the day must survive a round trip through the calendar.
        let days = CivilDate.days(year: year, month: month, day: day)
        guard CivilDate.civil(fromDays: days) == (year, month, day) else { return nil }

        var rest = Substring(String(characters[11...]))
        guard let zoneStart = rest.firstIndex(where: { "Zz+-".contains($0) }) else { return nil }
        let clock = rest[..<zoneStart]
        rest = rest[zoneStart...]
        guard let seconds = Self.clockSeconds(clock), let offset = Self.zone(rest) else { return nil }
        let local = days * 86_400 + seconds
        self.init(date: Date(timeIntervalSince1970: TimeInterval(local - offset)), utcOffset: offset)
    }

    /// `10:12`, `10:12:00`, `10:12:00.250` → seconds into the day (fractions dropped).
    private static func clockSeconds(_ text: Substring) -> Int? {
        let whole = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        if whole.count == 2, whole[1].isEmpty || !whole[1].allSatisfy(\.isASCIIDigit) { return nil }
        let parts = whole[0].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 }) else { return nil }
        let values = parts.compactMap(number)
        guard values.count == parts.count, values[0] < 24, values[1] < 60 else { return nil }
        let second = values.count == 3 ? values[2] : 0
        guard second <= 60 else { return nil }   // 60: a leap second, read as the next minute's start
        return values[0] * 3600 + values[1] * 60 + second
    }

    /// `Z`, `+02:00`, `-0500`, `+02` → seconds east of UTC.
    private static func zone(_ text: Substring) -> Int? {
        if text == "Z" || text == "z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 2 || digits.count == 4, text.dropFirst().count <= 5,
              let value = number(Substring(digits)) else { return nil }
        let (hours, minutes) = digits.count == 2 ? (value, 0) : (value / 100, value % 100)
        guard hours <= 14, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    private static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }
}
