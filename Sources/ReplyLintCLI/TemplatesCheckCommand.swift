import ArgumentParser
import Foundation
import ReplyLint

struct TemplatesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks every template in a library: format, variables, partials, examples and the drafts they make.",
        discussion: """
        Each finding is printed as path:line:col: severity: message [template.<check>]. The checks:
        \(TemplateCheck.allCases.map { "  \($0.rule) (\($0.severity.rawValue)): \($0.summary)" }.joined(separator: "\n"))

        Exit codes: 0 no error-level findings; 1 error-level findings; 2 the folder cannot be read; 64 usage error.
        """
    )

    @Argument(help: "The template library's folder.")
    var directory: String

    @Option(help: ReportFormat.help)
    var format: ReportFormat = .text

    func run() throws {
        guard let reports = TemplateChecker().check(directory: directory) else {
            let failure = LintFailure(.unreadableInput, directory, "cannot read the folder")
            Terminal.error(failure.description)
            throw Terminal.exitCode(Verdict(failure))
        }
        let reporter = format.reporter(for: .templates, color: Terminal.colorOutput)
        let summary = ReportSummary(.templates, reports)
        let writer = ReportWriter(reporter) { FileHandle.standardOutput.write(Data($0.utf8)) }
        for report in reports { writer.add(reporter.render(report)) }
        writer.finish(summary)
        try Terminal.exit(Verdict(summary.counts, strict: false))
    }
}
