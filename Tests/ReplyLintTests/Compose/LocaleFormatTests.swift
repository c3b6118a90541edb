import Foundation
import Testing
@testable import ReplyLint

/// Dates, numbers and money through system ICU (72 on the build machines). The strings are
/// exactly what ICU gives, including its no-break spaces (U+00A0) and narrow ones (U+202F).
@Suite struct LocaleFormatTests {
    static let cases: [(locale: String, date: String, dateTime: String, number: String, euros: String)] = [
        ("en", "November 20, 2026", "November 20, 2026 at 9:15\u{202F}AM", "1,234,567.50", "€40.00"),
        ("en-GB", "20 November 2026", "20 November 2026 at 09:15", "1,234,567.50", "€40.00"),
        ("el", "20 Νοεμβρίου 2026", "20 Νοεμβρίου 2026 στις 9:15\u{202F}π.μ.", "1.234.567,50", "40,00\u{A0}€"),
        ("ro", "20 noiembrie 2026", "20 noiembrie 2026 la 09:15", "1.234.567,50", "40,00\u{A0}EUR"),
        ("et", "20. november 2026", "20. november 2026, kell 09:15", "1\u{A0}234\u{A0}567,50", "40,00\u{A0}€"),
        ("id", "20 November 2026", "20 November 2026 pukul 09.15", "1.234.567,50", "€40,00"),
    ]

    @Test(arguments: cases)
    func formatsLikeTheLocale(_ expected: (locale: String, date: String, dateTime: String, number: String, euros: String)) throws {
        let helpers = ComposeHelpers(locale: expected.locale, language: nil, sentAt: MessageDate(date: Date(), utcOffset: 0), recipientOffset: 0)
        func variable(_ kind: TemplateVariable.Kind) -> TemplateVariable {
            TemplateVariable(name: "v", kind: kind, required: true)
        }
        #expect(try helpers.format("2026-11-20", as: variable(.date)) == expected.date)
        #expect(try helpers.format("2026-11-20T09:15:00+02:00", as: variable(.datetime)) == expected.dateTime)
        #expect(try helpers.format("1234567.50", as: variable(.number)) == expected.number)
        #expect(try helpers.format("40.00 EUR", as: variable(.money)) == expected.euros)
        #expect(try helpers.format("EUR 40.00", as: variable(.money)) == expected.euros)
    }

    @Test func moneyTakesTheCurrencysDigits() {
        #expect(LocaleFormat.money(.init("1234.5")!, currency: "USD", locale: "en") == "$1,234.50")
        #expect(LocaleFormat.money(.init("1234.5")!, currency: "USD", locale: "ro") == "1.234,50\u{A0}USD")
        #expect(LocaleFormat.number(.init("-12")!, locale: "el") == "-12")
    }

    @Test(arguments: [("money", "40 euros"), ("money", "40.00"), ("money", "1e5 EUR"), ("number", "12,5"), ("number", "NaN"),
                      ("date", "20/11/2026"), ("date", "2026-13-01"), ("datetime", "tomorrow")])
    func refusesValuesNotOfTheirType(_ kind: String, _ value: String) throws {
        let helpers = ComposeHelpers(locale: "en", language: nil, sentAt: MessageDate(date: Date(), utcOffset: 0), recipientOffset: 0)
        let variable = TemplateVariable(name: "amount", kind: try #require(TemplateVariable.Kind(rawValue: kind)), required: true)
        #expect(throws: ComposeError.self) { try helpers.format(value, as: variable) }
    }

    @Test func anUnknownCurrencyOrLocaleDoesNotTrap() {
        _ = LocaleFormat.money(.init("1")!, currency: "ZZZ", locale: "xx-YY")
        _ = LocaleFormat.longDate(Date(timeIntervalSince1970: 1e15), utcOffset: 0, locale: "")
        #expect(LocaleFormat.longDate(Date(), utcOffset: 20 * 3600, locale: "en") == nil)
    }
}
