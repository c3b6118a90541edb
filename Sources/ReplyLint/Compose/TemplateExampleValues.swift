/// Makes the values one example renders with, from the example's raw strings. `templates check`
/// takes it as a parameter so the composer's value pipeline (ICU dates and money, vocatives,
/// greeting by time of day) can replace the stand-in `raw`.
struct TemplateExampleValues: Sendable {
    var make: @Sendable (_ template: Template, _ example: [String: String]) throws(ComposeError) -> [String: String]

    /// The example's strings as written, over stand-ins for the values replylint computes
    /// (agent and customer, dates, the greeting); `<name>_vocative` is the name unchanged.
    static let raw = TemplateExampleValues { template, example in
        var values = BuiltInExamples.values(for: TemplateLocale.language(template.locale))
        for variable in template.variables where variable.kind == .name {
            if let name = example[variable.name] { values[variable.name + "_vocative"] = name }
        }
        values.merge(example) { _, given in given }
        return values
    }
}

/// Example values for what replylint fills in itself, per language, chosen so a rendered draft
/// reads naturally: names whose vocative is the name itself, and an afternoon greeting that fits
/// the time the draft is dated (`BuiltInExamples.date`).
enum BuiltInExamples {
    /// Monday 16 November 2026, 14:30 UTC.
    static let date = "Mon, 16 Nov 2026 14:30:00 +0000"

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
             "original_date": "14 Νοεμβρίου 2026", "greeting_time": "Καλησπέρα", "today": "16 Νοεμβρίου 2026"]
        case "ro":
            ["agent_name": "Ioana Popescu", "agent_title": "Asistență clienți",
             "customer_name": "Ana Ionescu", "customer_first_name": "Ana", "customer_last_name": "Ionescu",
             "original_date": "14 noiembrie 2026", "greeting_time": "Bună ziua", "today": "16 noiembrie 2026"]
        case "et":
            ["agent_name": "Kati Tamm", "agent_title": "Klienditugi",
             "customer_name": "Mari Kask", "customer_first_name": "Mari", "customer_last_name": "Kask",
             "original_date": "14. november 2026", "greeting_time": "Tere päevast", "today": "16. november 2026"]
        case "id":
            ["agent_name": "Dewi Lestari", "agent_title": "Layanan Pelanggan",
             "customer_name": "Siti Rahayu", "customer_first_name": "Siti", "customer_last_name": "Rahayu",
             "original_date": "14 November 2026", "greeting_time": "Selamat siang", "today": "16 November 2026"]
        default:
            ["agent_name": "Jo Baker", "agent_title": "Customer Care",
             "customer_name": "Anna Novak", "customer_first_name": "Anna", "customer_last_name": "Novak",
             "original_date": "14 November 2026", "greeting_time": "Good afternoon", "today": "16 November 2026"]
        }
        var values = local
        values["agent_phone"] = "+44 20 7946 0000"
        values["agent_email"] = "agent@example.com"
        values["customer_email"] = "customer@example.com"
        for name in customerNames { values[name + "_vocative"] = local[name] }
        return values
    }
}
