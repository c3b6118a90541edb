import Foundation

/// The values computed for every template (docs/templates.md): declared dates, numbers and
/// money formatted for the template's locale, `<name>_vocative`, `greeting_time` and `today`.
/// A value the user gave under one of these names is kept as given.
struct ComposeHelpers {
    /// The template's locale (`en-GB`), for ICU.
    var locale: String
    /// The template's language data, for the time-of-day greeting.
    var language: LanguageData?
    /// When the reply is sent.
    var sentAt: MessageDate
    /// The recipient's offset from UTC in seconds when the reply arrives.
    var recipientOffset: Int

    var languageCode: String { locale.split(separator: "-").first.map { $0.lowercased() } ?? locale.lowercased() }

    /// `values` with the computed ones added and declared typed values formatted.
    func apply(to values: [String: String], variables: [TemplateVariable]) throws(ComposeError) -> [String: String] {
        var result = values
        // Given first and last names but no full name: the To header and the lint's
        // recipient name use the two together.
        if (result["customer_name"] ?? "").trimmingWhitespace.isEmpty {
            let parts = [result["customer_first_name"], result["customer_last_name"]]
                .compactMap { $0.map { String($0.trimmingWhitespace) } }.filter { !$0.isEmpty }
            if !parts.isEmpty { result["customer_name"] = parts.joined(separator: " ") }
        }
        for variable in variables {
            guard let raw = values[variable.name], !raw.trimmingWhitespace.isEmpty else { continue }
            result[variable.name] = try format(raw, as: variable)
        }
        let names = Set(variables.filter { $0.kind == .name }.map(\.name))
            .union(["customer_name", "customer_first_name", "customer_last_name", "agent_name"])
        for name in names {
            guard let value = result[name], result[name + "_vocative"] == nil else { continue }
            result[name + "_vocative"] = vocative(value, of: name)
        }
        if result["greeting_time"] == nil, let greeting = greetingTime { result["greeting_time"] = greeting }
        if result["today"] == nil, let today = LocaleFormat.longDate(sentAt.date, utcOffset: sentAt.utcOffset, locale: locale) {
            result["today"] = today
        }
        return result
    }

    /// A declared value in the locale's form; a value that is not of its type is an error.
    func format(_ raw: String, as variable: TemplateVariable) throws(ComposeError) -> String {
        let text = String(raw.trimmingWhitespace)
        switch variable.kind {
        case .date, .datetime:
            guard let (instant, offset, hasTime) = Self.instant(text) else {
                throw .badValue(name: variable.name, message: "'\(text)' is not a date (YYYY-MM-DD) or an RFC 3339 date and time")
            }
            let formatted = variable.kind == .datetime && hasTime
                ? LocaleFormat.longDateTime(instant, utcOffset: offset, locale: locale)
                : LocaleFormat.longDate(instant, utcOffset: offset, locale: locale)
            return formatted ?? text
        case .number:
            guard let number = LocaleFormat.Decimal(text) else {
                throw .badValue(name: variable.name, message: "'\(text)' is not a number like 1234.50")
            }
            return LocaleFormat.number(number, locale: locale) ?? text
        case .money:
            guard let (amount, currency) = Self.money(text) else {
                throw .badValue(name: variable.name, message: "'\(text)' is not an amount and a currency like \"40.00 EUR\"")
            }
            return LocaleFormat.money(amount, currency: currency, locale: locale) ?? text
        case .string, .name, .url, .email:
            return raw
        }
    }

    /// The Greek vocative in a Greek template; the name itself otherwise.
    func vocative(_ name: String, of variable: String) -> String {
        guard languageCode == "el" else { return name }
        let role: GreekVocative.Role = variable.contains("last") || variable.contains("surname") ? .last
            : variable.contains("first") || variable.contains("given") ? .first : .full
        return GreekVocative.vocative(name, role: role)
    }

    /// "Good afternoon", "Καλησπέρα σας": what fits the recipient's local time at sending.
    var greetingTime: String? {
        guard let language else { return nil }
        let minute = (Int(sentAt.date.timeIntervalSince1970.rounded(.down)) + recipientOffset).floorMod(86_400) / 60
        return PartsOfDay(language).suggestion(at: minute, like: "")
    }

    /// `2026-11-20` (midnight UTC, shown as that day) or an RFC 3339 instant in its own offset.
    static func instant(_ text: String) -> (Date, offset: Int, hasTime: Bool)? {
        if text.count == 10, let date = MessageDate(rfc3339: text + "T12:00:00Z") {
            return (date.date, 0, false)
        }
        guard let date = MessageDate(rfc3339: text) else { return nil }
        return (date.date, date.utcOffset, true)
    }

    /// `40.00 EUR` or `EUR 40.00`.
    static func money(_ text: String) -> (LocaleFormat.Decimal, String)? {
        let parts = text.split(separator: " ")
        guard parts.count == 2 else { return nil }
        let isCode = { (part: Substring) in part.count == 3 && part.allSatisfy { $0.isASCII && $0.isUppercase } }
        if isCode(parts[1]), let amount = LocaleFormat.Decimal(parts[0]) { return (amount, String(parts[1])) }
        if isCode(parts[0]), let amount = LocaleFormat.Decimal(parts[1]) { return (amount, String(parts[0])) }
        return nil
    }
}
