import Foundation
import Testing
@testable import ReplyLint

/// Every file in Fixtures/malformed (written by scripts/make-malformed.py) must parse to a
/// Message or throw a MessageError: the parser may never trap on any bytes.
struct MalformedCorpusTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/malformed")

    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        .filter { $0.hasSuffix(".eml") }.sorted()

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func outcome(_ name: String) throws -> Result<Message, MessageError> {
        let bytes = try bytes(name)
        do throws(MessageError) {
            return .success(try MessageParser.parse(bytes))
        } catch {
            return .failure(error)
        }
    }

    @Test func corpusIsThere() {
        #expect(Self.files.count >= 45)
    }

    @Test(arguments: files)
    func parsesOrThrowsAMessageError(name: String) throws {
        if case let .success(message) = try Self.outcome(name) {
            // Whatever was read, the body map covers the body text.
            #expect(message.body.map.lines.count == PartText.lineCount(message.body.text) || message.body.text.isEmpty)
        }
    }

    @Test(arguments: [
        ("empty.eml", MessageError.empty),
        ("huge-header.eml", MessageError.headerFieldTooLong(name: "Subject", limit: 256 * 1024, line: 1)),
        ("many-header-fields.eml", MessageError.tooManyHeaderFields(limit: 1000, line: 1001)),
        ("nested-40-deep.eml", MessageError.nestedTooDeep(limit: 20, line: 62)),
    ])
    func limitsThrowTheirError(name: String, error: MessageError) throws {
        guard case let .failure(thrown) = try Self.outcome(name) else {
            Issue.record("\(name) did not throw")
            return
        }
        #expect(thrown == error)
    }

    @Test(arguments: [
        ("missing-closing-boundary.eml", "missing closing boundary '--b--' for the multipart on line 2"),
        ("no-blank-line.eml", "no blank line between the headers and the body ('Hi Bob,')"),
        ("8bit-subject-latin1.eml", "raw 8-bit bytes in 'Subject'; read as windows-1252"),
        ("unknown-charset.eml", "unknown charset 'x-foo' in part on line 3; read as UTF-8"),
        ("bad-encoded-word.eml", "bad encoded-word '=?utf-8?X?abc?=' in 'Subject'"),
        ("bad-date.eml", "unparseable date 'the day after tomorrow'"),
        ("broken-address-list.eml", "unbalanced '<' in 'John <j@example.com' in 'From'"),
        ("missing-boundary-parameter.eml", "'multipart/mixed' on line 1 has no boundary; read as text"),
        ("boundary-never-found.eml", "boundary 'b' of the multipart on line 2 never found; read as text"),
        ("unknown-transfer-encoding.eml", "unknown content-transfer-encoding 'x-uuencode' in part on line 3; read as 8bit"),
        ("encoded-word-unknown-charset.eml", "unknown charset 'x-unknown' in encoded-word '=?x-unknown?Q?hello?=' in 'Subject'"),
        ("only-body-no-headers.eml", "no header fields before the body ('Hi Bob,')"),
    ])
    func reportsTheExpectedProblem(name: String, problem: String) throws {
        guard case let .success(message) = try Self.outcome(name) else {
            Issue.record("\(name) threw")
            return
        }
        #expect(message.problemMessages.contains(problem), "\(message.problemMessages)")
    }

    @Test func readsWhatCanBeRead() throws {
        let nested = try #require(try? Self.outcome("nested-12-deep.eml").get())
        #expect(nested.body.text == "innermost")
        let rfc2231 = try #require(try? Self.outcome("rfc2231-filename-out-of-order.eml").get())
        #expect(rfc2231.attachments.first?.filename == "€ rates.pdf")
        let split = try #require(try? Self.outcome("split-multibyte-encoded-words.eml").get())
        #expect(split.subject?.value == "price €5")
        let japaneseWords = try #require(try? Self.outcome("iso-2022-jp-adjacent-encoded-words.eml").get())
        #expect(japaneseWords.subject?.value == "テストテスト")
        #expect(japaneseWords.problems.isEmpty)
        let mixedWords = try #require(try? Self.outcome("split-utf8-across-b-and-q-words.eml").get())
        #expect(mixedWords.subject?.value == "Bună ziua")
        #expect(mixedWords.problems.isEmpty)
        let group = try #require(try? Self.outcome("group-address.eml").get())
        #expect(group.to.map(\.address) == ["a@example.com", "b@example.org"])
        let crlf = try #require(try? Self.outcome("crlf-only.eml").get())
        #expect(crlf.body.text == "Hi Bob,\n\nthanks.\n")
        #expect(crlf.body.map.lines == [5, 6, 7, 8])
        let many = try #require(try? Self.outcome("many-parts.eml").get())
        #expect(many.parts.count == 3000)
        let utf16 = try #require(try? Self.outcome("utf16-charset.eml").get())
        #expect(utf16.body.text == "hi\nthere\n")
        let japanese = try #require(try? Self.outcome("iso-2022-jp-body.eml").get())
        #expect(japanese.body.text == "こんにちは\n")
    }
}
