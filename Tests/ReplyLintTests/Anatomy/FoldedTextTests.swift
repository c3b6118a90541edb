import Testing
@testable import ReplyLint

/// Openers at the start of folded text: bytes are compared, but a match must end on a word
/// boundary and map back to the original characters.
@Suite struct FoldedTextTests {
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
