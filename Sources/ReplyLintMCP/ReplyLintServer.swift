import Foundation
import Logging
import MCP
import ReplyLint

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `replylint mcp`: the tools served over stdio with the MCP SDK's `Server`. Standard output
/// carries only protocol messages; logs go to standard error. When standard input closes,
/// every request already read is still answered, then `serve` returns.
public enum ReplyLintServer {
    /// Serves `tools` until the client closes standard input and every answer is out.
    public static func serve(_ tools: ReplyLintTools, version: String) async throws {
        // A client that goes away must not kill the server mid-write; the write fails instead.
        signal(SIGPIPE, SIG_IGN)
        let transport = LineTransport(logger: logger)
        let server = Server(name: "replylint", version: version, title: "replylint",
                            instructions: "Lint customer-service email replies before sending them (lint_draft, fix_draft), and compose them from the team's templates (list_templates, compose_reply). Findings with severity error block sending.",
                            capabilities: .init(tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: tools.definitions) }
        await server.withMethodHandler(CallTool.self) { parameters in
            tools.call(parameters.name, parameters.arguments)
        }
        try await server.start(transport: transport)
        logger.notice("replylint mcp: serving \(tools.definitions.count) tools on standard input and output")
        await server.waitUntilCompleted()
        await transport.ledger.everythingAnswered()
        await server.stop()
    }

    /// Standard error, at `REPLYLINT_MCP_LOG` (trace, debug, info, notice, warning, error), else notice.
    static let logger: Logger = {
        var logger = Logger(label: "replylint.mcp") { StreamLogHandler.standardError(label: $0) }
        let level = ProcessInfo.processInfo.environment["REPLYLINT_MCP_LOG"].flatMap { Logger.Level(rawValue: $0.lowercased()) }
        logger.logLevel = level ?? .notice
        return logger
    }()
}
