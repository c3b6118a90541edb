import ArgumentParser
import Foundation
import ReplyLint

struct ComposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Fills a canned reply for one customer, checks it, and prints the message.",
        discussion: """
        Values come, from lowest to highest priority, from the agent profile (--agent, or agent: in \
        .replylint.yaml), the customer's message (--reply-to), a data file (--data) and --set. The \
        composed message is linted; error-level findings fail the command unless --force.

        Exit codes: 0 composed; 1 error-level findings (an eml is then not printed; json still is, with the findings); 2 missing values, \
        unreadable files or a template that cannot be filled; 64 usage error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case eml, json
    }

    @Argument(help: "The template's id, as in its file name (refund-delayed for refund-delayed.en.mustache); for a desk's export, a macro's id, title, or title in lower case with dashes.")
    var templateID: String

    @Option(help: ArgumentHelp("The template library folder, or a help desk's export (docs/templates.md, \"Help-desk exports\").", valueName: "dir|file"))
    var templates: String

    @OptionGroup var desk: DeskOptions

    @OptionGroup var shared: RunOptions

    @Option(name: .customLong("set"), help: ArgumentHelp("A value, as name=value; repeat for more. Wins over every other source.", valueName: "name=value"),
            transform: ComposeCommand.assignment)
    var assignments: [ComposeOptions.Assignment] = []

    @Option(help: ArgumentHelp("A JSON or YAML object of values (strings or numbers).", valueName: "file"))
    var data: String?

    @Option(help: ArgumentHelp("The agent profile (YAML with name, title, phone, email); otherwise agent: in .replylint.yaml.", valueName: "file"))
    var agent: String?

    @Option(name: .customLong("reply-to"),
            help: ArgumentHelp("The customer's message (.eml) this replies to: gives the customer's name and address, the subject, threading headers and their time zone.",
                               valueName: "file"))
    var replyTo: String?

    @Option(help: "The output: eml prints the message; json prints it with its headers, body and findings.")
    var format: Format = .eml

    @Flag(help: "Print the message even when the linter finds errors in it.")
    var force = false

    @Flag(help: "End lines with CRLF, as SMTP does, instead of LF.")
    var crlf = false

    @Option(name: .customLong("body-encoding"),
            help: "How a body that is not ASCII in short lines is written: quoted-printable (safe anywhere), or 8bit (readable UTF-8 for servers with 8BITMIME; quoted-printable still for a line over 998 bytes).")
    var bodyEncoding: BodyEncoding = .quotedPrintable

    static func assignment(_ text: String) throws -> ComposeOptions.Assignment {
        guard let (name, value) = ComposeValues.assignment(text) else {
            throw ValidationError("'\(text)' is not name=value with a variable name of letters, digits and _")
        }
        return ComposeOptions.Assignment(name: name, value: value)
    }

    func run() throws {
        var options = ComposeOptions(templateID: templateID, templates: templates)
        (options.locale, options.configPath) = (shared.locale, shared.config)
        (options.recipientTimeZone, options.now) = (shared.recipientTimeZone, shared.now)
        (options.agentFile, options.dataFile, options.assignments) = (agent, data, assignments)
        options.replyTo = replyTo.map(DraftSource.file)
        (options.deskSource, options.dynamicContent, options.locales) = (desk.source, desk.dynamicContent, desk.locales)
        (options.crlf, options.bodyEncoding) = (crlf, bodyEncoding)
        let composition: Composition
        do {
            composition = try Composer.compose(options)
        } catch {
            Terminal.error(Self.describe(error))
            throw Terminal.exitCode(Verdict(error.failure))
        }
        FileHandle.standardError.write(Data("using \(composition.templateID).\(composition.locale)\n".utf8))
        if !composition.report.diagnostics.isEmpty {
            FileHandle.standardError.write(Data(TextReporter(color: Terminal.colorErrors).render(composition.report).utf8))
        }
        let refused = composition.verdict.counts?.errors ?? 0 > 0 && !force
        switch format {
        case .json: FileHandle.standardOutput.write(Data((composition.json() + "\n").utf8))
        case .eml where !refused: FileHandle.standardOutput.write(Data(composition.bytes))
        case .eml: break
        }
        if refused {
            Terminal.error("the composed reply has error-level findings; fix the values or the template, or pass --force")
            throw Terminal.exitCode(composition.verdict)
        }
    }

    /// The library's reason, with the option that brought the trouble or can mend it.
    static func describe(_ failure: ComposeFailure) -> String {
        switch failure {
        case let .replyToUnreadable(failure): "--reply-to \(failure.description)"
        case let .compose(.missingValues(template, names)):
            "\(ComposeError.missingValues(template: template, names: names)); give \(names.count == 1 ? "it" : "them") with --set NAME=VALUE or --data FILE"
        default: failure.description
        }
    }
}

extension BodyEncoding: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}
