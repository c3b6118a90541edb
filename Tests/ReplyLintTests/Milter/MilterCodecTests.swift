import NIOCore
import NIOEmbedded
import Testing
@testable import ReplyLintMilter

/// The codec: every command from its bytes, every response to its bytes, and malformed frames
/// as the errors that close their connection.
@Suite struct MilterCodecTests {
    typealias F = MilterFrames

    static let commands: [(String, [UInt8], MilterCommand)] = [
        ("optneg", F.uint32(6) + F.uint32(0x1FF) + F.uint32(0x1FFFFF),
         .negotiate(MilterOptions(version: 6, actions: MilterActions(rawValue: 0x1FF), steps: MilterSteps(rawValue: 0x1FFFFF)))),
        ("macro", [UInt8(ascii: "E")] + F.strings("i", "4XyZ1", "{daemon_name}", "smtpd"),
         .macros(stage: UInt8(ascii: "E"), [MilterMacro("i", "4XyZ1"), MilterMacro("{daemon_name}", "smtpd")])),
        ("macro without values", [UInt8(ascii: "C")], .macros(stage: UInt8(ascii: "C"), [])),
        ("connect inet", F.strings("client.example.org") + [UInt8(ascii: "4"), 0xC3, 0x50] + F.strings("192.0.2.7"),
         .connect(hostname: "client.example.org", address: .inet(address: "192.0.2.7", port: 50000))),
        ("connect inet6", F.strings("[2001:db8::1]") + [UInt8(ascii: "6"), 0x00, 0x19] + F.strings("2001:db8::1"),
         .connect(hostname: "[2001:db8::1]", address: .inet6(address: "2001:db8::1", port: 25))),
        ("connect unix", F.strings("localhost") + [UInt8(ascii: "L"), 0, 0] + F.strings("/run/smtp.sock"),
         .connect(hostname: "localhost", address: .unix(path: "/run/smtp.sock"))),
        ("connect unknown", F.strings("unknown") + [UInt8(ascii: "U")], .connect(hostname: "unknown", address: .unknown)),
        ("helo", F.strings("mail.example.org"), .helo("mail.example.org")),
        ("mail", F.strings("<support@example.com>", "SIZE=1024", "BODY=8BITMIME"),
         .mail(["<support@example.com>", "SIZE=1024", "BODY=8BITMIME"])),
        ("rcpt", F.strings("<maria@example.org>"), .recipient(["<maria@example.org>"])),
        ("data", [], .data),
        ("header", F.strings("Subject", " Your refund"), .header(name: "Subject", value: Array(" Your refund".utf8))),
        ("folded 8-bit header", Array("To\0 Μαρία\n\t<maria@example.org>\0".utf8),
         .header(name: "To", value: Array(" Μαρία\n\t<maria@example.org>".utf8))),
        ("eoh", [], .endOfHeaders),
        ("body", Array("Hello,\r\n\0binary\r\n".utf8), .body(ByteBuffer(string: "Hello,\r\n\0binary\r\n"))),
        ("empty body chunk", [], .body(ByteBuffer())),
        ("eob", [], .endOfMessage(ByteBuffer())),
        ("eob with a last chunk", Array("Bye\r\n".utf8), .endOfMessage(ByteBuffer(string: "Bye\r\n"))),
        ("abort", [], .abort),
        ("quit", [], .quit),
        ("quit_nc", [], .quitNewConnection),
        ("unknown", F.strings("XFOO bar"), .unknown("XFOO bar")),
    ]

    static let codes: [String: Character] = [
        "optneg": "O", "macro": "D", "macro without values": "D", "connect inet": "C", "connect inet6": "C",
        "connect unix": "C", "connect unknown": "C", "helo": "H", "mail": "M", "rcpt": "R", "data": "T",
        "header": "L", "folded 8-bit header": "L", "eoh": "N", "body": "B", "empty body chunk": "B", "eob": "E",
        "eob with a last chunk": "E", "abort": "A", "quit": "Q", "quit_nc": "K", "unknown": "U",
    ]

    @Test(arguments: commands.map { $0.0 })
    func decodesEveryCommand(_ name: String) throws {
        let (_, data, expected) = Self.commands.first { $0.0 == name }!
        let frame = F.buffer(Array(F.frame(Self.codes[name]!, data).dropFirst(4)))
        #expect(try MilterCommand(frame: frame) == expected)
        #expect(expected.code.rawValue == UInt8(ascii: Self.codes[name]!.unicodeScalars.first!))
    }

    @Test func everyCommandCodeIsDecoded() {
        let tested = Set(Self.codes.values.map { UInt8(ascii: $0.unicodeScalars.first!) })
        #expect(Set(MilterCommand.Code.allCases.map(\.rawValue)) == tested)
    }

    static let responses: [(MilterResponse, [UInt8])] = [
        (.negotiate(MilterOptions(version: 6, actions: [.addHeaders, .changeHeaders], steps: [.noConnect, .skip, .headerLeadingSpace])),
         F.frame("O", F.uint32(6) + F.uint32(0x11) + F.uint32(0x100401))),
        (.continue, F.frame("c")),
        (.accept, F.frame("a")),
        (.reject, F.frame("r")),
        (.tempfail, F.frame("t")),
        (.progress, F.frame("p")),
        (.skip, F.frame("s")),
        (.replyCode("550 5.7.1 leftover placeholder"), F.frame("y", F.strings("550 5.7.1 leftover placeholder"))),
        (.addHeader(name: "X-ReplyLint-Status", value: " pass"), F.frame("h", F.strings("X-ReplyLint-Status", " pass"))),
        (.insertHeader(index: 0, name: "X-ReplyLint-Status", value: "fail errors=1"),
         F.frame("i", F.uint32(0) + F.strings("X-ReplyLint-Status", "fail errors=1"))),
        (.changeHeader(index: 2, name: "X-ReplyLint-Status", value: ""),
         F.frame("m", F.uint32(2) + F.strings("X-ReplyLint-Status", ""))),
        (.quarantine(reason: "replylint: fail errors=1"), F.frame("q", F.strings("replylint: fail errors=1"))),
        // A NUL would end the string early and leave the MTA out of step; it is left out.
        (.quarantine(reason: "a\0b"), F.frame("q", F.strings("ab"))),
    ]

    @Test(arguments: responses.indices)
    func encodesEveryResponse(_ index: Int) {
        let (response, expected) = Self.responses[index]
        var buffer = ByteBuffer()
        response.write(to: &buffer)
        #expect(Array(buffer.readableBytesView) == expected)
    }

    @Test func replyTextIsOneLineWithPercentDoubled() {
        #expect(MilterResponse.reply(550, "5.7.1", "100% wrong\r\nRCPT TO:<x>") == .replyCode("550 5.7.1 100%% wrong  RCPT TO:<x>"))
    }

    static let malformed: [(String, [UInt8], MilterFrameError)] = [
        ("no command code", [], .empty),
        ("unknown command", [UInt8(ascii: "Z")], .unknownCommand(UInt8(ascii: "Z"))),
        ("unprintable command", [0x01, 0x02], .unknownCommand(0x01)),
        ("short optneg", [UInt8(ascii: "O")] + F.uint32(6) + F.uint32(0x1FF), .truncated(.negotiate, "protocol flags")),
        ("long optneg", [UInt8(ascii: "O")] + F.uint32(6) + F.uint32(0x1FF) + F.uint32(0) + [7], .trailingBytes(.negotiate, 1)),
        ("macro without stage", [UInt8(ascii: "D")], .truncated(.macro, "stage")),
        ("macro name without value", [UInt8(ascii: "D"), UInt8(ascii: "E")] + F.strings("i"), .truncated(.macro, "value of macro i (no NUL)")),
        ("connect without NUL", [UInt8(ascii: "C")] + Array("host".utf8), .truncated(.connect, "host name (no NUL)")),
        ("connect without family", [UInt8(ascii: "C")] + F.strings("host"), .truncated(.connect, "address family")),
        ("connect with short port", [UInt8(ascii: "C")] + F.strings("host") + [UInt8(ascii: "4"), 0], .truncated(.connect, "port")),
        ("connect with odd family", [UInt8(ascii: "C")] + F.strings("host") + [UInt8(ascii: "9")], .unknownAddressFamily(UInt8(ascii: "9"))),
        ("header without value", [UInt8(ascii: "L")] + F.strings("Subject"), .truncated(.header, "value of header Subject (no NUL)")),
        ("header with extra bytes", [UInt8(ascii: "L")] + F.strings("Subject", "x") + [1, 2], .trailingBytes(.header, 2)),
        ("mail without sender", [UInt8(ascii: "M")], .truncated(.mail, "sender (no NUL)")),
        ("helo without NUL", [UInt8(ascii: "H")] + Array("x".utf8), .truncated(.helo, "HELO name (no NUL)")),
        ("abort with data", [UInt8(ascii: "A"), 0], .trailingBytes(.abort, 1)),
        ("quit with data", [UInt8(ascii: "Q"), 1, 2, 3], .trailingBytes(.quit, 3)),
    ]

    @Test(arguments: malformed.map { $0.0 })
    func malformedFramesAreErrors(_ name: String) {
        let (_, frame, expected) = Self.malformed.first { $0.0 == name }!
        #expect(throws: expected) { try MilterCommand(frame: F.buffer(frame)) }
        #expect(!expected.description.isEmpty)
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(MilterFrameError.unknownCommand(UInt8(ascii: "Z")).description == "unknown command 'Z' (0x5A)")
        #expect(MilterFrameError.unknownCommand(1).description == "unknown command 0x01")
        #expect(MilterFrameError.truncated(.header, "value of header Subject (no NUL)").description
            == "HEADER frame ends before its value of header Subject (no NUL)")
        #expect(MilterFrameError.tooLarge(limit: 100).description == "frame over the limit of 100 bytes")
    }

    @Test func macroNamesMatchWithOrWithoutBraces() {
        #expect(MilterMacro("{i}", "x").bareName == "i")
        #expect(MilterMacro("i", "x").bareName == "i")
        #expect(MilterMacro("{", "x").bareName == "{")
        #expect(MilterMacro("{daemon_name}", "x").bareName == "daemon_name")
    }
}
