import ArgumentParser
import Foundation
import ReplyLint

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lints drafts and reports what to fix before sending.",
        discussion: "Exit codes: 0 no error-level findings; 1 error-level findings (or warnings with --strict); 2 unreadable input or bad configuration; 64 usage error. With --fix, they count the findings left after fixing."
    )

    @Argument(help: "Drafts (.eml files) or folders searched for them; standard input when none or '-'.")
    var paths: [String] = []

    @OptionGroup var options: LintOptions

    @Option(help: "The report's format: text for people, json for programs.")
    var format: OutputFormat = .text

    @Flag(help: "Count warnings as errors for the exit code.")
    var strict = false

    @Flag(help: "Apply the safe fixes (capitals, '!!', stacked prefixes, repeated words, doubled spaces). With one draft, the corrected draft goes to standard output and the findings left to standard error.")
    var fix = false

    @Flag(name: .customLong("in-place"), help: "With --fix, rewrite each draft that changed, atomically, instead of printing it.")
    var inPlace = false

    func validate() throws {
        do {
            _ = try Configuration().enabling(options.enabled, disabling: options.disabled)
        } catch {
            throw ValidationError(error.message)
        }
        if inPlace, !fix { throw ValidationError("--in-place only goes with --fix.") }
        if inPlace, paths.isEmpty || paths.contains(DraftInput.standardInput) {
            throw ValidationError("--in-place needs files to rewrite, not standard input.")
        }
        if fix, !inPlace {
            var isDirectory: ObjCBool = false
            let isFolder = paths.count == 1 && FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory)
                && isDirectory.boolValue
            if paths.count > 1 || isFolder {
                throw ValidationError("--fix prints one corrected draft; give one file, or add --in-place to fix several.")
            }
        }
    }

    func run() throws {
        let (inputs, missing) = DraftInput.collect(paths)
        let pool = try LinterPool(options: options, drafts: inputs.count)
        let inPlace = self.inPlace
        let outcomes = fix
            ? Terminal.checkInParallel(inputs, pool: pool) { FixRun.fix($0, pool: $1, inPlace: inPlace) }
            : Terminal.checkInParallel(inputs, pool: pool)
        var reports: [FileReport] = []
        var fixedDraft: [UInt8]?
        var failed = !missing.isEmpty
        for path in missing { Terminal.error("\(path): no such file or folder") }
        for outcome in outcomes {
            switch outcome {
            case let .success(report): reports.append(report)
            case let .fixed(result):
                reports.append(result.report)
                fixedDraft = result.bytes
            case let .failure(message):
                Terminal.error(message)
                failed = true
            }
        }
        // The corrected draft alone on standard output; the report beside it on standard error.
        let toStdout = !(fix && !inPlace)
        if let fixedDraft, !toStdout { FileHandle.standardOutput.write(Data(fixedDraft)) }
        let write = { (text: String) in
            (toStdout ? FileHandle.standardOutput : FileHandle.standardError).write(Data(text.utf8))
        }
        switch format {
        case .json:
            write(JSONReport.render(reports) + "\n")
        case .text:
            let color = toStdout ? Terminal.colorOutput : Terminal.colorErrors
            for report in reports where !report.diagnostics.isEmpty {
                write(TextReport.render(report, color: color))
            }
            if fix, !reports.isEmpty { write(TextReport.fixSummary(reports) + "\n") }
            if (fix && !reports.isEmpty) || reports.count > 1 || reports.contains(where: { !$0.diagnostics.isEmpty }) {
                write(TextReport.summary(reports) + "\n")
            }
        }
        if failed { throw ExitCode(2) }
        let summary = JSONReport.Summary(reports)
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitCode(1) }
    }
}
