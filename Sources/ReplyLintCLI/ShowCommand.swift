import ArgumentParser
import Foundation
import ReplyLint

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Prints a draft as replylint sees it: headers, parts, language, greeting, lists, links, sign-off, signature and quoted original."
    )

    @Argument(help: "The draft (.eml); standard input when '-' or omitted.")
    var path: String = DraftInput.standardInput

    @OptionGroup var options: LintOptions

    @Option(help: "The output's format: text for people, json for programs.")
    var format: OutputFormat = .text

    func run() throws {
        let (inputs, missing) = DraftInput.collect([path])
        guard missing.isEmpty, let input = inputs.first, inputs.count == 1 else {
            Terminal.error("\(path): cannot read the file")
            throw ExitCode(2)
        }
        let bytes: [UInt8]
        switch input.read() {
        case let .success(read): bytes = read
        case let .failure(failure):
            Terminal.error(DraftInput.describe(failure, shown: path))
            throw ExitCode(2)
        }
        let linter: Linter
        switch try LinterPool(options: options).linter(for: input.directory) {
        case let .success(found): linter = found
        case let .failure(error):
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        do {
            let summary = try linter.inspect(bytes)
            print(format == .json ? summary.json : summary.text, terminator: "")
        } catch {
            Terminal.error("\(path): \(error)")
            throw ExitCode(2)
        }
    }
}
