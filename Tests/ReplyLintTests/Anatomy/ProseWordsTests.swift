import Testing
@testable import ReplyLint

/// Phrase lists match word by word over whole paragraphs.
struct ProseWordsTests {
    private func words(_ text: String, _ phrases: [String]) -> (ProseWords, PhraseIndex) {
        let folded = phrases.map { TextFolding.foldPhrase($0) }
        let vocabulary = PhraseIndex.vocabulary(folded)
        let lines = text.split(separator: "\n").enumerated().map { TextLine(index: $0.offset, full: $0.element) }
        return (ProseWords(lines, vocabulary: vocabulary), PhraseIndex(folded, vocabulary: vocabulary))
    }

    @Test func aPhraseMayWrapOntoTheNextLine() {
        let (prose, index) = words("just reply to\nthis email", ["reply to this email"])
        let match = index.matches(prose.words)
        #expect(match == [1..<5])
        #expect(prose.text(1..<5) == "reply to this email")
        #expect(prose.line(of: prose.words[4]).index == 1)
    }

    @Test func curlyApostrophesHyphensAndCedillasMatch() {
        let (en, set) = words("You’re all set.", ["you're all set"])
        #expect(set.contains(in: en.words))
        let (ro, index) = words("Găsiți instrucțiunile pe SITE-UL nostru și nu ezitaţi.", ["site-ul nostru", "nu ezitați"])
        #expect(index.matches(ro.words).count == 2)
    }

    @Test func clauseStartsFollowPunctuationAcrossLines() {
        let (prose, _) = words("Open the app,\nthen tap it and then go", [])
        #expect(prose.words.map(\.startsClause) == [true, false, false, true, false, false, false, false, false])
        #expect(prose.words[3].offset == 14)
    }
}
