import ArgumentParser
import Foundation
import ReplyLint

struct TemplatesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Lists the templates in a library: each id with its locales and variables.",
        discussion: "Files that do not load are named on standard error. Exit codes: 0 every file loaded; 1 some did not (`templates check` says why); 2 the folder cannot be read; 64 usage error."
    )

    @Argument(help: "The template library's folder.")
    var directory: String

    @Option(help: "The listing's format: text for people, json for programs.")
    var format: DocumentFormat = .text

    func run() throws {
        guard let listing = TemplateListing(directory: directory) else {
            Terminal.error("\(directory): cannot read the folder")
            throw ExitCode(2)
        }
        print(format == .json ? listing.json : listing.text, terminator: "")
        for problem in listing.problems { Terminal.error(problem) }
        if !listing.problems.isEmpty { throw ExitCode(1) }
    }
}
