import ArgumentParser

@main
struct ReplyLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replylint",
        abstract: "Checks customer-service email replies before they are sent."
    )
}
