import ArgumentParser
import Foundation
import ReplyLint
import ReplyLintMilter

struct MilterServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "milter",
        abstract: "Checks mail as it passes through Postfix or Sendmail, as a milter (protocol version 6): stamps each message with X-ReplyLint-Status and X-ReplyLint-Report, and accepts, rejects, tempfails or quarantines it.",
        discussion: """
        Point Postfix at it with `smtpd_milters = inet:127.0.0.1:8891` (and `non_smtpd_milters` for \
        mail from the sendmail command). Existing X-ReplyLint-* fields are deleted, so a sender \
        cannot forge a verdict. Messages are collected up to --max-size; the rest of a larger body \
        is skipped and the message gets the --on-error answer. One line per message goes to \
        standard error (or syslog): queue id, verdict, rule ids, action, milliseconds. SIGTERM or \
        SIGINT stops accepting connections, answers every message in flight, then exits 0. Exit \
        codes: 0 after a signal; 2 when the config cannot be used or the address cannot be bound.
        """
    )

    @Option(help: ArgumentHelp("Where to listen: inet:HOST:PORT (port 0 picks a free one, printed at start) or unix:PATH.", valueName: "address"))
    var listen: String

    @Option(name: .customLong("on-findings"), help: ArgumentHelp("What happens to a message with error-level findings (or warnings, with --strict): accept (stamped fail), reject (550 5.7.1), tempfail (451 4.7.1) or quarantine (Postfix's hold queue).", valueName: "action"))
    var onFindings: MailAction = .accept

    @Option(name: .customLong("on-error"), help: ArgumentHelp("What happens to a message that cannot be checked (unparseable, over --max-size, an internal error): accept (stamped error), reject, tempfail or quarantine.", valueName: "action"))
    var onError: MailAction = .accept

    @Option(name: .customLong("max-size"), help: ArgumentHelp("The largest message checked, in bytes; a larger one gets the --on-error answer.", valueName: "bytes"))
    var maxSize: Int = MessageLimits().maxBytes

    @Option(help: ArgumentHelp("A config file for every message, instead of the nearest .replylint.yaml above the current folder.", valueName: "file"))
    var config: String?

    @Flag(help: "Warnings block too, like errors.")
    var strict = false

    @Flag(help: "Log to syslog's mail facility instead of standard error.")
    var syslog = false

    func validate() throws {
        if MilterEndpoint(listen) == nil {
            throw ValidationError("--listen '\(listen)': expected inet:HOST:PORT or unix:PATH")
        }
        if maxSize < 1 { throw ValidationError("--max-size \(maxSize): expected a number of bytes above 0") }
    }

    func run() throws {
        var options = SessionOptions(configPath: config, strict: strict)
        options.draft.limits.maxBytes = maxSize
        let session: LintSession
        do {
            session = try LintSession(options)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        // A config that cannot be used fails now, not at the first message.
        if case let .failure(failure) = session.linter(forDraftsIn: FileManager.default.currentDirectoryPath) {
            Terminal.error(failure.description)
            throw ExitCode(2)
        }
        session.preloadDictionaries()
        let log = MilterLog(syslog ? .syslog : .standardError)
        let checker = MilterChecker(gate: MailGate(session: session, policy: MailPolicy(onFindings: onFindings, onError: onError)))
        let server: MilterServer
        do {
            server = try MilterServer.start(MilterEndpoint(listen)!, checker: checker, log: log)
        } catch {
            Terminal.error("cannot listen on \(listen): \(error)")
            throw ExitCode(2)
        }
        log.server("listening on \(server.endpoint)")
        server.serveUntilSignalled()
    }
}

extension MailAction: ExpressibleByArgument {}
