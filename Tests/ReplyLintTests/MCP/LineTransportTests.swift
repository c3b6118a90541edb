import Foundation
import MCP
import Testing
@testable import ReplyLintMCP

/// The stdio transport's framing, and the ledger that keeps the server alive until every
/// request read before standard input closed has been answered.
@Suite struct LineTransportTests {
    private func lines(of bytes: [UInt8]) throws -> [String] {
        let pipe = Pipe()
        let writer = Thread {
            // Small writes, so lines arrive split across reads.
            for start in stride(from: 0, to: bytes.count, by: 7) {
                pipe.fileHandleForWriting.write(Data(bytes[start..<min(start + 7, bytes.count)]))
            }
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        var lines: [String] = []
        LineTransport.readLines(pipe.fileHandleForReading.fileDescriptor) { lines.append(String(decoding: $0, as: UTF8.self)) }
        return lines
    }

    @Test func eachLineIsOneMessageWhateverTheReadsSplit() throws {
        let long = String(repeating: "x", count: 200_000)
        #expect(try lines(of: Array("{\"a\":1}\n\n{\"b\":\"\(long)\"}\n{\"c\":3}".utf8)) == ["{\"a\":1}", "{\"b\":\"\(long)\"}", "{\"c\":3}"])
        #expect(try lines(of: Array("\n\n".utf8)).isEmpty)
    }

    private func data(_ json: String) -> Data { Data(json.utf8) }

    @Test func requestsAreOwedUntilAnswered() {
        let ledger = RequestLedger()
        ledger.received(data(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{}}"#))
        ledger.received(data(#"{"jsonrpc":"2.0","id":"two","method":"ping"}"#))
        ledger.received(data(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#))
        ledger.received(data(#"[{"jsonrpc":"2.0","id":3,"method":"ping"},{"jsonrpc":"2.0","id":4,"method":"ping"}]"#))
        #expect(ledger.unansweredCount == 4)
        ledger.sent(data(#"{"id":1,"jsonrpc":"2.0","result":{}}"#))
        ledger.sent(data(#"{"jsonrpc":"2.0","method":"notifications/message","params":{}}"#))
        ledger.sent(data(#"[{"id":3,"jsonrpc":"2.0","result":{}},{"error":{"code":-1,"message":"x"},"id":4,"jsonrpc":"2.0"}]"#))
        #expect(ledger.unansweredCount == 1)
        ledger.received(data(#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":"two"}}"#))
        #expect(ledger.unansweredCount == 0)
    }

    @Test func theEndWaitsForEveryAnswer() async {
        let ledger = RequestLedger()
        ledger.received(data(#"{"jsonrpc":"2.0","id":7,"method":"tools/call"}"#))
        ledger.closeInput()
        let finished = Task { await ledger.everythingAnswered(); return ledger.unansweredCount }
        ledger.sent(data(#"{"id":7,"jsonrpc":"2.0","result":{}}"#))
        #expect(await finished.value == 0)
    }

    @Test func aClientThatIsGoneIsOwedNothing() async {
        let ledger = RequestLedger()
        ledger.received(data(#"{"jsonrpc":"2.0","id":7,"method":"tools/call"}"#))
        ledger.abandon()
        await ledger.everythingAnswered()
        #expect(ledger.unansweredCount == 0)
    }
}
