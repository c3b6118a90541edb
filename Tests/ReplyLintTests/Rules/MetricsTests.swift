import Testing
@testable import ReplyLint

/// Dictionary syllable counts (Merriam-Webster's usual pronunciation).
let syllableTable: [(String, Int)] = [
    ("the", 1), ("cat", 1), ("make", 1), ("makes", 1), ("table", 2), ("tables", 2), ("possible", 3),
    ("worked", 1), ("wanted", 2), ("needed", 2), ("issued", 2), ("released", 2), ("used", 1), ("played", 1),
    ("tried", 1), ("tries", 1), ("boxes", 2), ("wishes", 2), ("watches", 2), ("changes", 2), ("places", 2),
    ("gives", 1), ("apples", 2), ("miles", 1), ("yes", 1), ("you", 1), ("day", 1), ("they", 1), ("goodbye", 2),
    ("eye", 1), ("beyond", 2), ("any", 2), ("ago", 2), ("every", 2), ("refund", 2), ("customer", 3),
    ("patience", 2), ("payment", 2), ("question", 2), ("quality", 3), ("guarantee", 3), ("actual", 3),
    ("usual", 3), ("january", 4), ("video", 3), ("people", 2), ("via", 2), ("period", 3), ("serious", 3),
    ("various", 3), ("special", 2), ("initial", 3), ("financial", 3), ("client", 2), ("quiet", 2),
    ("experience", 4), ("patient", 2), ("friend", 1), ("piece", 1), ("believe", 2), ("issue", 2), ("value", 2),
    ("continue", 3), ("true", 1), ("free", 1), ("lately", 2), ("completely", 3), ("careful", 2),
    ("statement", 2), ("management", 3), ("hopeless", 2), ("themselves", 2), ("information", 4),
    ("transfer", 2), ("working", 2), ("within", 2), ("account", 2), ("morning", 2), ("Thursday", 2),
    ("email", 2), ("confirms", 2), ("anything", 3), ("someone", 2), ("business", 2), ("area", 3), ("idea", 3),
    ("created", 3), ("apologize", 4), ("I'm", 1), ("don't", 1), ("a", 1), ("be", 1), ("she", 1),
    ("player", 2), ("soya", 2), ("eyes", 1), ("mayor", 2),
]

@Test(arguments: syllableTable)
func englishSyllables(_ word: String, _ expected: Int) {
    #expect(EnglishSyllables.count(word[...]) == expected, "\(word)")
}

@Test func readabilityFormulas() {
    let cat = "The cat sat on the mat".split(separator: " ").map { Substring($0) }
    #expect(abs(Readability.flesch(words: cat, sentences: 1) - 116.145) < 0.001)
    let et = "Tagastasime raha täna".split(separator: " ").map { Substring($0) }
    #expect(abs(Readability.lix(words: et, sentences: 1) - (3 + 100.0 / 3)) < 0.001)
    #expect(Readability.flesch(words: [], sentences: 0) == 100)
}

@Test func passagesSplitProseAndListItemsIntoSentences() throws {
    let source = """
        From: Jo <jo@shop.example>
        To: Anna Smith <anna@example.com>
        Subject: Your order
        Content-Language: en

        Hi Anna,

        Your refund runs
        over two lines. A second sentence.

        Steps:
        1. Open the app.
        2. Tap https://shop.example/settings/page
           and wait.

        Best regards,
        Jo
        """
    let draft = try Linter().draft(Array(source.utf8))
    let passages = draft.passages
    #expect(passages.map(\.isListItem) == [false, false, true, true])
    #expect(passages.map(\.sentences.count) == [2, 1, 1, 1])
    let first = try #require(passages.first?.sentences.first)
    #expect(first.pieces.map { String($0.text) } == ["Your refund runs", "over two lines."])
    #expect(first.words.map { String($0.text) } == ["Your", "refund", "runs", "over", "two", "lines"])
    #expect(passages[2].sentences[0].words.map { String($0.text) } == ["Open", "the", "app"])
    // The link is one word.
    #expect(passages[3].wordCount == 4)
}

/// The body after applying every safe fix of one rule, as `check --fix` would.
private func fixed(_ body: String, rule: String) throws -> String {
    let example = RuleExample.reply("en", body: body)
    let linter = try Linter(options: .init(locale: "en"))
    let report = try linter.lint(Array(example.source.utf8), path: "fix.eml")
    var lines = example.source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    let fixes = report.diagnostics.filter { $0.rule == rule && $0.suggestion != nil }
        .sorted { ($0.line, $0.column) > ($1.line, $1.column) }
    for fix in fixes {
        let head = lines[fix.line - 1].prefix(fix.column - 1)
        let tail = lines[fix.endLine - 1].dropFirst(fix.endColumn - 1)
        lines.replaceSubrange((fix.line - 1)...(fix.endLine - 1), with: [Array(head) + Array(fix.suggestion ?? "") + Array(tail)])
    }
    let text = lines.map { String($0) }.joined(separator: "\n")
    let start = try #require(text.range(of: "Dear Anna,\n\n")).upperBound
    let end = try #require(text.range(of: "\n\nBest regards,")).lowerBound
    return String(text[start..<end])
}

@Test(arguments: [
    ("We will email the the card.", "We will email the card."),
    ("We will email the the the card.", "We will email the card."),
    ("We will email the\nthe card.", "We will email the\ncard."),
    ("We will email the\nthe the card.", "We will email the\ncard."),
    ("We will email the\nthe", "We will email the"),
])
func repeatedWordFixLeavesOneWord(_ body: String, _ expected: String) throws {
    #expect(try fixed(body, rule: "body.repeated-word") == expected)
}

@Test(arguments: [
    ("Your refund was issued.  It arrives soon , maybe today .", "Your refund was issued. It arrives soon, maybe today."),
    ("Thanks for waiting,we will email you!Have a good day.", "Thanks for waiting, we will email you! Have a good day."),
    ("Card ,nothing else.", "Card, nothing else."),
])
func spacingFixes(_ body: String, _ expected: String) throws {
    #expect(try fixed(body, rule: "body.spacing") == expected)
}
