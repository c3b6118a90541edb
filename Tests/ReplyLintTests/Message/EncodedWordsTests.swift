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
        // Each ISO-2022-JP word shifts back to ASCII at its end (RFC 1468); joined, the
        // two escapes in a row are an error to ICU.
        ("=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?= =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=", "テストテスト"),
        ("=?iso-2022-jp?B?GyRCJUYlOSVIGyhC?=\r\n =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=", "テストテスト"),
        ("Re: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?= =?ISO-2022-JP?Q?=1B$B%F%9%H=1B(B?=", "Re: テストテスト"),
        // A character split between words, in UTF-8 and in a stateless double-byte charset.
        ("=?UTF-8?B?0J/RgNA=?= =?UTF-8?B?uNCy0LXRgg==?=", "Привет"),
        ("=?utf-8?Q?Bun=C4?= =?UTF-8?Q?=83_ziua?=", "Bună ziua"),
        ("=?utf-8?B?zrXPhc+Hzg==?=\n\t=?utf-8?B?sc+BzrnPg8+Ez44=?=", "ευχαριστώ"),
        ("=?utf-8?B?8J+Y?= =?utf-8?Q?=8A?=", "😊"),
        ("=?shift_jis?B?g2WDWA==?= =?shift_jis?B?g2c=?=", "テスト"),
        ("=?shift_jis?B?g2WD?= =?shift_jis?B?WINn?=", "テスト"),
    ])
    func decodesAdjacentWords(input: String, expected: String) {
        let decoded = EncodedWords.decode(input)
        #expect(decoded.text == expected)
        #expect(!decoded.text.unicodeScalars.contains("\u{FFFD}"))
        #expect(decoded.problems.isEmpty)
    }

    @Test func invalidBytesInAWordAreReported() {
        let decoded = EncodedWords.decode("=?utf-8?Q?caf=E9?=")
        #expect(decoded.text == "caf\u{FFFD}")
        #expect(decoded.problems == ["1 invalid byte sequence for charset 'utf-8' in encoded-word '=?utf-8?Q?caf=E9?='"])
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
