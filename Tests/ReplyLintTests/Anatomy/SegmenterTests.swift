import Testing
@testable import ReplyLint

/// ICU's break iterators are kept per thread and given new text: a segmentation must not depend
/// on what was segmented before it, in that locale or another.
@Test func segmentsDoNotDependOnTheTextBefore() {
    let texts: [(String, String)] = [
        ("Thank you, Anna. Your refund of £64.90 is on its way!", "en"),
        ("Σας ευχαριστούμε. Η επιστροφή χρημάτων έγινε.", "el"),
        ("Bună ziua. Am primit coletul, mulțumim.", "ro"),
        ("", "en"),
        ("x", "et"),
    ]
    func words(_ text: String, _ locale: String) -> [String] {
        Segmenter.segments(text[...], kind: .word, locale: locale).map { String(text[$0]) }
    }
    func sentences(_ text: String, _ locale: String) -> [String] {
        Segmenter.segments(text[...], kind: .sentence, locale: locale).map { String(text[$0]) }
    }
    let first = texts.map { (words($0.0, $0.1), sentences($0.0, $0.1)) }
    #expect(first[0].0 == ["Thank", "you", "Anna", "Your", "refund", "of", "64.90", "is", "on", "its", "way"])
    #expect(first[0].1 == ["Thank you, Anna. ", "Your refund of £64.90 is on its way!"])
    #expect(first[3].0.isEmpty)
    for (number, (text, locale)) in texts.enumerated().reversed() {
        #expect(words(text, locale) == first[number].0)
        #expect(sentences(text, locale) == first[number].1)
    }
}
