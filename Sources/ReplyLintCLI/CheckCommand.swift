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

    @Option(help: ReportFormat.help)
    var format: ReportFormat = .text

    @Flag(help: "Count warnings as errors for the exit code.")
    var strict = false

    @Flag(help: "Apply the safe fixes (capitals, '!!', stacked prefixes, repeated words, doubled spaces). With one draft, the corrected draft goes to standard output and the findings left to standard error.")
    var fix = false

    @Flag(name: .customLong("in-place"), help: "With --fix, rewrite each draft that changed, atomically, instead of printing it.")
    var inPlace = false

    func validate() throws {
        if inPlace, !fix { throw ValidationError("--in-place only goes with --fix.") }
        if inPlace, paths.isEmpty || paths.contains(DraftSource.standardInputPath) {
            throw ValidationError("--in-place needs files to rewrite, not standard input.")
        }
        if fix, !inPlace, paths.count > 1 || (paths.count == 1 && DraftSource.isFolder(paths[0])) {
            throw ValidationError("--fix prints one corrected draft; give one file, or add --in-place to fix several.")
        }
    }

    func run() throws {
        let (sources, missing) = DraftSource.collect(paths, standardInputName: options.stdinFilename)
        let session = try LintSession(options.sessionOptions(strict: strict))
        // With --fix on one draft, the corrected draft alone goes to standard output and the
        // report beside it to standard error.
        let toStdout = !(fix && !inPlace)
        let reporter = format.reporter(for: .drafts, color: toStdout ? Terminal.colorOutput : Terminal.colorErrors)
        let output = BufferedOutput(toStdout ? FileHandle.standardOutput : FileHandle.standardError,
                                    isTerminal: isatty(toStdout ? STDOUT_FILENO : STDERR_FILENO) == 1)
        let writer = ReportWriter(reporter, write: output.write)
        let notFound = missing.map { LintFailure(.unreadableInput, $0, "no such file or folder") }
        for failure in notFound {
            Terminal.error(failure.description)
            writer.add(reporter.render(failure: failure))
        }
        let result = session.run(sources, fix ? .fix(inPlace: inPlace) : .check,
                                 render: { outcome in outcome.report.map(reporter.render) ?? outcome.failure.map(reporter.render(failure:)) ?? "" },
                                 progress: Terminal.progress(files: sources.count)) { outcome, rendered in
            if let failure = outcome.failure { Terminal.error(failure.description) }
            if !toStdout, case let .fixed(fixed) = outcome { FileHandle.standardOutput.write(Data(fixed.bytes)) }
            writer.add(rendered)
        }
        var summary = result.summary
        summary.unchecked = notFound + summary.unchecked
        writer.finish(summary)
        output.flush()
        try Terminal.exit(Verdict(summary.counts, failures: summary.unchecked, strict: strict))
    }
}
