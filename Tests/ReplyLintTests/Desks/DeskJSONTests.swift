import Foundation
import Testing
@testable import ReplyLint

/// The positioned JSON reader: a place inside a string maps back to the file through every kind
/// of escape, and every malformed file gets one message placed where it goes wrong.
@Suite struct DeskJSONTests {
    static func parse(_ text: String) throws(DeskExportError) -> DeskJSON {
        try DeskJSONParser.parse(Array(text.utf8), path: "export.json")
    }

    /// The file column of the scalar `marker` starts at, in the string under key "v".
    @Test(arguments: [
        // (JSON line, marker in the decoded text, expected file column of it)
        (#"{"v": "plain {{x}}"}"#, "{{x}}", 14),
        (#"{"v": "a\nb {{x}}"}"#, "{{x}}", 13),
        (#"{"v": "say \"hi\" {{x}}"}"#, "{{x}}", 19),
        (#"{"v": "caf\u00e9 {{x}}"}"#, "{{x}}", 18),
        (#"{"v": "café {{x}}"}"#, "{{x}}", 13),
        (#"{"v": "\ud83d\ude00 {{x}}"}"#, "{{x}}", 21),
        (#"{"v": "😀 {{x}}"}"#, "{{x}}", 10),
        (#"{"v": "\t\\\/ {{x}}"}"#, "{{x}}", 15),
    ])
    func aPlaceInAStringMapsBackToTheFile(_ json: String, _ marker: String, _ column: Int) throws {
        let string = try #require(try Self.parse(json)["v"]?.string)
        let range = try #require(string.text.range(of: marker))
        let offset = string.text.unicodeScalars.distance(from: string.text.unicodeScalars.startIndex, to: range.lowerBound)
        #expect(string.position(ofScalar: offset) == DeskPosition(line: 1, column: column))
        // And the file really has the marker there.
        let scalars = Array(json.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[(column - 1)..<(column - 1 + marker.unicodeScalars.count)])) == marker)
    }

    @Test func stringsOnLaterLinesKeepTheirLine() throws {
        let json = "{\n  \"macros\": [\n    {\"title\": \"Ref\\u00fcnd\"}\n  ]\n}\n"
        let title = try #require(try Self.parse(json)["macros"]?.elements?.first?["title"]?.string)
        #expect(title.text == "Refünd")
        #expect(title.start == DeskPosition(line: 3, column: 16))
    }

    @Test(arguments: [
        ("", "export.json:1:1: not valid JSON: the file is empty; expected a JSON object"),
        ("macros: []", "export.json:1:1: not valid JSON: unexpected 'm' where a value should be"),
        ("{\"macros\": [{\"title\": \"A\"", "export.json:1:26: not valid JSON: the file ends inside an object (is it cut short?)"),
        ("{\"macros\": [{\"title\": \"A", "export.json:1:23: not valid JSON: the file ends inside a string (is it cut short?)"),
        ("{\"a\": 1,}", "export.json:1:9: not valid JSON: expected a quoted key, found '}'"),
        ("{\"a\": 1 \"b\": 2}", "export.json:1:9: not valid JSON: expected ',' or '}' after the value of 'a', found '\"'"),
        ("{\"a\": \"x\ny\"}", "export.json:1:9: not valid JSON: a string runs past the end of its line (a line break must be written \\n)"),
        ("{\"a\": \"\\q\"}", "export.json:1:8: not valid JSON: '\\q' is not a JSON escape"),
        ("{\"a\": \"\\ud83d\"}", "export.json:1:8: not valid JSON: \\ud83d is half of a surrogate pair with no second half"),
        ("{\"a\": \"\\u12\"}", "export.json:1:8: not valid JSON: \\u needs four hexadecimal digits"),
        ("{\"a\": tru}", "export.json:1:7: not valid JSON: expected 'true'"),
        ("{\"a\": 1x}", "export.json:1:8: not valid JSON: expected ',' or '}' after the value of 'a', found 'x'"),
        ("{} {}", "export.json:1:4: not valid JSON: more text after the JSON value ends"),
    ])
    func malformedJSONIsOneMessageWithItsPlace(_ json: String, _ message: String) {
        #expect(throws: DeskExportError.self) { try Self.parse(json) }
        do {
            _ = try Self.parse(json)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func invalidUTF8IsRefused() {
        #expect(throws: DeskExportError.self) { try DeskJSONParser.parse([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D], path: "x") }
    }

    @Test func nestingDeeperThanTheLimitIsRefusedWithoutRecursingFurther() {
        let deep = String(repeating: "[", count: 100_000)
        do {
            _ = try Self.parse(deep)
            Issue.record("a 100,000-deep list parsed")
        } catch {
            #expect(error.message.contains("nested more than \(DeskJSONParser.maxDepth) levels deep"))
            #expect(error.column == DeskJSONParser.maxDepth + 1)
        }
        #expect(throws: Never.self) { try Self.parse(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) }
    }
}
