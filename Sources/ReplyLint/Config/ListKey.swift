/// The name of one list, map or scalar of the language data (`Rules/locales/<code>/*.yaml`,
/// `Rules/common/`, a config's `languages:` section). Code names a key only through these
/// constants, and a rule declares the keys it reads (`RuleDescription.usesLists`), which a test
/// holds it to; Rules/README.md documents each.
struct ListKey: Hashable, Sendable, CustomStringConvertible {
    enum Kind: Sendable { case list, map, scalar }

    let name: String
    let kind: Kind

    private init(_ name: String, _ kind: Kind = .list) {
        self.name = name
        self.kind = kind
    }

    var description: String { name }

    // Lists of words and phrases.
    static let stopwords = ListKey("stopwords")
    static let greetings = ListKey("greetings")
    static let genericGreetings = ListKey("generic-greetings")
    static let nameTitles = ListKey("name-titles")
    static let signOffs = ListKey("sign-offs")
    static let replyPrefixes = ListKey("reply-prefixes")
    static let acronyms = ListKey("acronyms")
    static let attribution = ListKey("attribution")
    static let originalMessage = ListKey("original-message")
    static let mobileSignatures = ListKey("mobile-signatures")
    static let replyMarkers = ListKey("reply-markers")
    static let authorPrefixes = ListKey("author-prefixes")
    static let placeholderWords = ListKey("placeholder-words")
    static let mergeFieldNames = ListKey("merge-field-names")
    static let nameEndings = ListKey("name-endings")
    static let stepWords = ListKey("step-words")
    static let dateWords = ListKey("date-words")
    static let delayAcknowledgements = ListKey("delay-acknowledgements")
    static let spellingWords = ListKey("spelling-words")
    static let spellingPrefixes = ListKey("spelling-prefixes")
    static let spellingSuffixes = ListKey("spelling-suffixes")
    static let nextSteps = ListKey("next-steps")
    static let closedMatter = ListKey("closed-matter")
    static let furtherHelp = ListKey("further-help")
    static let jobTitles = ListKey("job-titles")
    static let genericSubjects = ListKey("generic-subjects")
    static let genericSubjectWords = ListKey("generic-subject-words")
    static let websiteReferences = ListKey("website-references")
    static let attachmentWords = ListKey("attachment-words")
    static let sequenceWords = ListKey("sequence-words")
    static let imperatives = ListKey("imperatives")
    static let requestWords = ListKey("request-words")
    static let mailboxNames = ListKey("mailbox-names")
    static let allowedDoubles = ListKey("allowed-doubles")
    static let thanks = ListKey("thanks")
    static let apologies = ListKey("apologies")
    static let vagueApologies = ListKey("vague-apologies")
    static let apologyConnectors = ListKey("apology-connectors")
    static let blame = ListKey("blame")
    static let formality = ListKey("formality")
    static let slang = ListKey("slang")
    static let jargon = ListKey("jargon")
    static let emoticons = ListKey("emoticons")
    static let negators = ListKey("negators")
    static let negationBreaks = ListKey("negation-breaks")
    static let conditionals = ListKey("conditionals")
    static let notConditionals = ListKey("not-conditionals")
    static let harmWords = ListKey("harm-words")
    static let refusalAlternatives = ListKey("refusal-alternatives")
    static let apologyPointers = ListKey("apology-pointers")
    static let sentenceMarks = ListKey("sentence-marks")
    static let formalWords = ListKey("formal-words")
    // Maps from a word or phrase to a list.
    static let outlookLabels = ListKey("outlook-labels", .map)
    static let nameForms = ListKey("name-forms", .map)
    static let months = ListKey("months", .map)
    static let timeOfDayGreetings = ListKey("time-of-day-greetings", .map)
    static let timeOfDayHours = ListKey("time-of-day-hours", .map)
    static let negativeWords = ListKey("negative-words", .map)
    static let hunspellVariants = ListKey("hunspell-variants", .map)
    static let spellingEndings = ListKey("spelling-endings", .map)
    static let capitalAccents = ListKey("capital-accents", .map)
    static let greetingForms = ListKey("greeting-forms", .map)
    static let signOffForms = ListKey("sign-off-forms", .map)
    // Single values.
    static let hunspellDictionary = ListKey("hunspell-dictionary", .scalar)
    static let readabilityFormula = ListKey("readability-formula", .scalar)
    static let readabilityLimit = ListKey("readability-limit", .scalar)
    static let reduplication = ListKey("reduplication", .scalar)
    static let negationScope = ListKey("negation-scope", .scalar)
    static let apologyExample = ListKey("apology-example", .scalar)
    static let nameAfterTitle = ListKey("name-after-title", .scalar)
    static let nameCase = ListKey("name-case", .scalar)
    static let signOffMark = ListKey("sign-off-mark", .scalar)

    static let all: [ListKey] = [
        .stopwords,
        .greetings,
        .genericGreetings,
        .nameTitles,
        .signOffs,
        .replyPrefixes,
        .acronyms,
        .attribution,
        .originalMessage,
        .mobileSignatures,
        .replyMarkers,
        .authorPrefixes,
        .placeholderWords,
        .mergeFieldNames,
        .nameEndings,
        .stepWords,
        .dateWords,
        .delayAcknowledgements,
        .spellingWords,
        .spellingPrefixes,
        .spellingSuffixes,
        .nextSteps,
        .closedMatter,
        .furtherHelp,
        .jobTitles,
        .genericSubjects,
        .genericSubjectWords,
        .websiteReferences,
        .attachmentWords,
        .sequenceWords,
        .imperatives,
        .requestWords,
        .mailboxNames,
        .allowedDoubles,
        .thanks,
        .apologies,
        .vagueApologies,
        .apologyConnectors,
        .blame,
        .formality,
        .slang,
        .jargon,
        .emoticons,
        .negators,
        .negationBreaks,
        .conditionals,
        .notConditionals,
        .harmWords,
        .refusalAlternatives,
        .apologyPointers,
        .sentenceMarks,
        .formalWords,
        .outlookLabels,
        .nameForms,
        .months,
        .timeOfDayGreetings,
        .timeOfDayHours,
        .negativeWords,
        .hunspellVariants,
        .spellingEndings,
        .capitalAccents,
        .greetingForms,
        .signOffForms,
        .hunspellDictionary,
        .readabilityFormula,
        .readabilityLimit,
        .reduplication,
        .negationScope,
        .apologyExample,
        .nameAfterTitle,
        .nameCase,
        .signOffMark,
    ]

    private static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The key a data file names, if it is one.
    static func named(_ name: String) -> ListKey? { byName[name] }
}
