/// Which language a draft is read in, and why.
struct LanguageChoice: Equatable {
    var code: String
    /// `option`, `config`, `content-language`, `detected` or `default`.
    var source: String
    /// The tag the choice came from (`en-GB`), nil when the text decided.
    var tag: String?
    /// For `show`: "the text is Romanian (19 Romanian function words, 1 English), not Content-Language 'en-US'".
    var reason: String
}

extension Draft {
    /// The locale option, always. Then the config's locale or a Content-Language header,
    /// unless the text plainly is another shipped language: clients stamp their interface
    /// language, so a Romanian reply from an English Outlook says `en-US`. A short or mixed
    /// text keeps what the header or config says. Then the text's likeliest language; else English.
    static func chooseLanguage(_ message: Message, _ lines: [TextLine], _ languages: LanguageSet,
                               _ options: DraftOptions, _ configLocale: String?) -> LanguageChoice {
        if let tag = options.locale, let code = languageCode(tag, languages) {
            return LanguageChoice(code: code, source: "option", tag: tag, reason: "the locale option '\(tag)'")
        }
        let evidence = LanguageDetector.evidence(lines.map(\.text), languages: languages)
        let name = { (code: String) in languages.name(code) }
        let stated: (code: String, source: String, tag: String, said: String)?
        if let tag = configLocale, let code = languageCode(tag, languages) {
            stated = (code, "config", tag, "the config's locale '\(tag)'")
        } else if let header = message.contentLanguage,
                  let tag = header.split(separator: ",").first.map({ String($0.trimmingWhitespace) }),
                  let code = languageCode(tag, languages) {
            stated = (code, "content-language", tag, "Content-Language '\(tag)'")
        } else {
            stated = nil
        }
        if let stated {
            if let plain = evidence.plain, plain != stated.code {
                let reason = "the text is \(name(plain)) (\(evidence.summary(plain, names: name))), not \(stated.said)"
                return LanguageChoice(code: plain, source: "detected", tag: nil, reason: reason)
            }
            let why = evidence.plain == stated.code || evidence.best == stated.code ? "the text agrees"
                : evidence.isShort ? "the text is too short to tell" : "the text does not plainly say otherwise"
            return LanguageChoice(code: stated.code, source: stated.source, tag: stated.tag, reason: "\(stated.said); \(why)")
        }
        if let best = evidence.best {
            let reason = "the text is \(name(best)) (\(evidence.summary(best, names: name))); no Content-Language"
            return LanguageChoice(code: best, source: "detected", tag: nil, reason: reason)
        }
        return LanguageChoice(code: "en", source: "default", tag: nil, reason: "no Content-Language and no text to tell; English")
    }
}
