import ArgumentParser
import Foundation
import ReplyLint

struct TemplatesConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Writes the macros of a help desk's export as template files, so the library can live in a repository.",
        discussion: """
        Each macro becomes <id>.<locale>.mustache (the id is its title in lower case with dashes; one file per \
        language of its dynamic content), with front matter declaring the variables its placeholders map onto \
        and the fallbacks of their `default` filters. A macro that uses what the template format cannot say \
        (`case`, `for`, filters other than `default`) is not written; each is named on standard error.

        Exit codes: 0 every macro converted; 1 some were not; 2 the export cannot be read or the folder written; 64 usage error.
        """
    )

    @Argument(help: "The help desk's export file.")
    var export: String

    @Option(help: ArgumentHelp("The folder to write the templates into (made when missing).", valueName: "dir"))
    var out: String

    @OptionGroup var desk: DeskOptions

    func run() throws {
        let result: DeskConverter.Result
        do {
            result = try DeskConverter().convert(desk.input(export), to: out)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        for path in result.written { print("wrote \(path)") }
        for refusal in result.refused { Terminal.error(refusal) }
        if !result.refused.isEmpty { throw ExitCode(1) }
    }
}
