struct GreetingTimeOfDayRule: Rule {
    static let description = RuleDescription(
        identifier: "greeting.time-of-day", severity: .warning,
        summary: "A greeting that names a part of the day (\"Good morning\", \"Καλημέρα\", \"Selamat pagi\") that does not fit the recipient's local time when the reply is sent.",
        guideline: .customerName, usesLists: [.timeOfDayGreetings, .timeOfDayHours],
        triggering: TimeOfDayExamples.triggering,
        nonTriggering: TimeOfDayExamples.nonTriggering
    )

    /// The parts of the day in the order a suggestion is looked for.
    static let partOrder = ["morning", "afternoon", "evening", "night"]

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        // An unknown offset, or a send time whose zone leaves the hour open, checks nothing.
        guard let greeting = draft.greeting, let offset = draft.recipientOffset, draft.sentSlack == 0 else { return [] }
        let day = PartsOfDay(draft.language)
        let folded = FoldedText(greeting.text)
        guard let (phrase, foldedRange) = folded.prefix(in: day.phrases) else { return [] }
        let minute = (Int(draft.sentAt.date.timeIntervalSince1970.rounded(.down)) + offset).floorMod(86_400) / 60
        let named = day.parts(naming: phrase)
        guard !named.contains(where: { day.fits($0, minute) }) else { return [] }

        let range = folded.originalRange(foldedRange)
        let written = String(greeting.line.full[range])
        let clock = String(minute / 60).leftPadded(to: 2) + ":" + String(minute % 60).leftPadded(to: 2)
        let fitting = day.suggestion(at: minute, like: written)
        let advice = fitting.map { "'\($0)' fits" } ?? "use a greeting without a time of day"
        return [Finding("'\(written)' does not fit: it will be \(clock) for the recipient; \(advice)",
                        at: greeting.line.location(range), excerpt: written, suggestion: fitting)]
    }
}

/// A language's time-of-day greetings and the hours each part of the day covers.
struct PartsOfDay {
    /// Part → its greetings as written.
    let greetings: [String: [String]]
    let bands: [String: [HourBand]]
    /// Every greeting, folded, longest first.
    let phrases: [String]

    init(_ language: LanguageData) {
        greetings = language.map(.timeOfDayGreetings)
        bands = language.map(.timeOfDayHours).mapValues { $0.compactMap(HourBand.init) }
        phrases = Set(greetings.values.joined().map(TextFolding.foldPhrase)).sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// The parts of the day whose greetings include `phrase` (folded).
    func parts(naming phrase: String) -> [String] {
        greetings.filter { $0.value.contains { TextFolding.foldPhrase($0) == phrase } }.map(\.key)
    }

    /// A part with no hour bands fits at any hour (Romanian "Bună ziua").
    func fits(_ part: String, _ minute: Int) -> Bool {
        guard let ranges = bands[part], !ranges.isEmpty else { return true }
        return ranges.contains { $0.contains(minuteOfDay: minute) }
    }

    /// A greeting that fits at `minute`: a part of the day's own first, else one that fits all
    /// day. Prefers a greeting as many words long as `written` ("Καλημέρα σας" → "Καλησπέρα σας").
    func suggestion(at minute: Int, like written: String) -> String? {
        let order = GreetingTimeOfDayRule.partOrder + greetings.keys.filter { !GreetingTimeOfDayRule.partOrder.contains($0) }.sorted()
        let timed = order.filter { !(bands[$0] ?? []).isEmpty }
        let candidates = timed.first { fits($0, minute) && !(greetings[$0] ?? []).isEmpty }
            ?? order.first { (bands[$0] ?? []).isEmpty && !(greetings[$0] ?? []).isEmpty }
        guard let part = candidates, let options = greetings[part] else { return nil }
        let words = written.split(separator: " ").count
        return options.first { $0.split(separator: " ").count == words } ?? options.first
    }
}
