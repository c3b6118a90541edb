import Foundation

/// Reads the dates mail clients write in attribution lines, in any shipped language:
/// "Sun, 15 Nov 2026 at 18:40", "Mon, Nov 16, 2026 at 10:12 AM", "16.11.2026 10:12",
/// "Κυρ 15 Νοε 2026 στις 6:40 μ.μ.", "15 nov. 2026, 18:40 +0200", "16 Nov 2026 09:00 EET",
/// "Monday, November 16, 2026 9:00 AM (GMT+02:00) Athens, Beirut".
/// RFC 5322 dates go through the strict parser first.
enum LooseDate {
    /// `months`: folded month names and abbreviations of every language → month number.
    /// `connectors`: words that may stand between date and time ("at", "στις", "kell", "pukul").
    /// Any other word after the date has begun makes the text not a date, so an attribution
    /// slot that swallowed part of a name ("… 18:40 Anna") is rejected.
    static func parse(_ text: String, months table: MonthNames, connectors: Set<String> = [], yearOf reference: Date? = nil) -> MessageDate? {
        read(text, months: table, connectors: connectors, yearOf: reference)?.date
    }

    /// The date, and how much of it the text gave: one point each for a time of day (without
    /// one it is midnight), an AM/PM marker and an offset, so a caller choosing between
    /// readings of an attribution line can keep "6:40 PM" whole. `reference` (the reply's own
    /// date) gives a year to a date written without one (Freshdesk's "Mon, 16 Nov at 9:00 AM"):
    /// the latest that is not after the reply.
    static func read(_ text: String, months table: MonthNames, connectors: Set<String> = [],
                     yearOf reference: Date? = nil) -> (date: MessageDate, detail: Int)? {
        let tokens = zoneLabelDropped(TextFolding.fold(text).split(whereSeparator: { $0.isWhitespace || $0 == "," })
            .map { String($0.trimming { $0 == "." }) })
        // The strict parser would take "PM" for an unknown zone name (RFC 5322 reads those as UTC).
        guard vetted(tokens, table, connectors) else { return nil }
        if !tokens.contains(where: { meridiem[$0] != nil }), let strict = DateParser.parse(text) { return (strict, 3) }
        var numbers: [Int] = []
        var month: Int?
        var monthBeforeNumbers = false
        var monthByPrefix: Int?
        var hour: Int?, minute = 0, second = 0
        var pm: Bool?
        var offset: Int?
        var offsetUnknown = false
        for token in tokens {
            if let parsed = timeOfDay(token) {
                (hour, minute, second) = parsed
            } else if let zone = zoneOffset(token) {
                offset = zone
                offsetUnknown = zone == 0 && token.contains("-")
            } else if let marker = meridiem[token] {
                pm = marker
            } else if let numeric = numericDate(token) {
                numbers = numeric
            } else if let value = Int(token) {
                numbers.append(value)
            } else if let exact = table[token], month == nil || (monthBeforeNumbers && !numbers.isEmpty) {
                // A name before the day that another name follows was the day's name: Romanian
                // "mar., 17 nov. 2026" is marți (Tuesday), 17 November, not March.
                monthBeforeNumbers = month == nil && numbers.isEmpty
                month = exact
            } else if monthByPrefix == nil, token.count >= 3, let found = table.byPrefix(token) {
                monthByPrefix = found
            }
        }
        // An exact name wins over a prefix: Romanian "marți, 17 nov." is November, not March.
        month = month ?? monthByPrefix
        guard let (year, monthNumber, day) = assemble(numbers, month) ?? yearless(numbers, month, before: reference) else { return nil }
        var h = hour ?? 0
        if pm == true, h < 12 { h += 12 }
        if pm == false, h == 12 { h = 0 }
        let days = CivilDate.days(year: year, month: monthNumber, day: day)
        let seconds = days * 86_400 + h * 3600 + minute * 60 + second - (offset ?? 0)
        let zone: MessageDate.Zone = offsetUnknown ? .unknownOffset : offset == nil ? .none : .known
        let date = MessageDate(date: Date(timeIntervalSince1970: TimeInterval(seconds)), utcOffset: offset ?? 0, zone: zone)
        return (date, [hour != nil, pm != nil, offset != nil].filter { $0 }.count)
    }

    /// Outlook writes a zone as `(GMT+02:00) Athens, Beirut, Istanbul`: the city names after
    /// a parenthesised offset are its label, not words of the text.
    private static func zoneLabelDropped(_ tokens: [String]) -> [String] {
        guard let index = tokens.firstIndex(where: { $0.hasPrefix("(gmt") || $0.hasPrefix("(utc") }),
              tokens[index].hasSuffix(")"), zoneOffset(tokens[index]) != nil else { return tokens }
        return Array(tokens[...index])
    }

    /// Once the date has begun (a number, a month, a time), every word must belong to a
    /// date: a month, AM/PM, a zone, or a connector ("at", "στις"). Day names may precede it.
    private static func vetted(_ tokens: [String], _ table: MonthNames, _ connectors: Set<String>) -> Bool {
        var begun = false
        for token in tokens {
            let isDatePart = token.first?.isNumber == true || token.first == "+" || token.first == "-"
                || table[token] != nil || (token.count >= 3 && table.byPrefix(token) != nil)
            if isDatePart { begun = true; continue }
            guard begun, token.contains(where: \.isLetter) else { continue }
            let bare = String(token.trimming { $0 == "(" || $0 == ")" })
            if meridiem[token] == nil, !connectors.contains(token), ZoneName.offset(bare) == nil, !bare.hasPrefix("gmt"),
               !bare.hasPrefix("utc") {
                return false
            }
        }
        return true
    }

    /// AM/PM markers, folded and without a final dot: true for after noon.
    private static let meridiem: [String: Bool] = [
        "pm": true, "p.m": true, "μ.μ": true, "μμ": true, "am": false, "a.m": false, "π.μ": false, "πμ": false,
    ]

    /// Day, month and year from the numbers found (and a month name, when there was one).
    private static func assemble(_ numbers: [Int], _ month: Int?) -> (Int, Int, Int)? {
        func year(_ value: Int) -> Int { value < 100 ? (value < 50 ? 2000 + value : 1900 + value) : value }
        if let month {
            guard let y = numbers.first(where: { $0 > 31 }) ?? numbers.last(where: { $0 <= 31 && numbers.count >= 2 }),
                  let d = numbers.first(where: { $0 >= 1 && $0 <= 31 && $0 != y }) else { return nil }
            return valid(year(y), month, d)
        }
        guard numbers.count >= 3 else { return nil }
        let (a, b, c) = (numbers[0], numbers[1], numbers[2])
        if a > 31 { return valid(a, b, c) }                 // 2026-11-16
        if b > 12, a <= 12 { return valid(year(c), a, b) }  // 11/16/2026
        return valid(year(c), b, a)                          // 16.11.2026
    }

    /// A month name and a day alone: the reply's year, or the one before when that would put the
    /// original after the reply (a reply of 2 January to "31 Dec"); a day of slack for the offsets.
    private static func yearless(_ numbers: [Int], _ month: Int?, before reference: Date?) -> (Int, Int, Int)? {
        guard let month, let reference, numbers.count == 1, let day = numbers.first else { return nil }
        let today = Int((reference.timeIntervalSince1970 / 86_400).rounded(.down))
        let year = CivilDate.civil(fromDays: today).year
        guard valid(year, month, day) != nil else { return nil }
        return CivilDate.days(year: year, month: month, day: day) > today + 1 ? (year - 1, month, day) : (year, month, day)
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> (Int, Int, Int)? {
        (1...12).contains(m) && (1...31).contains(d) && (1900...2200).contains(y) ? (y, m, d) : nil
    }

    private static func numericDate(_ token: String) -> [Int]? {
        for separator: Character in [".", "/", "-"] where token.contains(separator) {
            let parts = token.split(separator: separator).compactMap { Int($0) }
            if parts.count == 3 { return parts }
        }
        return nil
    }

    private static func timeOfDay(_ token: String) -> (Int, Int, Int)? {
        // Indonesian (and Finnish) clocks write "18.40"; a dotted pair is a time, never a date.
        let dotted = token.split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count == 2, dotted[0].count <= 2, dotted[1].count == 2,
           dotted.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
           let h = Int(dotted[0]), let m = Int(dotted[1]), h < 24, m < 60 {
            return (h, m, 0)
        }
        var body = Substring(token)
        var pmSuffix: Bool?
        if body.hasSuffix("pm") { pmSuffix = true; body = body.dropLast(2) }
        else if body.hasSuffix("am") { pmSuffix = false; body = body.dropLast(2) }
        let parts = body.split(separator: ":").map { Int($0) }
        guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
        var h = parts[0] ?? 0
        if pmSuffix == true, h < 12 { h += 12 }
        if pmSuffix == false, h == 12 { h = 0 }
        guard h < 24, let m = parts[1], m < 60 else { return nil }
        return (h, m, parts.count == 3 ? (parts[2] ?? 0) : 0)
    }

    /// `+0200`, `-05:30`, `gmt+2`, `utc+02:00`, `(gmt+02:00)`, `eet`, `wib`.
    private static func zoneOffset(_ token: String) -> Int? {
        var body = Substring(token.trimming { $0 == "(" || $0 == ")" })
        if let named = ZoneName.offset(String(body)) { return named }
        for prefix in ["gmt", "utc"] where body.hasPrefix(prefix) { body = body.dropFirst(prefix.count) }
        guard let sign = body.first, sign == "+" || sign == "-" else { return nil }
        let digits = body.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return nil }
        let (h, m) = digits.count <= 2 ? (value, 0) : (value / 100, value % 100)
        guard h <= 14, m < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60)
    }
}

/// Folded month names and abbreviations of every language → month number, with the long
/// names (five characters or more) kept apart for readings by prefix.
struct MonthNames: Sendable {
    private let exact: [String: Int]
    /// The long names, sorted, so the first that fits is the alphabetically first.
    private let long: [(name: String, month: Int)]
    /// The same, by their first byte: a name and a word one of which begins the other begin
    /// alike, so a lookup reads only the names of its first letter, not every language's.
    private let longByFirst: [UInt8: [(name: String, month: Int)]]

    init(_ exact: [String: Int] = [:]) {
        self.exact = exact
        long = exact.filter { $0.key.count >= 5 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        longByFirst = Dictionary(grouping: long) { $0.name.utf8.first ?? 0 }
    }

    private func candidates(_ token: String) -> [(name: String, month: Int)] {
        guard let first = token.utf8.first else { return long }
        return longByFirst[first] ?? []
    }

    subscript(name: String) -> Int? { exact[name] }

    /// "sept" abbreviates "september"; "novembril" inflects "november". Both sides are
    /// folded alike, so their bytes compare as their characters would.
    func byPrefix(_ token: String) -> Int? {
        candidates(token).first { $0.name.utf8.starts(with: token.utf8) || token.utf8.starts(with: $0.name.utf8) }?.month
    }

    /// A name, or a word beginning with a long name ("novembril").
    func isMonth(_ word: String) -> Bool {
        exact[word] != nil || candidates(word).contains { word.utf8.starts(with: $0.name.utf8) }
    }
}
