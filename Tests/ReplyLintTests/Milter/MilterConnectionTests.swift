import NIOCore
import Testing
@testable import ReplyLintMilter

/// The protocol state machine, without sockets: what is negotiated, which commands get which
/// answer, and the message each end of message hands over.
@Suite struct MilterConnectionTests {
    static let postfixOffer = MilterOptions(version: 6, actions: MilterActions(rawValue: 0x1FF), steps: MilterSteps(rawValue: 0x1FFFFF))

    private func negotiated(limit: Int = 10_000, offer: MilterOptions = postfixOffer,
                            actions: MilterActions = [.addHeaders, .changeHeaders]) -> MilterConnection {
        var connection = MilterConnection(requiredActions: actions, messageLimit: limit)
        _ = connection.receive(.negotiate(offer))
        return connection
    }

    @Test func asksOnlyForWhatItNeeds() {
        var connection = MilterConnection(requiredActions: [.addHeaders, .changeHeaders], messageLimit: 100)
        guard case let .reply(.negotiate(answer)) = connection.receive(.negotiate(Self.postfixOffer)) else {
            Issue.record("no negotiation answer")
            return
        }
        #expect(answer.version == 6)
        #expect(answer.actions == [.addHeaders, .changeHeaders])
        #expect(answer.steps.isSuperset(of: [.noConnect, .noHelo, .noMail, .noRecipient, .noData, .noUnknown, .noEndOfHeaders,
                                             .noHeaderReply, .skip, .headerLeadingSpace]))
        #expect(answer.steps.isDisjoint(with: [.noHeaders, .noBody, .noBodyReply, .rejectedRecipients]))
    }

    @Test func asksNothingTheMTADidNotOffer() {
        let old = MilterOptions(version: 2, actions: MilterActions(rawValue: 0x3F), steps: [.noConnect, .noHelo, .noHeaders, .noBody])
        var connection = MilterConnection(requiredActions: [.addHeaders, .changeHeaders], messageLimit: 100)
        #expect(connection.receive(.negotiate(old)) == .reply(.negotiate(MilterOptions(version: 2, actions: [.addHeaders, .changeHeaders], steps: [.noConnect, .noHelo]))))
        // Without the no-reply steps, every header gets its CONTINUE.
        #expect(connection.receive(.header(name: "Subject", value: Array("Hi".utf8))) == .reply(.continue))
    }

    @Test func refusesAnMTAThatAllowsTooLittle() {
        var connection = MilterConnection(requiredActions: [.addHeaders, .changeHeaders, .quarantine], messageLimit: 100)
        let offer = MilterOptions(version: 6, actions: [.addHeaders, .changeHeaders], steps: [])
        #expect(connection.receive(.negotiate(offer)) == .fail("the MTA does not allow adding and changing headers and quarantine (it offers actions 0x11)"))
        var ancient = MilterConnection(requiredActions: [.addHeaders], messageLimit: 100)
        #expect(ancient.receive(.negotiate(MilterOptions(version: 1, actions: .addHeaders, steps: []))) == .fail("the MTA speaks milter protocol version 1; 2 or later is needed"))
    }

    @Test func nothingBeforeNegotiation() {
        var connection = MilterConnection(requiredActions: [.addHeaders], messageLimit: 100)
        #expect(connection.receive(.header(name: "Subject", value: [])) == .fail("HEADER before option negotiation"))
    }

    @Test func stepsItDidNotAskForStillGetAnAnswer() {
        var connection = negotiated(offer: MilterOptions(version: 6, actions: MilterActions(rawValue: 0x1FF), steps: []))
        let steps: [MilterCommand] = [.connect(hostname: "h", address: .unknown), .helo("h"), .mail(["<a@b>"]), .recipient(["<c@d>"]),
                                      .data, .unknown("XYZ"), .header(name: "A", value: []), .endOfHeaders, .body(ByteBuffer(string: "x"))]
        for step in steps { #expect(connection.receive(step) == .reply(.continue), "\(step.code.name)") }
        var quiet = negotiated()
        for step in steps.dropLast() { #expect(quiet.receive(step) == .silent, "\(step.code.name)") }
        #expect(quiet.receive(.body(ByteBuffer(string: "x"))) == .reply(.continue))
        #expect(quiet.receive(.macros(stage: UInt8(ascii: "M"), [MilterMacro("i", "Q1")])) == .silent)
        #expect(quiet.receive(.abort) == .silent)
        #expect(quiet.receive(.quit) == .close)
    }

    private func message(_ connection: inout MilterConnection, _ commands: [MilterCommand]) -> (MilterMessage, String?)? {
        for command in commands {
            if case let .check(message, queueID) = connection.receive(command) { return (message, queueID) }
        }
        return nil
    }

    @Test func theMessageIsRebuiltAsTheMTAStoresIt() throws {
        var connection = negotiated()
        let (message, queueID) = try #require(message(&connection, [
            .macros(stage: UInt8(ascii: "M"), [MilterMacro("{mail_addr}", "a@b")]),
            .macros(stage: UInt8(ascii: "E"), [MilterMacro("i", "4XyZ1")]),
            .header(name: "Subject", value: Array(" Your refund".utf8)),
            .header(name: "To", value: Array(" Sarah\n\t<sarah@example.com>".utf8)),
            .body(ByteBuffer(string: "Dear Sarah,\r\n")),
            .endOfMessage(ByteBuffer(string: "Bye\r\n")),
        ]))
        #expect(queueID == "4XyZ1")
        #expect(String(decoding: message.bytes, as: UTF8.self)
            == "Subject: Your refund\r\nTo: Sarah\r\n\t<sarah@example.com>\r\n\r\nDear Sarah,\r\nBye\r\n")
        #expect(message.fields.map(\.name) == ["Subject", "To"])
        #expect(!message.isOverLimit)
    }

    @Test func withoutLeadingSpacesTheSpaceAfterTheColonIsPutBack() throws {
        var connection = negotiated(offer: MilterOptions(version: 6, actions: MilterActions(rawValue: 0x1FF), steps: [.noHeaderReply]))
        let (message, queueID) = try #require(message(&connection, [
            .header(name: "Subject", value: Array("Hi".utf8)), .endOfMessage(ByteBuffer()),
        ]))
        #expect(queueID == nil)
        #expect(String(decoding: message.bytes, as: UTF8.self) == "Subject: Hi\r\n\r\n")
    }

    @Test func theQueueIDComesFromTheLatestStageThatHasIt() throws {
        var connection = negotiated()
        _ = connection.receive(.macros(stage: UInt8(ascii: "C"), [MilterMacro("j", "mx.example.org")]))
        _ = connection.receive(.macros(stage: UInt8(ascii: "M"), [MilterMacro("{i}", "EARLY")]))
        _ = connection.receive(.macros(stage: UInt8(ascii: "N"), [MilterMacro("i", "LATE")]))
        #expect(connection.queueID == "LATE")
        _ = connection.receive(.abort)
        // Message macros go with the message; the connection's stay.
        #expect(connection.queueID == nil)
        _ = connection.receive(.macros(stage: UInt8(ascii: "C"), [MilterMacro("i", "CONN")]))
        #expect(connection.queueID == "CONN")
        _ = connection.receive(.quitNewConnection)
        #expect(connection.queueID == nil)
    }

    @Test func aBodyOverTheLimitIsSkippedOnce() throws {
        var connection = negotiated(limit: 100)
        #expect(connection.receive(.header(name: "Subject", value: Array(" Hi".utf8))) == .silent)
        #expect(connection.receive(.body(ByteBuffer(string: String(repeating: "a", count: 50)))) == .reply(.continue))
        #expect(connection.receive(.body(ByteBuffer(string: String(repeating: "b", count: 50)))) == .reply(.skip))
        // An MTA that sends more anyway gets CONTINUE, and none of it is kept.
        #expect(connection.receive(.body(ByteBuffer(string: "c"))) == .reply(.continue))
        let (big, _) = try #require(message(&connection, [.endOfMessage(ByteBuffer())]))
        #expect(big.isOverLimit)
        #expect(big.body.readableBytes == 50)
        // The next message starts afresh.
        let (next, _) = try #require(message(&connection, [.body(ByteBuffer(string: "small")), .endOfMessage(ByteBuffer())]))
        #expect(!next.isOverLimit)
    }

    @Test func withoutSkipTheBodyIsCountedAndDropped() throws {
        var connection = negotiated(limit: 10, offer: MilterOptions(version: 6, actions: MilterActions(rawValue: 0x1FF), steps: [.noHeaderReply]))
        #expect(connection.receive(.body(ByteBuffer(string: String(repeating: "a", count: 50)))) == .reply(.continue))
        let (message, _) = try #require(message(&connection, [.endOfMessage(ByteBuffer())]))
        #expect(message.isOverLimit)
        #expect(message.body.readableBytes == 0)
    }

    @Test func abortAndMailStartANewMessage() throws {
        var connection = negotiated()
        _ = connection.receive(.header(name: "X-Old", value: Array(" 1".utf8)))
        _ = connection.receive(.abort)
        _ = connection.receive(.header(name: "X-Older", value: Array(" 1".utf8)))
        _ = connection.receive(.mail(["<a@b>"]))
        let (message, _) = try #require(message(&connection, [.header(name: "X-New", value: Array(" 2".utf8)), .endOfMessage(ByteBuffer())]))
        #expect(message.fields.map(\.name) == ["X-New"])
        #expect(!connection.isCollecting)
    }

    @Test func anEmptyMessageIsStillChecked() throws {
        var connection = negotiated()
        let (message, _) = try #require(message(&connection, [.endOfMessage(ByteBuffer())]))
        #expect(message.fields.isEmpty)
        #expect(message.bytes == [0x0D, 0x0A])
    }
}
