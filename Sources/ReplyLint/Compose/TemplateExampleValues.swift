import Foundation

/// Makes the values one example renders with, from the example's raw strings. `templates check`
/// takes it as a parameter so tests can put a failing pipeline in its place.
struct TemplateExampleValues: Sendable {
    var make: @Sendable (_ template: Template, _ example: [String: String]) throws(ComposeError) -> [String: String]

    /// What `replylint compose` would fill in for the example, sent at `BuiltInExamples.date`:
    /// stand-ins for the agent and customer, the example's strings over them, then the composer's
    /// own helpers: declared dates, numbers and money in the locale's form (ICU), Greek
    /// vocatives, `greeting_time` and `today`. A value not of its declared type fails as in compose.
    static let composed = TemplateExampleValues { template, example throws(ComposeError) in
        let code = TemplateLocale.language(template.locale)
        var values = BuiltInExamples.values(for: code)
        values.merge(example) { _, given in given }
        let helpers = ComposeHelpers(locale: template.locale, language: BuiltInExamples.languages?.language(code),
                                     sentAt: BuiltInExamples.sentAt, recipientOffset: 0)
        return try helpers.apply(to: values, variables: template.variables)
    }
}

/// Stand-ins for what replylint fills in from the agent profile and the customer's message, per
/// language, so a rendered draft reads naturally. What the composer computes (vocatives,
/// `greeting_time`, `today`) is left to it.
enum BuiltInExamples {
    /// Monday 16 November 2026, 14:30 UTC.
    static let date = "Mon, 16 Nov 2026 14:30:00 +0000"
    static let sentAt = DateParser.parse(date) ?? MessageDate(date: Date(timeIntervalSince1970: 1_794_839_400), utcOffset: 0,
                                                              offsetKnown: true)
    /// The shipped languages, for the greeting by time of day; nil when the rule data does not load.
    static let languages: LanguageSet? = (try? ShippedData.shared.get()).map { LanguageSet($0.languages, common: $0.common) }

    static let names = [
        "agent_name", "agent_title", "agent_phone", "agent_email",
        "customer_name", "customer_first_name", "customer_last_name", "customer_email",
        "original_date", "greeting_time", "today",
    ]

    /// Customer names whose `<name>_vocative` counts as provided too.
    static let customerNames = ["customer_name", "customer_first_name", "customer_last_name"]

    static func values(for language: String) -> [String: String] {
        let local: [String: String] = switch language {
        case "el":
            ["agent_name": "Ελένη Γεωργίου", "agent_title": "Εξυπηρέτηση πελατών",
             "customer_name": "Μαρία Παππά", "customer_first_name": "Μαρία", "customer_last_name": "Παππά",
             "original_date": "14 Νοεμβρίου 2026"]
        case "ro":
            ["agent_name": "Ioana Popescu", "agent_title": "Asistență clienți",
             "customer_name": "Ana Ionescu", "customer_first_name": "Ana", "customer_last_name": "Ionescu",
             "original_date": "14 noiembrie 2026"]
        case "et":
            ["agent_name": "Kati Tamm", "agent_title": "Klienditugi",
             "customer_name": "Mari Kask", "customer_first_name": "Mari", "customer_last_name": "Kask",
             "original_date": "14. november 2026"]
        case "id":
            ["agent_name": "Dewi Lestari", "agent_title": "Layanan Pelanggan",
             "customer_name": "Siti Rahayu", "customer_first_name": "Siti", "customer_last_name": "Rahayu",
             "original_date": "14 November 2026"]
        default:
            ["agent_name": "Jo Baker", "agent_title": "Customer Care",
             "customer_name": "Anna Novak", "customer_first_name": "Anna", "customer_last_name": "Novak",
             "original_date": "14 November 2026"]
        }
        var values = local
        values["agent_phone"] = "+44 20 7946 0000"
        values["agent_email"] = "agent@example.com"
        values["customer_email"] = "customer@example.com"
        return values
    }
}
