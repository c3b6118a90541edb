import Foundation

/// RFC 5322 §3.3 dates, with the obsolete forms of §4.3 and what mailers get wrong:
/// `Tue, 1 Jul 2003 10:52:37 +0200`, `1 Jul 03 10:52 EDT`, `Tue,1 Jul 2003 10:52:37 GMT (UTC)`,
/// `Mon, 01 Jan 2001 00:01+0000`, `Fri, 21 Nov 1997 09(comment):   55  :  06 -0600`.
enum DateParser {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let dayNames: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    static func parse(_ text: String) -> MessageDate? {
        var tokens = Self.tokens(text)[...]
        if let first = tokens.first, let name = first.first, name.isLetter, dayNames.contains(String(first.prefix(3))) {
            tokens = tokens.dropFirst()
        }
        guard tokens.count >= 3 else { return nil }
        var fields = Array(tokens)
        // `Jul 1 2003` and asctime's `Jul 1 10:52:37 2003`: month before day.
        if fields[0].first?.isLetter == true { fields.swapAt(0, 1) }
        if fields.count >= 4, fields[2].containsBytes(":") { fields.swapAt(2, 3) }
        guard let day = Int(fields[0]), let month = monthNumber(fields[1]),
              let year = fullYear(fields[2]), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        guard fields.count >= 4, let time = clockTime(fields[3]) else { return nil }
        let zone: (offset: Int, kind: MessageDate.Zone)?
        if fields.count >= 5 { zone = zoneOffset(fields[4]) } else { zone = (0, .none) }
        guard let zone else { return nil }
        let local = CivilDate.days(year: year, month: month, day: day) * 86_400 + time
        return MessageDate(date: Date(timeIntervalSince1970: TimeInterval(local - zone.offset)), utcOffset: zone.offset,
                           zone: zone.kind)
    }

    /// Lower-cased words with comments removed, commas as separators, the obsolete blanks
    /// around a time's colons dropped, and a zone glued to the time split off.
    private static func tokens(_ text: String) -> [String] {
        var cleaned = ""
        var depth = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case "," where depth == 0: cleaned.append(" ")
            default: if depth == 0 { cleaned.unicodeScalars.append(scalar) }
            }
        }
        let words = cleaned.lowercased().split { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }.map(String.init)
        var joined: [String] = []
        for word in words {
            if let last = joined.last, last.last == ":" || word.first == ":" {
                joined[joined.count - 1] = last + word
            } else {
                joined.append(word)
            }
        }
        return joined.flatMap(splitGluedZone)
    }

    /// `00:01+0000` → `00:01`, `+0000`; `10:52gmt` → `10:52`, `gmt`.
    private static func splitGluedZone(_ word: String) -> [String] {
        guard word.contains(":"), word.first?.isASCIIDigit == true,
              let start = word.firstIndex(where: { $0 == "+" || $0 == "-" || $0.isLetter }) else { return [word] }
        return [String(word[..<start]), String(word[start...])]
    }

    private static func monthNumber(_ token: String) -> Int? {
        guard token.count >= 3, let index = months.firstIndex(of: String(token.prefix(3))) else { return nil }
        return index + 1
    }

    /// RFC 5322 §4.3: a two-digit year below 50 is 20xx, else 19xx; three digits add 1900.
    private static func fullYear(_ token: String) -> Int? {
        guard token.allSatisfy(\.isASCIIDigit), let year = Int(token) else { return nil }
        switch token.count {
        case 2: return year < 50 ? 2000 + year : 1900 + year
        case 3: return 1900 + year
        case 4: return year
        default: return nil
        }
    }

    /// Seconds since midnight from `hh:mm` or `hh:mm:ss` (a leap second 60 is allowed).
    private static func clockTime(_ token: String) -> Int? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) ?? 99 : 0
        guard hour < 24, minute < 60, second <= 60 else { return nil }
        return hour * 3600 + minute * 60 + second
    }

    /// `+0200`, `+02:00` or a zone name. `-0000`, a military letter and an unknown name give
    /// the time in UTC and no offset (RFC 5322 §3.3, §4.3).
    private static func zoneOffset(_ token: String) -> (offset: Int, kind: MessageDate.Zone)? {
        if let sign = token.first, sign == "+" || sign == "-" {
            let digits = token.dropFirst().filter { $0 != ":" }
            guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits), value % 100 < 60 else {
                return nil
            }
            let seconds = (value / 100) * 3600 + (value % 100) * 60
            if seconds == 0, sign == "-" { return (0, .unknownOffset) }
            return (sign == "-" ? -seconds : seconds, .known)
        }
        guard token.allSatisfy(\.isLetter) else { return nil }
        if let offset = ZoneName.offset(token) { return (offset, .known) }
        return (0, .unreliable)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
