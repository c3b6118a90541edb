import Testing
@testable import ReplyLint

struct HeaderSectionTests {
    private func section(_ text: String, limits: MessageLimits = MessageLimits()) throws -> HeaderSection {
        let bytes = Array(text.utf8)
        return try HeaderSection.parse(bytes, in: bytes.indices, firstLine: 1, skipMboxLine: true, limits: limits)
    }

    @Test(arguments: [
        ("Subject: Hello\n\nBody", "Hello", "Hello"),
        ("Subject:Hello\n\n", "Hello", "Hello"),
        ("Subject: Hello\n  world\n\n", "Hello  world", "Hello world"),
        ("Subject: Hello   \n\t world  \n\n", "Hello   \t world  ", "Hello world"),
        ("Subject:\n Hello\n\n", " Hello", "Hello"),
        ("Subject: two  spaces kept\n\n", "two  spaces kept", "two  spaces kept"),
        ("Subject: =?utf-8?Q?Caf=C3=A9?=\n =?utf-8?Q?_cr=C3=A8me?=\n\n", "=?utf-8?Q?Caf=C3=A9?= =?utf-8?Q?_cr=C3=A8me?=", "Café crème"),
        ("Subject : obsolete\n\n", "obsolete", "obsolete"),
    ])
    func unfoldsValues(text: String, raw: String, value: String) throws {
        let field = try #require(try section(text).fields.first)
        #expect(field.name == "Subject")
        #expect(field.rawValue.trimmingBlanks() == raw.trimmingBlanks())
        #expect(field.value == value)
    }

    @Test func keepsRepeatedFieldsInOrder() throws {
        let fields = try section("Received: a\nReceived: b\nSubject: s\nreceived: c\n\n").fields
        #expect(fields.map(\.name) == ["Received", "Received", "Subject", "received"])
        #expect(fields.map(\.value) == ["a", "b", "s", "c"])
    }

    @Test(arguments: [
        ("Subject: x\nTo: y\n\nbody", [1, 2], 4),
        ("From someone@example.com Mon Jan  1 00:00:00 2026\nSubject: x\n\nbody", [2], 4),
        ("Subject: x\n folded\nTo: y\n\nbody", [1, 3], 5),
        ("\nbody", [], 2),
        ("Subject: x", [1], 2),
    ])
    func recordsFieldLinesAndBodyLine(text: String, lines: [Int], bodyLine: Int) throws {
        let parsed = try section(text)
        #expect(parsed.fields.map(\.line) == lines)
        #expect(parsed.bodyLine == bodyLine)
        #expect(parsed.problems.isEmpty)
    }

    @Test(arguments: [
        ("Subject: x", 10), ("Subject:x", 9), ("Subject:   x", 12), ("X-Long-Name:\tx", 14), ("Subject : x", 11),
    ])
    func recordsValueColumns(line: String, column: Int) throws {
        #expect(try section(line + "\n\n").fields.first?.valueColumn == column)
    }

    @Test func missingBlankLineEndsHeadersAtFirstNonHeaderLine() throws {
        let parsed = try section("Subject: x\nHello there,\nmore\n")
        #expect(parsed.fields.count == 1)
        #expect(parsed.bodyLine == 2)
        #expect(parsed.problems.map(\.message) == ["no blank line between the headers and the body ('Hello there,')"])
        #expect(parsed.problems.first?.position == SourcePosition(line: 2, column: 1))
    }

    @Test func latin1SubjectIsReadAsWindows1252AndReported() throws {
        var bytes = Array("Subject: caf".utf8) + [0xE9] + Array("\n\n".utf8)
        let parsed = try HeaderSection.parse(bytes, in: bytes.indices, firstLine: 1, limits: MessageLimits())
        #expect(parsed.fields.first?.value == "café")
        #expect(parsed.problems.map(\.message) == ["raw 8-bit bytes in 'Subject'; read as windows-1252"])
        #expect(parsed.problems.first?.position == SourcePosition(line: 1, column: 10))
        bytes = Array("Subject: café\n\n".utf8)
        let utf8 = try HeaderSection.parse(bytes, in: bytes.indices, firstLine: 1, limits: MessageLimits())
        #expect(utf8.fields.first?.value == "café")
        #expect(utf8.problems.isEmpty, "raw UTF-8 is allowed by RFC 6532")
    }

    @Test func tooManyFieldsThrows() {
        var limits = MessageLimits()
        limits.maxHeaderFields = 3
        #expect(throws: MessageError.tooManyHeaderFields(limit: 3, line: 4)) {
            try section("A: 1\nB: 2\nC: 3\nD: 4\n\n", limits: limits)
        }
        #expect(throws: Never.self) { try section("A: 1\nB: 2\nC: 3\n\n", limits: limits) }
    }

    @Test func overlongFieldThrowsEvenWhenFolded() {
        var limits = MessageLimits()
        limits.maxHeaderFieldBytes = 20
        #expect(throws: MessageError.headerFieldTooLong(name: "Subject", limit: 20, line: 2)) {
            try section("To: a@b\nSubject: 0123456789\n 0123456789\n\n", limits: limits)
        }
        #expect(throws: MessageError.headerFieldTooLong(name: "Subject", limit: 20, line: 1)) {
            try section("Subject: 0123456789012345678901234\n\n", limits: limits)
        }
    }
}
