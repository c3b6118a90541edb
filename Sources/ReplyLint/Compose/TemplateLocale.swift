/// Locale tags of templates and partials: `en`, `en-GB`, `el`.
enum TemplateLocale {
    /// `en_gb` and `EN-gb` → `en-GB`.
    static func normalized(_ tag: String) -> String {
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let language = parts.first else { return tag.lowercased() }
        return ([language.lowercased()] + parts.dropFirst().map { $0.count == 2 ? $0.uppercased() : String($0) })
            .joined(separator: "-")
    }

    /// `en-GB` → `en`.
    static func language(_ tag: String) -> String {
        String(normalized(tag).prefix { $0 != "-" })
    }

    /// Looks like a locale tag: two or three letters, optionally a region or script.
    static func isTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (2...4).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// The order to look for a variant of `tag`: itself, its language, then `fallback`.
    static func chain(_ tag: String, fallback: String?) -> [String] {
        var chain = [normalized(tag), language(tag)]
        if let fallback { chain += [normalized(fallback), language(fallback)] }
        var seen: Set<String> = []
        return chain.filter { seen.insert($0).inserted }
    }
}
