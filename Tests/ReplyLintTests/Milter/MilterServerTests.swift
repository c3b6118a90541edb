import Foundation
import NIOCore
import ReplyLint
import Testing
@testable import ReplyLintMilter

/// The server on real loopback sockets: connections that fail alone, many at once, and a
/// shutdown that answers the message in flight.
@Suite struct MilterServerTests {
    typealias F = MilterFrames

    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    private func withServer(_ policy: MailPolicy = MailPolicy(), maximumFrameLength: Int = MilterCodec.maximumFrameLength,
                            _ body: (MilterServer, Int, Lines) throws -> Void) throws {
        let lines = Lines()
        let checker = MilterChecker(gate: MailGate(session: try LintSession(SessionOptions()), policy: policy))
        let server = try MilterServer.start(.inet(host: "127.0.0.1", port: 0), checker: checker,
                                            log: MilterLog(collect: { lines.add($0) }), maximumFrameLength: maximumFrameLength)
        guard case let .inet(_, port) = server.endpoint else { throw POSIXError(.EINVAL) }
        defer { server.shutdown(timeout: .seconds(5)) }
        try body(server, port, lines)
    }

    static var goodDraft: [UInt8] { get throws { try MilterCheckerTests.draft("en-refund-good.eml") } }

    /// One message as Postfix sends it (headers without replies, body, end of message).
    static func messageFrames(_ draft: [UInt8], queueID: String) -> [UInt8] {
        let text = String(decoding: draft, as: UTF8.self)
        let parts = text.components(separatedBy: "\n\n")
        var frames = F.frame("D", [UInt8(ascii: "E")] + F.strings("i", queueID))
        for line in parts[0].split(separator: "\n") {
            let colon = line.firstIndex(of: ":")!
            frames += F.frame("L", F.strings(String(line[..<colon]), String(line[line.index(after: colon)...])))
        }
        frames += F.frame("B", Array(parts.dropFirst().joined(separator: "\n\n").replacingOccurrences(of: "\n", with: "\r\n").utf8))
        return frames + F.frame("E")
    }

    private func negotiate(_ client: MilterTestClient) throws {
        client.send(F.postfixOffer)
        let answer = try #require(client.receive())
        #expect(answer.code == "O")
    }

    private func status(in responses: [(code: Character, data: [UInt8])]) -> String? {
        for response in responses where response.code == "i" {
            let fields = response.data.dropFirst(4).split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            if fields.first == "X-ReplyLint-Status" { return fields[1] }
        }
        return nil
    }

    @Test func aMalformedFrameClosesOnlyItsConnection() throws {
        try withServer { _, port, lines in
            let bad = try MilterTestClient(port: port), good = try MilterTestClient(port: port)
            try negotiate(bad)
            try negotiate(good)
            bad.send(F.frame("Z"))
            #expect(bad.isClosedByPeer)
            good.send(Self.messageFrames(try Self.goodDraft, queueID: "GOOD1"))
            let responses = good.receiveEndOfMessage()
            #expect(responses.last?.code == "a")
            #expect(status(in: responses)?.hasPrefix(" pass") == true)
            #expect(lines.all.contains { $0.contains("closed: unknown command 'Z' (0x5A)") })
            #expect(lines.all.contains { $0.hasPrefix("queue=GOOD1 verdict=pass ") })
        }
    }

    @Test func aFrameOverTheLimitOrWithAWrongLengthClosesOnlyItsConnection() throws {
        try withServer(maximumFrameLength: 4096) { _, port, lines in
            let big = try MilterTestClient(port: port), short = try MilterTestClient(port: port), good = try MilterTestClient(port: port)
            try negotiate(big)
            try negotiate(short)
            try negotiate(good)
            big.send(F.frame("B", Array(repeating: 0x41, count: 10_000)))
            #expect(big.isClosedByPeer)
            // A HEADER whose length ends inside its value.
            short.send(F.frame("L", Array("Subject\0 Hi".utf8)))
            #expect(short.isClosedByPeer)
            good.send(Self.messageFrames(try Self.goodDraft, queueID: "GOOD2"))
            #expect(good.receiveEndOfMessage().last?.code == "a")
            #expect(lines.all.contains { $0.contains("closed: frame over the limit of 4096 bytes") })
            #expect(lines.all.contains { $0.contains("closed: HEADER frame ends before its value of header Subject (no NUL)") })
        }
    }

    @Test func manyConnectionsAtOnceEachGetTheirOwnVerdicts() throws {
        let good = try Self.goodDraft
        let placeholder = try MilterCheckerTests.placeholderDraft
        try withServer { _, port, lines in
            let connections = 40, messages = 3
            let failures = Lines()
            DispatchQueue.concurrentPerform(iterations: connections) { index in
                do {
                    let client = try MilterTestClient(port: port)
                    client.send(F.postfixOffer)
                    guard client.receive()?.code == "O" else { return failures.add("\(index): no negotiation") }
                    for number in 0..<messages {
                        let fails = (index + number) % 2 == 1
                        client.send(Self.messageFrames(fails ? placeholder : good, queueID: "C\(index)M\(number)"))
                        let responses = client.receiveEndOfMessage()
                        let status = self.status(in: responses) ?? "none"
                        if responses.last?.code != "a" || !status.hasPrefix(fails ? " fail" : " pass") {
                            failures.add("\(index)/\(number): \(status)")
                        }
                    }
                    client.send(F.frame("Q"))
                } catch {
                    failures.add("\(index): \(error)")
                }
            }
            #expect(failures.all.isEmpty)
            #expect(lines.all.filter { $0.hasPrefix("queue=C") }.count == connections * messages)
        }
    }

    @Test func listensOnAUnixSocketReplacingAStaleOne() throws {
        let path = "/tmp/replylint-milter-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
        // A socket file left by a run that was killed: bound, never unlinked.
        let stale = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        _ = MilterTestClient.withUnixAddress(path) { bind(stale, $0, $1) }
        close(stale)
        #expect(FileManager.default.fileExists(atPath: path))
        let lines = Lines()
        let checker = MilterChecker(gate: MailGate(session: try LintSession(SessionOptions()), policy: MailPolicy()))
        let server = try MilterServer.start(.unix(path: path), checker: checker, log: MilterLog(collect: { lines.add($0) }))
        defer {
            server.shutdown(timeout: .seconds(5))
            unlink(path)
        }
        #expect(server.endpoint == .unix(path: path))
        let client = try MilterTestClient(unixPath: path)
        try negotiate(client)
        client.send(Self.messageFrames(try Self.goodDraft, queueID: "UNIX1"))
        #expect(status(in: client.receiveEndOfMessage())?.hasPrefix(" pass") == true)
        #expect(lines.all.contains { $0.hasPrefix("queue=UNIX1 verdict=pass") })
    }

    @Test func shutdownAnswersTheMessageInFlightThenCloses() throws {
        let lines = Lines()
        let checker = MilterChecker(gate: MailGate(session: try LintSession(SessionOptions()), policy: MailPolicy()))
        let server = try MilterServer.start(.inet(host: "127.0.0.1", port: 0), checker: checker, log: MilterLog(collect: { lines.add($0) }))
        guard case let .inet(_, port) = server.endpoint else { return }
        let busy = try MilterTestClient(port: port), idle = try MilterTestClient(port: port)
        try negotiate(busy)
        try negotiate(idle)
        var frames = Self.messageFrames(try Self.goodDraft, queueID: "LAST")
        frames.removeLast(5)  // everything but the end of message
        busy.send(frames)
        let stopped = DispatchSemaphore(value: 0)
        Thread { server.shutdown(timeout: .seconds(20)); stopped.signal() }.start()
        // The idle connection is closed at once, and no new one is taken.
        #expect(idle.isClosedByPeer)
        #expect(throws: (any Error).self) { try MilterTestClient(port: port) }
        busy.send(F.frame("E"))
        let responses = busy.receiveEndOfMessage()
        #expect(responses.last?.code == "a")
        #expect(status(in: responses)?.hasPrefix(" pass") == true)
        #expect(busy.isClosedByPeer)
        #expect(stopped.wait(timeout: .now() + 20) == .success)
        #expect(lines.all.contains { $0.hasPrefix("queue=LAST verdict=pass") })
    }
}
