import Foundation
import RuleData

/// What `template.no-fallback` suggests a customer's name falls back to, per language
/// (`Rules/desks/fallbacks.yaml`): words that read right after the language's usual greeting
/// when the name is missing. A language with none listed gets "…", for the writer to fill in.
struct DeskFallbackWords: Sendable {
    var words: [String: String]

    func word(for language: String?) -> String {
        words[language.map(TemplateLocale.language) ?? "en"] ?? "…"
    }

    /// The shipped words; none when the file cannot be read (the suggestion is then "…").
    static let shipped: DeskFallbackWords = (try? load()) ?? DeskFallbackWords(words: [:])

    static func load(from directory: URL = RuleData.directory) throws(ConfigurationError) -> DeskFallbackWords {
        let url = directory.appendingPathComponent("desks").appendingPathComponent("fallbacks.yaml")
        guard let yaml = try ShippedData.read(url) else {
            throw ConfigurationError(path: url.path, message: "cannot read the fallback words")
        }
        var words: [String: String] = [:]
        for (language, _, value) in try yaml.mapping("fallback words by language") {
            words[language] = try value.string(language)
        }
        return DeskFallbackWords(words: words)
    }
}
