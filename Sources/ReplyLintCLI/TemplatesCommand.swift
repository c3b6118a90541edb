import ArgumentParser

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Checks, lists and converts libraries of canned-reply templates.",
        discussion: "A template library is a folder of <id>.<locale>.mustache files with a partials/ folder beside them; docs/templates.md describes the format.",
        subcommands: [TemplatesCheckCommand.self, TemplatesListCommand.self, TemplatesConvertCommand.self]
    )
}
