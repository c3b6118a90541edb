import Testing
@testable import ReplyLint

/// Phrase search in folded text: bytes are compared, but matches must fall on word
/// boundaries, map back to the original characters, and the longest phrase must win.
@Suite struct FoldedTextTests {
    private func found(_ text: String, _ phrases: [String]) -> [String] {
        let folded = FoldedText(text[...])
        return folded.occurrences(of: PhraseSet(phrases.map { TextFolding.foldPhrase($0) }))
            .map { String(folded.original[folded.originalRange($0.range)]) }
    }

    @Test func matchesOnWordBoundariesOnly() {
        #expect(found("Sorry for the delay; sorryness is not a word.", ["sorry"]) == ["Sorry"])
        #expect(found("unfortunately", ["fortunately"]).isEmpty)
        #expect(found("It was a mistake2 and a mistake.", ["mistake"]) == ["mistake"])
    }

    @Test func theEarlierListedPhraseWinsWhereTwoOverlap() {
        // Lists are kept longest first, so the longest phrase wins.
        #expect(found("We apologize for any inconvenience caused.", ["apologize for any inconvenience", "apologize"])
            == ["apologize for any inconvenience"])
        #expect(found("We apologize for any inconvenience caused.", ["apologize", "apologize for any inconvenience"])
            == ["apologize"])
        #expect(found("inconvenience caused, sorry", ["sorry", "inconvenience caused"]) == ["inconvenience caused", "sorry"])
    }

    @Test func accentsAndCaseFoldInEveryScript() {
        #expect(found("ΔΥΣΤΥΧΩΣ δεν γίνεται, δυστυχώς.", ["δυστυχώς"]) == ["ΔΥΣΤΥΧΩΣ", "δυστυχώς"])
        #expect(found("Ne pare rău, din PĂCATE nu.", ["din păcate"]) == ["din PĂCATE"])
        #expect(found("Kahjuks ei saa. KAHJUKS!", ["kahjuks"]) == ["Kahjuks", "KAHJUKS"])
    }

    @Test func aPhraseEndingInsideALongerWordIsNoMatch() {
        #expect(found("Mulțumim pentru răbdare", ["mulțu"]).isEmpty)
        #expect(found("Ευχαριστούμε πολύ", ["ευχαρ"]).isEmpty)
    }

    @Test func prefixFindsTheFirstListedPhraseOnABoundary() {
        let folded = FoldedText("Best regards, Jo"[...])
        let match = folded.prefix(in: ["best regards", "best"])
        #expect(match?.phrase == "best regards")
        #expect(match.map { String(folded.folded[$0.range]) } == "best regards")
        #expect(FoldedText("Bestest wishes"[...]).prefix(in: ["best"]) == nil)
        let greek = FoldedText("Με εκτίμηση, Νίκος"[...])
        #expect(greek.prefix(in: ["με εκτιμηση"]).map { String(greek.original[greek.originalRange($0.range)]) } == "Με εκτίμηση")
    }
}
