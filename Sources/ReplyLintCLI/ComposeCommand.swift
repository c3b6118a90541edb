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

    @Argument(help: "The template's id, as in its file name (refund-delayed for refund-delayed.en.mustache).")
    var templateID: String

    @Option(help: ArgumentHelp("The template library folder.", valueName: "dir"))
    var templates: String

    @Option(help: "The template variant to use (en-GB, el); otherwise the customer's language, else the library's default.")
    var locale: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("A value, as name=value; repeat for more. Wins over every other source.", valueName: "name=value"),
            transform: ComposeCommand.assignment)
    var assignments: [Assignment] = []

    @Option(help: ArgumentHelp("A JSON or YAML object of values (strings or numbers).", valueName: "file"))
    var data: String?

    @Option(help: ArgumentHelp("The agent profile (YAML with name, title, phone, email); otherwise agent: in .replylint.yaml.", valueName: "file"))
    var agent: String?

    @Option(name: .customLong("reply-to"),
            help: ArgumentHelp("The customer's message (.eml) this replies to: gives the customer's name and address, the subject, threading headers and their time zone.",
                               valueName: "file"))
    var replyTo: String?

    @Option(name: .customLong("recipient-tz"),
            help: ArgumentHelp("The recipient's time zone, as an offset (+02:00) or an IANA name (Europe/Athens), for the time-of-day greeting; otherwise the offset of the customer's message, else yours.",
                               valueName: "zone"),
            transform: LintOptions.timeZone)
    var recipientTimeZone: RecipientTimeZone?

    @Option(help: ArgumentHelp("The send time as an RFC 3339 instant (2026-11-16T10:12:00+02:00), for reproducible output; its offset is yours.",
                               valueName: "instant"),
            transform: LintOptions.instant)
    var now: MessageDate?

    @Option(help: "The output: eml prints the message; json prints it with its headers, body and findings.")
    var format: Format = .eml

    @Option(help: "A config file to use instead of the nearest .replylint.yaml above the current folder.")
    var config: String?

    @Flag(help: "Print the message even when the linter finds errors in it.")
    var force = false

    @Flag(help: "End lines with CRLF, as SMTP does, instead of LF.")
    var crlf = false

    @Option(name: .customLong("body-encoding"),
            help: "How a body that is not ASCII in short lines is written: quoted-printable (safe anywhere), or 8bit (readable UTF-8 for servers with 8BITMIME; quoted-printable still for a line over 998 bytes).")
    var bodyEncoding: BodyEncoding = .quotedPrintable

    struct Assignment {
        var name: String
        var value: String
    }

    static func assignment(_ text: String) throws -> Assignment {
        guard let (name, value) = ComposeValues.assignment(text) else {
            throw ValidationError("'\(text)' is not name=value with a variable name of letters, digits and _")
        }
        return Assignment(name: name, value: value)
    }

    func run() throws {
        let composer = try fail(2) { try Composer(templates: templates, configuration: configurationFile()) }
        var values = ComposeValues()
        values.add(try fail(2) { try composer.agentValues(agentFile: agent) }, from: .agent)
        let reply = try replyToFile(composer)
        if let reply { values.add(reply.values, from: .replyTo) }
        if let data { values.add(try fail(2) { try ComposeValues.data(contentsOf: data) }, from: .data) }
        for assignment in assignments { values.add([assignment.name: assignment.value], from: .set) }
        let request = Composer.Request(templateID: templateID, locale: locale, values: values, reply: reply,
                                       recipientTimeZone: recipientTimeZone, now: now, crlf: crlf, bodyEncoding: bodyEncoding)
        let composition = try fail(2) { try composer.compose(request) }
        FileHandle.standardError.write(Data("using \(composition.templateID).\(composition.locale)\n".utf8))
        if !composition.report.diagnostics.isEmpty {
            FileHandle.standardError.write(Data(TextReport.render(composition.report, color: Terminal.colorErrors).utf8))
        }
        let refused = composition.failsLint && !force
        switch format {
        case .json: FileHandle.standardOutput.write(Data((composition.json() + "\n").utf8))
        case .eml where !refused: FileHandle.standardOutput.write(Data(composition.bytes))
        case .eml: break
        }
        if refused {
            Terminal.error("the composed reply has error-level findings; fix the values or the template, or pass --force")
            throw ExitCode(1)
        }
    }

    private func configurationFile() throws -> Configuration {
        guard let path = config ?? Configuration.discover(from: FileManager.default.currentDirectoryPath) else { return Configuration() }
        return try Configuration(contentsOf: path)
    }

    private func replyToFile(_ composer: Composer) throws -> ReplyContext? {
        guard let replyTo else { return nil }
        guard let bytes = FileManager.default.contents(atPath: replyTo) else {
            Terminal.error("--reply-to \(replyTo): cannot read the file")
            throw ExitCode(2)
        }
        return try fail(2) { try composer.replyContext([UInt8](bytes)) }
    }

    /// Runs `body`; an error is reported on one line and becomes exit `code`.
    private func fail<T>(_ code: Int32, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(code)
        }
    }
}

extension BodyEncoding: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}
