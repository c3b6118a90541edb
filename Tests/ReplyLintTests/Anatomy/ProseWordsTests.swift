import Testing
@testable import ReplyLint

/// Phrase lists match word by word over whole paragraphs.
struct ProseWordsTests {
    private func words(_ text: String, _ phrases: [String]) throws -> (ProseWords, PhraseMatcher) {
        let patterns = try phrases.map { phrase throws in try PhrasePattern(phrase) }
        var vocabulary: [String: Int] = [:]
        for word in patterns.flatMap(\.words) where vocabulary[word] == nil { vocabulary[word] = vocabulary.count }
        let lines = text.split(separator: "\n").enumerated().map { TextLine(index: $0.offset, full: $0.element) }
        return (ProseWords(lines, vocabulary: vocabulary), PhraseMatcher(patterns, vocabulary: vocabulary))
    }

    @Test func aPhraseMayWrapOntoTheNextLine() throws {
        let (prose, index) = try words("just reply to\nthis email", ["reply to this email"])
        let match = index.matches(prose.words)
        #expect(match == [1..<5])
        #expect(prose.text(1..<5) == "reply to this email")
        #expect(prose.line(of: prose.words[4]).index == 1)
    }

    @Test func curlyApostrophesHyphensAndCedillasMatch() throws {
        let (en, set) = try words("You’re all set.", ["you're all set"])
        #expect(set.contains(in: en.words))
        let (ro, index) = try words("Găsiți instrucțiunile pe SITE-UL nostru și nu ezitaţi.", ["site-ul nostru", "nu ezitați"])
        #expect(index.matches(ro.words).count == 2)
    }

    @Test func clauseStartsFollowPunctuationAcrossLines() throws {
        let (prose, _) = try words("Open the app,\nthen tap it and then go", [])
        #expect(prose.words.map(\.startsClause) == [true, false, false, true, false, false, false, false, false])
        #expect(prose.words.map(\.startsSentence) == [true, false, false, false, false, false, false, false, false])
        #expect(prose.words[3].offset == 14)
    }
}
