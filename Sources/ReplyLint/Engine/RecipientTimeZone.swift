import Foundation

/// Where the recipient reads their mail: a fixed offset (`+02:00`, `-0500`, `UTC`) or an
/// IANA zone (`Europe/Athens`), whose offset depends on the instant (summer time).
public struct RecipientTimeZone: Sendable, Equatable, CustomStringConvertible {
    enum Kind: Sendable, Equatable {
        case fixed(seconds: Int)
        case named(TimeZone)
    }

    let kind: Kind

    /// Reads `+02:00`, `-0500`, `+5`, `UTC`, `GMT`, `Z`, `UTC+3`, or an IANA name; nil otherwise.
    public init?(_ text: String) {
        let trimmed = String(text.trimmingWhitespace)
        guard !trimmed.isEmpty, trimmed.count <= 64 else { return nil }
        let upper = trimmed.uppercased()
        if ["UTC", "GMT", "UT", "Z"].contains(upper) {
            kind = .fixed(seconds: 0)
            return
        }
        var body = Substring(upper)
        for prefix in ["UTC", "GMT"] where body.hasPrefix(prefix) { body = body.dropFirst(prefix.count) }
        if let first = body.first, first == "+" || first == "-" {
            guard let seconds = Self.offset(body) else { return nil }
            kind = .fixed(seconds: seconds)
            return
        }
        // Foundation knows the IANA names (and a few abbreviations such as EST); a name that
        // starts with a sign or digit was an offset and is handled above.
        guard trimmed.first?.isLetter == true, let zone = TimeZone(identifier: trimmed) else { return nil }
        kind = .named(zone)
    }

    /// The recipient's offset from UTC in seconds at `date`.
    public func offset(at date: Date) -> Int {
        switch kind {
        case let .fixed(seconds): seconds
        case let .named(zone): zone.secondsFromGMT(for: date)
        }
    }

    public var description: String {
        switch kind {
        case let .fixed(seconds): Self.format(offset: seconds)
        case let .named(zone): zone.identifier
        }
    }

    /// `+02:00` for 7200.
    static func format(offset seconds: Int) -> String {
        let magnitude = abs(seconds)
        let minutes = magnitude % 3600 / 60
        let hours = String(magnitude / 3600).leftPadded(to: 2)
        return (seconds < 0 ? "-" : "+") + hours + ":" + String(minutes).leftPadded(to: 2)
    }

    /// `+2`, `+02`, `+0200`, `+02:00`, `-5:30` → seconds; nil past ±14:00 or for anything else.
    private static func offset(_ text: Substring) -> Int? {
        let negative = text.first == "-"
        let parts = text.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let hours: Int, minutes: Int
        if parts.count == 2 {
            guard parts[0].count <= 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            (hours, minutes) = (h, m)
        } else {
            let digits = parts[0]
            guard digits.count <= 4, let value = Int(digits) else { return nil }
            (hours, minutes) = digits.count <= 2 ? (value, 0) : (value / 100, value % 100)
        }
        guard minutes < 60, hours * 60 + minutes <= 14 * 60 else { return nil }
        return (negative ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
