import ArgumentParser
import Foundation
import ReplyLint

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Prints a draft as replylint sees it: headers, parts, language, greeting, lists, links, sign-off, signature and quoted original."
    )

    @Argument(help: "The draft (.eml); standard input when '-' or omitted.")
    var path: String = DraftSource.standardInputPath

    @OptionGroup var options: LintOptions

    @Option(help: "The output's format: text for people, json for programs.")
    var format: DocumentFormat = .text

    func run() throws {
        let source = path == DraftSource.standardInputPath ? DraftSource.standardInput(name: options.stdinFilename) : DraftSource.file(path)
        switch try LintSession(options.sessionOptions()).inspect(source) {
        case let .success(summary):
            print(format == .json ? summary.json : summary.text, terminator: "")
        case let .failure(failure):
            Terminal.error(failure.description)
            try Terminal.exit(Verdict(failure))
        }
    }
}
