import ArgumentParser
import Foundation
import ReplyLint

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lints drafts and reports what to fix before sending.",
        discussion: "Exit codes: 0 no error-level findings; 1 error-level findings (or warnings with --strict); 2 unreadable input or bad configuration; 64 usage error."
    )

    @Argument(help: "Drafts (.eml files) or folders searched for them; standard input when none or '-'.")
    var paths: [String] = []

    @OptionGroup var options: LintOptions

    @Option(help: "The report's format: text for people, json for programs.")
    var format: OutputFormat = .text

    @Flag(help: "Count warnings as errors for the exit code.")
    var strict = false

    func validate() throws {
        do {
            _ = try Configuration().enabling(options.enabled, disabling: options.disabled)
        } catch {
            throw ValidationError(error.message)
        }
    }

    func run() throws {
        let (inputs, missing) = DraftInput.collect(paths)
        let pool = try LinterPool(options: options)
        let outcomes = Terminal.checkInParallel(inputs, pool: pool)
        var reports: [FileReport] = []
        var failed = !missing.isEmpty
        for path in missing { Terminal.error("\(path): no such file or folder") }
        for outcome in outcomes {
            switch outcome {
            case let .success(report): reports.append(report)
            case let .failure(message):
                Terminal.error(message)
                failed = true
            }
        }
        switch format {
        case .json:
            print(JSONReport.render(reports))
        case .text:
            let color = Terminal.colorOutput
            for report in reports where !report.diagnostics.isEmpty {
                FileHandle.standardOutput.write(Data(TextReport.render(report, color: color).utf8))
            }
            if reports.count > 1 || reports.contains(where: { !$0.diagnostics.isEmpty }) {
                print(TextReport.summary(reports))
            }
        }
        if failed { throw ExitCode(2) }
        let summary = JSONReport.Summary(reports)
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitCode(1) }
    }
}
