import ArgumentParser
import Foundation
import ReplyLint

/// `replylint filter`: a pipe filter for the mail path (Postfix's pipe(8), a content filter).
/// It reads the whole message before anything else, asks `MailGate`, and either passes the
/// stamped message on or refuses it with a sysexits code and an enhanced status line.
struct FilterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filter",
        abstract: "Checks one mail message on standard input and passes it on with replylint's verdict in two header fields.",
        usage: "replylint filter [<options>] [-- <command> [<arguments> ...]]",
        discussion: """
        The message is written to standard output, or, when a command follows --, to that \
        command's standard input (for re-injection: -- /usr/sbin/sendmail -G -i -f ${sender} -- \
        ${recipient}). Two fields are added at the top: X-ReplyLint-Status (pass or fail with \
        the counts of errors, warnings and infos, or error with the reason the message could \
        not be checked) and X-ReplyLint-Report (the rules that found something). Every \
        X-ReplyLint-* field already in the message is removed, so that a sender cannot forge a \
        verdict. Every other byte is passed on unchanged, line endings included.

        By default the filter fails open: a message that cannot be parsed, is over --max-size \
        or meets an internal error is passed on with X-ReplyLint-Status: error. The message is \
        checked in a child process, so that even a crash in the check, or a check that takes \
        longer than --timeout, is such an internal error and cannot lose the message.

        Exit codes, as Postfix's pipe(8) reads them: 0 the message was passed on; 69 \
        (EX_UNAVAILABLE) it was rejected, with a line starting 5.7.1 on standard error, and \
        Postfix bounces it; 75 (EX_TEMPFAIL) it was deferred (--on-error tempfail), or it could \
        not be read or passed on (the command failed), with a line starting 4.x.x on standard \
        error, and Postfix tries again later; 64 a usage error.
        """
    )

    enum FindingsAnswer: String, ExpressibleByArgument, CaseIterable {
        case accept, reject
    }

    enum ErrorAnswer: String, ExpressibleByArgument, CaseIterable {
        case accept, tempfail, reject
    }

    @OptionGroup var shared: RunOptions

    @Option(name: .customLong("on-findings"),
            help: "What to do with a message that has error-level findings (or warnings, with --strict): accept passes it on stamped fail; reject refuses it (exit 69).")
    var onFindings: FindingsAnswer = .accept

    @Option(name: .customLong("on-error"),
            help: "What to do with a message that cannot be checked: accept passes it on stamped error; tempfail defers it (exit 75); reject refuses it (exit 69).")
    var onError: ErrorAnswer = .accept

    @Flag(help: "Warnings fail a message too, like errors.")
    var strict = false

    @Option(name: .customLong("max-size"), help: ArgumentHelp("The largest message checked, in bytes; a larger one is passed on unchecked, stamped error.", valueName: "bytes"))
    var maxSize = MessageLimits().maxBytes

    @Option(help: ArgumentHelp("The longest a check may take, in seconds; past it the check is stopped and the message is treated as one that could not be checked (--on-error).", valueName: "seconds"))
    var timeout: Double = 60

    /// The child's side: check the message and print the answer (`MailAnswer.encoded`).
    @Flag(name: .customLong("check-only"), help: .hidden)
    var checkOnly = false

    @Argument(parsing: .postTerminator, help: ArgumentHelp("A command that gets the stamped message on its standard input instead of standard output; its failure defers the message (exit 75).", valueName: "command"))
    var command: [String] = []

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size \(maxSize): give a number of bytes above 0") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout \(timeout): give a number of seconds above 0") }
    }

    func run() throws {
        // A reader that goes away must give an error we answer with 75, not kill us.
        signal(SIGPIPE, SIG_IGN)
        let message: [UInt8]
        do {
            message = [UInt8](try FileHandle.standardInput.readToEnd() ?? Data())
        } catch {
            throw Self.deferral("4.3.0 replylint filter: cannot read the message (\(error.localizedDescription))")
        }
        let policy = MailPolicy(onFindings: onFindings == .reject ? .reject : .accept,
                                onError: onError == .accept ? .accept : onError == .reject ? .reject : .tempfail)
        if checkOnly {
            let answer = try check(message, policy: policy)
            if FileDescriptorIO.writeAll(answer.encoded, to: STDOUT_FILENO) != nil { throw ExitCode(74) }
            return
        }
        let (answer, childErrors) = try ChildCheck(arguments: Self.childArguments(), timeout: timeout).answer(message, policy: policy)
        if let reply = answer.decision.reply {
            FileHandle.standardError.write(Data((reply.statusLine + "\n" + childErrors).utf8))
            throw ExitCode(reply.code >= 500 ? 69 : 75)
        }
        FileHandle.standardError.write(Data(childErrors.utf8))
        try pass(answer.stamp.apply(to: message))
    }

    /// The check itself, in the child: a session, the gate, its answer. A configuration that
    /// cannot be used defers the message (exit 75, said on standard error).
    private func check(_ message: [UInt8], policy: MailPolicy) throws -> MailAnswer {
        var draft = DraftOptions(locale: shared.locale, recipientTimeZone: shared.recipientTimeZone, now: shared.now)
        draft.limits.maxBytes = maxSize
        let options = SessionOptions(draft: draft, configPath: shared.config, strict: strict)
        let session: LintSession
        do {
            session = try LintSession(options)
        } catch {
            throw Self.deferral("4.3.0 replylint filter: \(error.description)")
        }
        #if DEBUG
        // Lets the tests prove that a crash or a hang in the check loses nothing.
        switch ProcessInfo.processInfo.environment["REPLYLINT_TEST_FAULT_IN_CHECK"] {
        case "crash": fatalError("REPLYLINT_TEST_FAULT_IN_CHECK=crash")
        case "hang": while true { sleep(60) }
        default: break
        }
        #endif
        return MailGate(session: session, policy: policy).check(message, name: "message").answer
    }

    /// This command's own arguments for the child: the same options, no command after `--`,
    /// and `--check-only`.
    private static func childArguments() -> [String] {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if let end = arguments.firstIndex(of: "--") { arguments.removeSubrange(end...) }
        return arguments + ["--check-only"]
    }

    /// Writes the message to standard output or the command; any failure defers it.
    private func pass(_ output: [UInt8]) throws {
        guard let program = command.first else {
            if let failure = FileDescriptorIO.writeAll(output, to: STDOUT_FILENO) ?? (close(STDOUT_FILENO) == 0 ? nil : errno) {
                throw Self.deferral("4.3.0 replylint filter: cannot write the message (\(String(cString: strerror(failure))))")
            }
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.resolve(program))
        process.arguments = Array(command.dropFirst())
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            throw Self.deferral("4.3.0 replylint filter: cannot run \(program) (\(error.localizedDescription))")
        }
        let failure = FileDescriptorIO.writeAll(output, to: input.fileHandleForWriting.fileDescriptor)
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal || process.terminationStatus != 0 {
            let how = process.terminationReason == .uncaughtSignal ? "was killed by signal" : "exited"
            throw Self.deferral("4.3.0 replylint filter: \(program) \(how) \(process.terminationStatus)")
        }
        if let failure {
            throw Self.deferral("4.3.0 replylint filter: cannot write the message to \(program) (\(String(cString: strerror(failure))))")
        }
    }

    /// A program name as the shell finds it: a path as given, else the first match on PATH.
    private static func resolve(_ program: String) -> String {
        guard !program.contains("/") else { return program }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? program
    }

    /// Says why on standard error and exits 75, so that the MTA keeps the message and retries.
    private static func deferral(_ line: String) -> ExitCode {
        FileHandle.standardError.write(Data((line + "\n").utf8))
        return ExitCode(75)
    }
}
