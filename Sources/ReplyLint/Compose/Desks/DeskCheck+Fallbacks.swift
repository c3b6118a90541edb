/// Placeholders that may be empty where the customer reads first: the subject and the greeting.
extension DeskCheck {
    func fallbackFindings(_ item: DeskCheck.ParsedPart, macro: DeskMacro) -> [Diagnostic] {
        let range: Range<Int>
        let place: String
        switch item.part.kind {
        case .subject:
            range = 0..<item.part.source.text.unicodeScalars.count
            place = "the subject"
        case .text, .html:
            guard item.part.field == macro.body?.field else { return [] }
            range = Self.greeting(item.part.source.text, html: item.part.kind == .html)
            place = "the greeting"
        }
        var findings: [Diagnostic] = []
        for use in item.usage.uses where use.isOutput && use.fallback == nil && range.contains(use.offset) && !use.guards.contains(use.path) {
            guard let placeholder = catalogue.placeholder(use.path), placeholder.optional else { continue }
            let suggestion = catalogue.fallback(for: use.path, text: Self.fallbackWord(macro.language))
            findings.append(finding(.noFallback, item.part.source, use.offset, use.width,
                                    "'\(use.path)' in \(place) may be empty, and the customer would read it with a gap; write \(suggestion) or put it inside {% if \(use.path) %}…{% endif %}"))
        }
        return findings
    }

    /// The scalars of the body's first line that has text: up to a line break, or for HTML up to
    /// the first `<br>`, `</p>` or `</div>` after some text.
    static func greeting(_ source: String, html: Bool) -> Range<Int> {
        let scalars = Array(source.unicodeScalars)
        var start: Int?
        var index = 0
        var inTag = false
        while index < scalars.count {
            let scalar = scalars[index]
            if html, scalar == "<" {
                let rest = String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + 6)])).lowercased()
                if start != nil, rest.hasPrefix("<br") || rest.hasPrefix("</p") || rest.hasPrefix("</div") { return start!..<index }
                inTag = true
            } else if html, scalar == ">" {
                inTag = false
            } else if scalar == "\n" {
                if let start { return start..<index }
            } else if !inTag, start == nil, !scalar.properties.isWhitespace {
                start = index
            }
            index += 1
        }
        return (start ?? 0)..<scalars.count
    }

    /// What the suggested fallback says in the macro's language; "…" where it is not known.
    static func fallbackWord(_ language: String?) -> String {
        switch language.map(TemplateLocale.language) ?? "en" {
        case "en": "there"
        default: "…"
        }
    }
}
