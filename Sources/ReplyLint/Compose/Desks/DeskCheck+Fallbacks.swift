/// Placeholders that may be empty where the customer reads first: the subject and the greeting.
extension DeskCheck {
    /// `language`: the macro's language when it records none (detected from a sample render).
    func fallbackFindings(_ item: DeskCheck.ParsedPart, macro: DeskMacro, language: String?) -> [Diagnostic] {
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
            let advice: String
            if item.part.syntax == .mustache {
                // Mustache has no fallback: a section, and an inverted one for the gap.
                advice = "put it inside {{#\(use.path)}}…{{/\(use.path)}}, with {{^\(use.path)}}…{{/\(use.path)}} for when it is empty"
            } else {
                let suggestion = catalogue.fallback(for: use.path, text: DeskFallbackWords.shipped.word(for: macro.language ?? language))
                advice = "write \(suggestion)" + (catalogue.guarded(use.path).map { " or put it inside \($0)" } ?? "")
            }
            findings.append(finding(.noFallback, item.part.source, use.offset, use.width,
                                    "'\(use.path)' in \(place) may be empty, and the customer would read it with a gap; \(advice)"))
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
}
