import Testing
@testable import ReplyLint

struct EncodedWordsTests {
    @Test(arguments: [
        ("=?utf-8?B?Q2Fmw6k=?=", "Café"),
        ("=?UTF-8?b?Q2Fmw6k?=", "Café"), // lower-case letter, padding missing
        ("=?utf-8?Q?Caf=C3=A9?=", "Café"),
        ("=?iso-8859-1?q?caf=E9_au_lait?=", "café au lait"),
        ("Re: =?utf-8?Q?Caf=C3=A9?= order", "Re: Café order"),
        ("=?utf-8?Q?a?= =?utf-8?Q?b?=", "ab"),
        ("=?utf-8?Q?a?=\t  =?utf-8?Q?b?=", "ab"),
        ("=?utf-8?Q?a?= b =?utf-8?Q?c?=", "a b c"),
        ("=?utf-8*en?Q?hello?=", "hello"),
        ("=?utf-8?Q?Gr=C3=BC=C3=9Fe?= aus =?iso-8859-2?Q?Bra=B9ov?=", "Grüße aus Brašov"),
        ("plain text, no words", "plain text, no words"),
        ("=? not a word ?=", "=? not a word ?="),
        ("", ""),
    ])
    func decodesWords(input: String, expected: String) {
        let decoded = EncodedWords.decode(input)
        #expect(decoded.text == expected)
        #expect(decoded.problems.isEmpty)
    }

    @Test func multibyteCharacterSplitAcrossWordsSurvives() {
        // "€" is E2 82 AC; the first word ends after E2 82.
        let decoded = EncodedWords.decode("=?utf-8?Q?price_=E2=82?= =?utf-8?Q?=AC5?=")
        #expect(decoded.text == "price €5")
        let base64 = EncodedWords.decode("=?utf-8?B?4oI=?= =?utf-8?B?rA==?=")
        #expect(base64.text == "€")
    }

    @Test(arguments: [
        ("=?utf-8?X?abc?=", "=?utf-8?X?abc?=", "bad encoded-word '=?utf-8?X?abc?='"),
        ("=?utf-8?B?Q2Fm*w6k=?=", "Café", "bad encoded-word '=?utf-8?B?Q2Fm*w6k=?='"),
        ("=?utf-8?Q?bad=ZZ?=", "bad=ZZ", "bad encoded-word '=?utf-8?Q?bad=ZZ?='"),
        ("=?x-foo?Q?abc?=", "abc", "unknown charset 'x-foo' in encoded-word '=?x-foo?Q?abc?='"),
    ])
    func keepsBadWordsAndReportsThem(input: String, expected: String, problem: String) {
        let decoded = EncodedWords.decode(input)
        #expect(decoded.text == expected)
        #expect(decoded.problems == [problem])
    }

    @Test func badWordKeepsTheSpaceBeforeTheNextWord() {
        #expect(EncodedWords.decode("=?utf-8?X?abc?= =?utf-8?Q?d?=").text == "=?utf-8?X?abc?= d")
    }
}
