import CICU
import Foundation

/// Dates, numbers and money written the way a locale writes them, through system ICU.
/// Every function returns nil rather than trapping when ICU cannot format the value.
enum LocaleFormat {
    /// "20 November 2026", "20 Νοεμβρίου 2026": the long date of `instant` at `utcOffset` seconds.
    static func longDate(_ instant: Date, utcOffset: Int, locale: String) -> String? {
        format(instant, utcOffset: utcOffset, locale: locale, date: Int32(CICU_STYLE_LONG), time: Int32(CICU_STYLE_NONE))
    }

    /// The long date and the short time of `instant` at `utcOffset` seconds.
    static func longDateTime(_ instant: Date, utcOffset: Int, locale: String) -> String? {
        format(instant, utcOffset: utcOffset, locale: locale, date: Int32(CICU_STYLE_LONG), time: Int32(CICU_STYLE_SHORT))
    }

    /// "1,234.50" for `1234.50` in en: as many fraction digits as the value was written with.
    static func number(_ decimal: Decimal, locale: String) -> String? {
        let fraction = decimal.text.split(separator: ".").dropFirst().first?.count ?? 0
        return utf8 { cicu_format_number(locale, decimal.text, Int32(fraction), $0, $1) }
    }

    /// "€40.00", "40,00 €": the amount in `currency` (ISO 4217) as `locale` writes it.
    static func money(_ decimal: Decimal, currency: String, locale: String) -> String? {
        utf8 { cicu_format_currency(locale, decimal.text, currency, $0, $1) }
    }

    /// A decimal number exactly as written (`-1234.50`), checked to be plain ASCII digits.
    struct Decimal: Equatable {
        let text: String

        init?(_ text: some StringProtocol) {
            var body = Substring(text)
            if body.first == "-" { body = body.dropFirst() }
            let parts = body.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), body.count <= 40,
                  parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
            self.text = String(text)
        }
    }

    private static func format(_ instant: Date, utcOffset: Int, locale: String, date: Int32, time: Int32) -> String? {
        let millis = (instant.timeIntervalSince1970 * 1000).rounded()
        guard millis.isFinite, abs(utcOffset) <= 14 * 3600 else { return nil }
        return utf8 { cicu_format_date(locale, millis, Int32(utcOffset / 60), date, time, $0, $1) }
    }

    /// Calls an ICU formatter with a buffer, once more with a larger one when it did not fit.
    private static func utf8(_ call: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> String? {
        var capacity = 256
        for _ in 0..<2 {
            var buffer = [CChar](repeating: 0, count: capacity)
            let needed = buffer.withUnsafeMutableBufferPointer { $0.baseAddress.map { call($0, Int32(capacity)) } ?? -1 }
            if needed < 0 { return nil }
            if Int(needed) <= capacity {
                return String(decoding: buffer.prefix(Int(needed)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity = Int(needed) + 1
        }
        return nil
    }
}
