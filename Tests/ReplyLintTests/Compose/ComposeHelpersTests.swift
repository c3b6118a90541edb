import Foundation
import Testing
@testable import ReplyLint

/// `greeting_time`, `today` and declared values formatted before rendering.
@Suite struct ComposeHelpersTests {
    static func helpers(_ locale: String, at instant: String, recipient offset: Int) throws -> ComposeHelpers {
        let language = try ShippedData.shared.get().languages[String(locale.prefix(2))]
        return ComposeHelpers(locale: locale, language: language, sentAt: try #require(MessageDate(rfc3339: instant)),
                              recipientOffset: offset)
    }

    @Test(arguments: [
        ("en", "2026-11-16T10:12:00+02:00", 7200, "Good morning"), ("en", "2026-11-16T10:12:00+02:00", -5 * 3600, "Good evening"),
        ("en", "2026-11-16T14:00:00Z", 0, "Good afternoon"), ("el", "2026-11-16T18:00:00Z", 7200, "Καλησπέρα σας"),
        ("el", "2026-11-16T06:00:00Z", 7200, "Καλημέρα σας"), ("ro", "2026-11-16T13:00:00Z", 7200, "Bună ziua"),
        ("et", "2026-11-16T05:00:00Z", 7200, "Tere hommikust"), ("id", "2026-11-16T12:00:00Z", 7 * 3600, "Selamat malam"),
    ])
    func greetingFitsTheRecipientsHour(_ locale: String, _ now: String, _ offset: Int, _ greeting: String) throws {
        let values = try Self.helpers(locale, at: now, recipient: offset).apply(to: [:], variables: [])
        #expect(values["greeting_time"] == greeting)
    }

    @Test func declaredValuesAreFormattedAndGivenOnesKept() throws {
        let helpers = try Self.helpers("el", at: "2026-11-16T10:12:00+02:00", recipient: 7200)
        let variables = [
            TemplateVariable(name: "refund_date", kind: .date, required: true),
            TemplateVariable(name: "amount", kind: .money, required: false, fallback: "το πλήρες ποσό"),
            TemplateVariable(name: "customer_first_name", kind: .name, required: true),
        ]
        let values = try helpers.apply(to: ["refund_date": "2026-12-01", "customer_first_name": "Νίκος", "customer_last_name": "Παπαδόπουλος",
                                            "greeting_time": "Γεια σας"], variables: variables)
        #expect(values["refund_date"] == "1 Δεκεμβρίου 2026")
        #expect(values["amount"] == nil)
        #expect(values["customer_first_name"] == "Νίκος")
        #expect(values["customer_first_name_vocative"] == "Νίκο")
        #expect(values["customer_last_name_vocative"] == "Παπαδόπουλε")
        #expect(values["greeting_time"] == "Γεια σας")
        #expect(values["today"] == "16 Νοεμβρίου 2026")
    }
}
