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
        let (inPlace, format) = (self.inPlace, self.format)
        // With --fix on one draft, the corrected draft alone goes to standard output and the
        // report beside it to standard error.
        let toStdout = !(fix && !inPlace)
        let color = toStdout ? Terminal.colorOutput : Terminal.colorErrors
        let output = BufferedOutput(toStdout ? FileHandle.standardOutput : FileHandle.standardError,
                                    isTerminal: isatty(toStdout ? STDOUT_FILENO : STDERR_FILENO) == 1)
        let write = output.write
        var failed = !missing.isEmpty
        for path in missing { Terminal.error("\(path): no such file or folder") }
        var summary = JSONReport.Summary()
        var (fixedFindings, fixedFiles) = (0, 0)
        let work: @Sendable (DraftInput, LinterPool) -> Terminal.Outcome
        if fix {
            work = { input, pool in FixRun.fix(input, pool: pool, inPlace: inPlace) }
        } else {
            work = { input, pool in Terminal.check(input, pool: pool) }
        }
        // Each report is rendered on its worker and written as soon as those before it are.
        Terminal.checkInParallel(inputs, pool: pool, work: work, render: { outcome in
            guard let report = outcome.report else { return "" }
            switch format {
            case .json: return JSONReport.part(report)
            case .text: return report.diagnostics.isEmpty ? "" : TextReport.render(report, color: color)
            }
        }) { outcome, rendered in
            guard let report = outcome.report else {
                if case let .failure(message) = outcome { Terminal.error(message) }
                failed = true
                return
            }
            if case let .fixed(result) = outcome {
                if !toStdout { FileHandle.standardOutput.write(Data(result.bytes)) }
                fixedFindings += result.report.fixed?.count ?? 0
                if !(result.report.fixed ?? []).isEmpty { fixedFiles += 1 }
            }
            if format == .json { write(summary.files == 0 ? JSONReport.opening : JSONReport.separator) }
            write(rendered)
            summary.add(report)
        }
        switch format {
        case .json:
            write((summary.files == 0 ? JSONReport.render([]) : JSONReport.closing(summary)) + "\n")
        case .text:
            if fix, summary.files > 0 { write(TextReport.fixSummary(fixed: fixedFindings, files: fixedFiles) + "\n") }
            let findings = summary.errors + summary.warnings + summary.infos
            if (fix && summary.files > 0) || summary.files > 1 || findings > 0 {
                write(TextReport.summary(summary) + "\n")
            }
        }
        output.flush()
        if failed { throw ExitCode(2) }
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitCode(1) }
    }
}

/// Report text gathered into large writes (a terminal gets each piece at once).
final class BufferedOutput {
    private let handle: FileHandle
    private let isTerminal: Bool
    private var buffer: [UInt8] = []

    init(_ handle: FileHandle, isTerminal: Bool) {
        self.handle = handle
        self.isTerminal = isTerminal
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if isTerminal || buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

extension Terminal.Outcome {
    /// The findings, for a checked or fixed draft.
    var report: FileReport? {
        switch self {
        case let .success(report): report
        case let .fixed(result): result.report
        case .failure: nil
        }
    }
}
