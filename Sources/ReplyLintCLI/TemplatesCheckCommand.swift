import ArgumentParser
import Foundation
import ReplyLint

struct TemplatesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks every template in a library, or every macro of a help desk's export: syntax, placeholders, fallbacks, and the drafts they make.",
        discussion: """
        The library is a template folder (docs/templates.md) or a help desk's JSON export (\(DeskSource.allCases.map(\.name).joined(separator: ", "))), \
        recognised from its shape or named with --source. Each finding is printed as path:line:col: severity: message [template.<check>], \
        placed in the export file for a desk. The checks:
        \(TemplateCheck.allCases.map { "  \($0.rule) (\($0.severity.rawValue)): \($0.summary)" }.joined(separator: "\n"))

        Exit codes: 0 no error-level findings; 1 error-level findings; 2 the folder or export cannot be read; 64 usage error.
        """
    )

    @Argument(help: "The template library's folder, or a help desk's export file.")
    var directory: String

    @Option(help: ReportFormat.help)
    var format: ReportFormat = .text

    @OptionGroup var desk: DeskOptions

    func run() throws {
        let reporter = format.reporter(for: .templates, color: Terminal.colorOutput)
        let writer = ReportWriter(reporter) { FileHandle.standardOutput.write(Data($0.utf8)) }
        var summary = ReportSummary(.templates)
        if desk.source != nil || DeskOptions.isExport(directory) || DeskSource.isMacroFolder(directory) {
            do {
                let reports = try DeskChecker().check(desk.input(directory))
                for report in reports { summary.add(report); writer.add(reporter.render(report)) }
            } catch {
                Terminal.error(error.description)
                // A machine report still says why nothing was checked; the text one has said it.
                if format != .text { Self.unchecked(LintFailure(.unreadableInput, error.path, Self.reason(error)), reporter, writer, &summary) }
                throw ExitCode(2)
            }
        } else {
            guard let reports = TemplateChecker().check(directory: directory) else {
                let failure = LintFailure(.unreadableInput, directory, "cannot read the folder")
                Terminal.error(failure.description)
                if format != .text { Self.unchecked(failure, reporter, writer, &summary) }
                throw Terminal.exitCode(Verdict(failure))
            }
            for report in reports { summary.add(report); writer.add(reporter.render(report)) }
        }
        writer.finish(summary)
        try Terminal.exit(Verdict(summary.counts, strict: false))
    }

    private static func unchecked(_ failure: LintFailure, _ reporter: any Reporter, _ writer: ReportWriter, _ summary: inout ReportSummary) {
        summary.add(failure)
        writer.add(reporter.render(failure: failure))
        writer.finish(summary)
    }

    /// The error's words with its place in the export but not the export's name, which the
    /// report gives as the path.
    private static func reason(_ error: DeskExportError) -> String {
        guard let line = error.line else { return error.message }
        return "line \(line)" + (error.column.map { ", column \($0)" } ?? "") + ": " + error.message
    }
}
