import Foundation
import Testing
@testable import ReplyLint

/// Fixes inside encoded parts and headers: the decoded text changes as intended, and no
/// byte outside the part changes.
@Suite struct FixEncodingTests {
    let greeting = "Γεια σας κυρία Παπαδοπούλου,\n\nΗ επιστροφή χρημάτων έγινε σήμερα!!\n\nΜε εκτίμηση,\nΝίκος\n"

    private func multipart(_ part: String) -> String {
        "From: Nikos <nikos@shop.example>\nTo: Maria Papadopoulou <maria@example.com>\nSubject: Η επιστροφή χρημάτων\n"
            + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"XX\"\n\nPreamble stays.\n--XX\n" + part
            + "\n--XX\nContent-Type: application/pdf; name=\"r.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--XX--\nEpilogue.\n"
    }

    /// Checks that only the text part's body changed, and that it now decodes to `expected`.
    private func expectOnlyBodyChanged(_ original: [UInt8], _ result: FixResult, expected: String) throws {
        let before = try MessageParser.parse(original)
        let after = try MessageParser.parse(result.bytes)
        let range = try #require(before.body.source?.range)
        let newRange = try #require(after.body.source?.range)
        #expect(Array(result.bytes[..<newRange.lowerBound]) == Array(original[..<range.lowerBound]))
        #expect(Array(result.bytes[newRange.upperBound...]) == Array(original[range.upperBound...]))
        #expect(after.body.text == expected)
        #expect(after.problems.isEmpty)
    }

    @Test func quotedPrintablePart() throws {
        let encoded = TransferEncoding.quotedPrintable(Array(greeting.utf8), lineBreak: [0x0A])
        let text = multipart("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                             + String(decoding: encoded, as: UTF8.self))
        let original = Array(text.utf8)
        let result = try FixDraft.fix(original)
        #expect(FixDraft.fixedRules(result) == ["body.exclamation"])
        try expectOnlyBodyChanged(original, result, expected: greeting.replacingOccurrences(of: "!!", with: "!"))
        let body = try #require(try MessageParser.parse(result.bytes).body.source?.range)
        let lines = result.bytes[body].split(separator: 0x0A)
        #expect(lines.allSatisfy { $0.count <= 76 })
    }

    @Test func base64Part() throws {
        let crlfText = greeting.withCRLF
        let encoded = TransferEncoding.base64(Array(crlfText.utf8), lineLength: 72, lineBreak: [0x0A])
        let text = multipart("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                             + String(decoding: encoded, as: UTF8.self))
        let original = Array(text.utf8)
        let result = try FixDraft.fix(original)
        #expect(FixDraft.fixedRules(result) == ["body.exclamation"])
        try expectOnlyBodyChanged(original, result, expected: greeting.replacingOccurrences(of: "!!", with: "!"))
        // The decoded bytes keep their CRLF, and the base64 keeps its line length.
        let after = try MessageParser.parse(result.bytes)
        let range = try #require(after.body.source?.range)
        let decoded = TransferDecoding.base64(result.bytes[range]).bytes
        #expect(String(decoding: decoded, as: UTF8.self) == crlfText.replacingOccurrences(of: "!!", with: "!"))
        #expect(result.bytes[range].split(separator: 0x0A).dropLast().allSatisfy { $0.count == 72 })
    }

    @Test func greekISO8859_7PartIsFixedInItsCharset() throws {
        let head = "From: Nikos <nikos@shop.example>\nTo: Maria Papadopoulou <maria@example.com>\nSubject: Η επιστροφή\n"
            + "MIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-7\nContent-Transfer-Encoding: 8bit\n\n"
        let body = try #require(Charset.encode(greeting, charset: "iso-8859-7"))
        #expect(body.count == greeting.count)   // one byte per letter: not UTF-8
        let original = Array(head.utf8) + body
        let result = try FixDraft.fix(original)
        #expect(FixDraft.fixedRules(result) == ["body.exclamation"])
        let expectedBody = try #require(Charset.encode(greeting.replacingOccurrences(of: "!!", with: "!"), charset: "iso-8859-7"))
        #expect(result.bytes == Array(head.utf8) + expectedBody)
    }

    @Test func encodedWordSubjectIsWrittenAgain() throws {
        let subject = "=?utf-8?b?zpXOoM6VzpnOk86fzp06IM6kzr8gzrHOr8+EzrfOvM6xIM61z4DOuc+Dz4TPgc6/?=\n =?utf-8?b?z4bOrs+CIM+Hz4HOt868zqzPhM+Jzr0hIQ==?="
        let text = "From: Nikos <nikos@shop.example>\nTo: Maria Papadopoulou <maria@example.com>\nSubject: \(subject)\n"
            + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + greeting.replacingOccurrences(of: "!!", with: ".")
        let original = Array(text.utf8)
        let result = try FixDraft.fix(original)
        #expect(FixDraft.fixedRules(result) == ["subject.all-caps", "subject.punctuation"])
        let message = try MessageParser.parse(result.bytes)
        // The accent comes back as the Greek dictionary knows the word.
        #expect(message.subject?.value == "Επείγον: Το αίτημα επιστροφής χρημάτων!")
        #expect(message.problems.isEmpty)
        let written = String(decoding: result.bytes, as: UTF8.self)
        #expect(written.contains("Subject: =?UTF-8?B?"))
        #expect(written.split(separator: "\n").allSatisfy { $0.utf8.count <= 78 })
        // Every other line is as it was.
        let otherLines = { (s: String) in s.split(separator: "\n").filter { !$0.hasPrefix("Subject:") && !$0.hasPrefix(" =?") } }
        #expect(otherLines(written) == otherLines(text))
    }

    @Test func longEncodedSubjectFoldsAndRoundTrips() throws {
        let value = "ΕΠΕΙΓΟΝ: " + String(repeating: "η επιστροφή χρημάτων για την παραγγελία σας ", count: 4) + "έγινε!!"
        let encoded = EncodedWordWriter.field(prefix: Array("Subject: ".utf8), value: value, lineBreak: [0x0D, 0x0A])
        let lines = String(decoding: encoded, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.count > 3 && lines.allSatisfy { $0.utf8.count <= 78 })
        let text = "From: Nikos <nikos@shop.example>\r\nTo: Maria <maria@example.com>\r\n" + String(decoding: encoded, as: UTF8.self)
            + "\r\n\r\nΓεια σας Maria,\r\n\r\nΜε εκτίμηση,\r\nΝίκος\r\n"
        let result = try FixDraft.fix(Array(text.utf8))
        let message = try MessageParser.parse(result.bytes)
        #expect(message.subject?.value.hasSuffix("έγινε!") == true)
        #expect(String(decoding: result.bytes, as: UTF8.self).components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
        #expect(!String(decoding: result.bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    /// (A draft this short is told Estonian by its header: a safe fix must be a word of the
    /// draft's language, and six words are too few to tell it from the text.)
    @Test func qEncodedSubjectStaysQ() throws {
        let text = "From: Mari <mari@shop.example>\nTo: Kadri Tamm <kadri@example.com>\nSubject: =?utf-8?q?T=C3=84HTIS=3A_teie_tagasimakse_taotlus!!?=\nContent-Language: et\n\nTere Kadri,\n\nRaha on tagastatud.\n\nLugupidamisega\nMari\n"
        let result = try FixDraft.fix(text)
        let written = String(decoding: result.bytes, as: UTF8.self)
        #expect(written.contains("Subject: =?UTF-8?Q?T=C3=A4htis=3A_teie_tagasimakse_taotlus!?=\n"))
        #expect(try MessageParser.parse(result.bytes).subject?.value == "Tähtis: teie tagasimakse taotlus!")
    }
}
