import ArgumentParser
import ReplyLint

@main
struct ReplyLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replylint",
        abstract: "Checks customer-service email replies before they are sent, and composes them from canned templates.",
        discussion: """
        replylint reads a draft as an RFC 5322 message (.eml), finds its parts (subject, greeting, \
        new text, steps, links, sign-off, signature, quoted original) and checks them against \
        customer-service writing guidelines in English, Greek, Romanian, Estonian and Indonesian.

        Exit codes: 0 no error-level findings; 1 error-level findings (or warnings with --strict); \
        2 unreadable input or bad configuration; 64 usage error.
        """,
        version: ReplyLintTool.version,
        subcommands: [CheckCommand.self, ShowCommand.self, RulesCommand.self, ExplainCommand.self,
                      ComposeCommand.self, TemplatesCommand.self, MCPCommand.self, FilterCommand.self,
                      MilterServerCommand.self],
        defaultSubcommand: CheckCommand.self
    )
}
