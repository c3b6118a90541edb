/// A stretch of the recipient's day, written `"5-12"` or `"17:30-4"` in `time-of-day-hours`:
/// start inclusive, end exclusive, wrapping past midnight when the end comes first.
struct HourBand: Sendable, Equatable {
    /// Minutes after midnight.
    var start: Int
    var end: Int

    init?(_ text: String) {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let start = Self.minutes(ends[0]), let end = Self.minutes(ends[1]) else { return nil }
        self.start = start
        self.end = end
    }

    func contains(minuteOfDay minute: Int) -> Bool {
        if start == end { return true }
        return start < end ? (start..<end).contains(minute) : minute >= start || minute < end
    }

    /// `5`, `05`, `17:30`, `24` → minutes after midnight.
    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.trimmingWhitespace.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              let hours = Int(parts[0]) else { return nil }
        let minutes = parts.count == 2 ? Int(parts[1]) ?? 60 : 0
        guard minutes < 60, hours * 60 + minutes <= 24 * 60 else { return nil }
        return hours * 60 + minutes
    }
}
