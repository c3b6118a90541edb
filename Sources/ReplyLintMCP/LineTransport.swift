import Foundation
import Logging
import MCP

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// MCP's stdio transport (one JSON-RPC message per line on standard input and output), read
/// by a thread of its own that blocks in read(2). The SDK's `StdioTransport` polls a
/// non-blocking descriptor and sleeps 10 ms whenever nothing is there, so an agent that waits
/// for each answer before asking again would wait up to 10 ms a call for no reason.
/// Every request in and answer out goes through `ledger`, which tells when standard input has
/// closed and everything it asked has been answered.
actor LineTransport: Transport {
    nonisolated let logger: Logger
    nonisolated let ledger = RequestLedger()
    private let input: Int32
    private let output: Int32
    private let stream: AsyncThrowingStream<Data, Swift.Error>
    private let continuation: AsyncThrowingStream<Data, Swift.Error>.Continuation
    private var connected = false

    init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, logger: Logger) {
        (self.input, self.output, self.logger) = (input, output, logger)
        (stream, continuation) = AsyncThrowingStream.makeStream()
    }

    func connect() async throws {
        guard !connected else { return }
        connected = true
        let (input, continuation, ledger, logger) = (self.input, self.continuation, self.ledger, self.logger)
        let reader = Thread {
            Self.readLines(input) { line in
                ledger.received(line)
                continuation.yield(line)
            }
            logger.debug("standard input closed")
            ledger.closeInput()
            continuation.finish()
        }
        reader.name = "replylint-mcp-stdin"
        reader.start()
    }

    func disconnect() async {
        connected = false
        continuation.finish()
    }

    func send(_ data: Data) async throws {
        var line = data
        line.append(0x0A)
        let written = line.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(output, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        guard written else {
            // The client is gone: nothing more can be delivered, so nothing is owed.
            ledger.abandon()
            throw MCPError.transportError(POSIXError(.EPIPE))
        }
        ledger.sent(data)
    }

    func receive() -> AsyncThrowingStream<Data, Swift.Error> { stream }

    /// Reads `descriptor` to its end, handing over each non-empty line without its line break
    /// (and a last line that has none). A long line is searched for its end only once.
    static func readLines(_ descriptor: Int32, _ deliver: (Data) -> Void) {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            var searchFrom = pending.count
            pending.append(contentsOf: chunk[..<count])
            var lineStart = 0
            while let newline = pending[searchFrom...].firstIndex(of: 0x0A) {
                if newline > lineStart { deliver(Data(pending[lineStart..<newline])) }
                lineStart = newline + 1
                searchFrom = lineStart
            }
            pending.removeFirst(lineStart)
        }
        if !pending.isEmpty { deliver(Data(pending)) }
    }
}
