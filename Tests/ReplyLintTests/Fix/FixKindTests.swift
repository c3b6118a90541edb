import Foundation
import Testing
@testable import ReplyLint

@Suite struct FixKindTests {
    @Test(arguments: [
        ("URGENT: your FAQ update for order A-1042", "Urgent: your FAQ update for order A-1042"),
        ("YOUR REFUND FOR YOUR ORDER IS ON ITS WAY", "Your refund for your order is on its way"),
        ("Your refund is on its way!!", "Your refund is on its way!"),
        ("Your refund is on its way?!", "Your refund is on its way?"),
        ("Re: RE: Fwd: Your refund for order A-1042", "Re: Your refund for order A-1042"),
        // After a mark that ends a sentence the next word keeps its capital.
        ("YOUR REFUND IS ON ITS WAY! THANK YOU FOR WAITING", "Your refund is on its way! Thank you for waiting"),
        ("DID YOUR REFUND ARRIVE? PLEASE WRITE BACK", "Did your refund arrive? Please write back"),
    ])
    func subjectFix(_ subject: String, _ fixed: String) throws {
        let result = try FixDraft.fix(FixDraft.text(subject: subject))
        #expect(String(decoding: result.bytes, as: UTF8.self) == FixDraft.text(subject: fixed))
        #expect(!result.applied.isEmpty && result.applied.allSatisfy(\.isSafeFix))
        #expect(result.report.diagnostics.allSatisfy { !$0.isSafeFix })
    }

    /// Greek capitals drop the tonos: the fix writes the word the dictionary knows, or none.
    @Test(arguments: [
        ("ΕΠΕΙΓΟΝ: η επιστροφή για την παραγγελία A-1042", "Επείγον: η επιστροφή για την παραγγελία A-1042"),
        ("Η επιστροφή στάλθηκε; ΣΗΜΑΝΤΙΚΟ για την παραγγελία A-1042", "Η επιστροφή στάλθηκε; Σημαντικό για την παραγγελία A-1042"),
        // ποτέ ("never") or πότε ("when"): the writer chooses, nothing is fixed.
        ("ΠΟΤΕ η επιστροφή για την παραγγελία A-1042", nil),
    ])
    func greekSubjectFixRestoresTheAccent(_ subject: String, _ fixed: String?) throws {
        let text = RuleExample.reply("el", subject: subject).unmarked.0
        let linter = try Linter(options: .init(locale: "el"))
        guard case .found = DictionaryShelf.shared.dictionaries(for: try linter.draft(Array(text.utf8)).language, region: nil) else {
            throw SpellingTests.NotInstalled(name: "el_GR")
        }
        let result = try linter.fix(Array(text.utf8), path: "draft.eml")
        let written = String(decoding: result.bytes, as: UTF8.self)
        #expect(written.contains("Subject: \(fixed ?? subject)\n"), "\(written.prefix(300))")
        #expect(result.applied.contains { $0.rule == "subject.all-caps" } == (fixed != nil))
    }

    @Test func bodyExclamationsCollapse() throws {
        let body = "Hello Anna,\n\nYour refund was issued today!!! It arrives on Friday.\n\nBest regards,\nJo Baker\n"
        let result = try FixDraft.fix(FixDraft.text(body: body))
        let expected = body.replacingOccurrences(of: "!!!", with: "!")
        #expect(String(decoding: result.bytes, as: UTF8.self) == FixDraft.text(body: expected))
        #expect(FixDraft.fixedRules(result) == ["body.exclamation"])
    }

    @Test func crlfStaysCRLF() throws {
        let text = FixDraft.text(subject: "URGENT: your refund!!", body: "Hello Anna,\n\nYour refund was issued!!\n\nBest regards,\nJo Baker\n")
        let result = try FixDraft.fix(text.withCRLF)
        let expected = FixDraft.text(subject: "Urgent: your refund!", body: "Hello Anna,\n\nYour refund was issued!\n\nBest regards,\nJo Baker\n")
        #expect(String(decoding: result.bytes, as: UTF8.self) == expected.withCRLF)
        #expect(FixDraft.fixedRules(result) == ["body.exclamation", "subject.all-caps", "subject.punctuation"])
    }

    @Test func nothingToFixKeepsEveryByte() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/drafts/en-refund-good.eml")
        let bytes = try [UInt8](Data(contentsOf: url))
        let result = try FixDraft.fix(bytes)
        #expect(result.bytes == bytes)
        #expect(!result.changed && result.applied.isEmpty)
    }

    @Test func foldedSubjectKeepsItsFolding() throws {
        let text = FixDraft.text(subject: "Your refund for order A-1042\n has been issued today!!")
        let result = try FixDraft.fix(text)
        #expect(String(decoding: result.bytes, as: UTF8.self)
                == FixDraft.text(subject: "Your refund for order A-1042\n has been issued today!"))
    }

    @Test func fixAcrossAFoldRefolds() throws {
        let text = FixDraft.text(subject: "Re: RE:\n Fwd: Your refund for order A-1042")
        let result = try FixDraft.fix(text)
        let message = try MessageParser.parse(result.bytes)
        #expect(message.subject?.value == "Re: Your refund for order A-1042")
        #expect(FixDraft.fixedRules(result) == ["subject.reply-prefix"])
    }

    @Test func htmlBodyIsNotFixed() throws {
        let text = FixDraft.headers(extra: "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n")
            + "\n<p>Hello Anna,</p><p>Your refund was issued today!!</p><p>Best regards,<br>Jo Baker</p>\n"
        let result = try FixDraft.fix(text)
        #expect(result.bytes == Array(text.utf8))
        #expect(FixDraft.notFixed(result)["body.exclamation"]?.contains("text/html") == true)
    }

    @Test func flowedBodyIsNotFixed() throws {
        let text = FixDraft.headers(extra: "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed\n")
            + "\nHello Anna,\n\nYour refund was issued \ntoday!!\n\nBest regards,\nJo Baker\n"
        let result = try FixDraft.fix(text)
        #expect(result.bytes == Array(text.utf8))
        #expect(FixDraft.notFixed(result)["body.exclamation"]?.contains("format=flowed") == true)
    }

    @Test func alternativeWithHTMLLeavesBodyAlone() throws {
        let text = FixDraft.headers(extra: "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b\"\n")
            + "\n--b\nContent-Type: text/plain; charset=utf-8\n\nHello Anna,\n\nYour refund was issued!!\n\nBest regards,\nJo Baker\n"
            + "--b\nContent-Type: text/html; charset=utf-8\n\n<p>Your refund was issued!!</p>\n--b--\n"
        let result = try FixDraft.fix(text)
        #expect(result.bytes == Array(text.utf8))
        #expect(FixDraft.notFixed(result)["body.exclamation"]?.contains("alternative") == true)
    }
}
