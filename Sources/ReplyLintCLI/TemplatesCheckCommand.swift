import ArgumentParser
import Foundation
import ReplyLint

struct TemplatesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks every template in a library: format, variables, partials, examples and the drafts they make.",
        discussion: """
        Each finding is printed as path:line:col: severity: message [template.<check>]. The checks are \
        template.front-matter, template.syntax, template.undeclared, template.unused, \
        template.partial-missing, template.unguarded, template.example, template.lint, \
        template.personalisation and template.locale-missing.

        Exit codes: 0 no error-level findings; 1 error-level findings; 2 the folder cannot be read; 64 usage error.
        """
    )

    @Argument(help: "The template library's folder.")
    var directory: String

    @Option(help: "The report's format: text for people, json for programs.")
    var format: OutputFormat = .text

    func run() throws {
        guard let report = TemplateChecker().check(directory: directory) else {
            Terminal.error("\(directory): cannot read the folder")
            throw ExitCode(2)
        }
        print(format == .json ? report.json : report.text, terminator: "")
        if report.summary.errors > 0 { throw ExitCode(1) }
    }
}
