import ArgumentParser
import Foundation
import ReplyLint
import ReplyLintMCP

struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serves replylint's tools to an AI agent over the Model Context Protocol, on standard input and output.",
        discussion: "Tools: lint_draft, fix_draft, compose_reply, list_templates, list_rules, explain_rule. Rule data and dictionaries load once, when the server starts. Logs go to standard error (REPLYLINT_MCP_LOG=debug for more). The server exits 0 once standard input closes and every request read has been answered; 2 when the template library or the config cannot be used."
    )

    @Option(help: ArgumentHelp("The template library compose_reply and list_templates use.", valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("A config file for every draft, instead of the nearest .replylint.yaml above each draft's name.", valueName: "file"))
    var config: String?

    func validate() throws {
        if let templates, !DraftSource.isFolder(templates) {
            throw ValidationError("--templates \(templates): no such folder")
        }
    }

    func run() throws {
        let tools: ReplyLintTools
        do {
            tools = try ReplyLintTools(templates: templates, configPath: config)
        } catch {
            Terminal.error(error.description)
            throw Terminal.exitCode(Verdict(error))
        }
        // The SDK's server is async; this command's thread waits for it, out of the task pool.
        let done = DispatchSemaphore(value: 0)
        let failure = Failure()
        Task.detached {
            do {
                try await ReplyLintServer.serve(tools, version: ReplyLintTool.version)
            } catch {
                failure.message = "\(error)"
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            Terminal.error("mcp: \(message)")
            throw ExitCode(2)
        }
    }

    private final class Failure: @unchecked Sendable {
        var message: String?
    }
}
