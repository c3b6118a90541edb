import Foundation

/// Everything a front end decides about composing one reply: the library, where values come
/// from (lowest priority first: the agent profile, the customer's message, a data file, single
/// assignments), and how the message is written.
public struct ComposeOptions: Sendable {
    public struct Assignment: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(name: String, value: String) { (self.name, self.value) = (name, value) }
    }

    public var templateID: String
    /// The template library's folder, or a help desk's export file.
    public var templates: String
    /// The desk that made the export; nil finds it from the file's shape.
    public var deskSource: DeskSource?
    /// Zendesk: the dynamic-content and locales exports beside the macros.
    public var dynamicContent: String?
    public var locales: String?
    /// The template variant (`en-GB`); otherwise the customer's language, else the library's default.
    public var locale: String?
    /// The config file; nil finds the nearest `.replylint.yaml` above the current folder.
    public var configPath: String?
    /// An agent profile (YAML); nil takes `agent:` from the config.
    public var agentFile: String?
    /// The customer's message this replies to.
    public var replyTo: DraftSource?
    /// A JSON or YAML object of values.
    public var dataFile: String?
    public var assignments: [Assignment] = []
    public var recipientTimeZone: RecipientTimeZone?
    public var now: MessageDate?
    public var crlf = false
    public var bodyEncoding = BodyEncoding.quotedPrintable

    public init(templateID: String, templates: String) {
        self.templateID = templateID
        self.templates = templates
    }

    /// `templates` names a desk's export (a file, or a named desk) rather than a folder.
    var isDeskExport: Bool {
        var isDirectory: ObjCBool = false
        return deskSource != nil || (FileManager.default.fileExists(atPath: templates, isDirectory: &isDirectory) && !isDirectory.boolValue)
            || DeskSource.isMacroFolder(templates)
    }
}

/// Why a reply could not be composed, by where the trouble is, so a front end can name the
/// option or argument that brought it.
public enum ComposeFailure: Error, Sendable, CustomStringConvertible {
    /// The config, the agent profile or the data file.
    case configuration(ConfigurationError)
    /// The customer's message could not be read (`subject` is its display name).
    case replyToUnreadable(LintFailure)
    /// The customer's message is not a message.
    case replyToInvalid(MessageError)
    /// The template, or the values it needs.
    case compose(ComposeError)

    public var description: String {
        switch self {
        case let .configuration(error): error.description
        case let .replyToUnreadable(failure): failure.description
        case let .replyToInvalid(error): error.description
        case let .compose(error): error.description
        }
    }

    /// The same, as the failure kind every front end maps: the customer's message could not be
    /// read, or the library, its config or the values cannot be used.
    public var failure: LintFailure {
        switch self {
        case let .replyToUnreadable(failure): failure
        case let .replyToInvalid(error): LintFailure(error, subject: "")
        case .configuration, .compose: LintFailure(.badConfiguration, "", description)
        }
    }
}

extension Composition {
    /// Failed when the composed reply has error-level findings: it must not be sent as it is.
    public var verdict: Verdict { Verdict(SeverityCounts(report.diagnostics), strict: false) }
}

extension Composer {
    /// Reads the library and the config of `options`, once: a server keeps the composer for
    /// every reply it composes.
    public static func load(_ options: ComposeOptions) throws(ComposeFailure) -> Composer {
        let configuration: Configuration
        do {
            let path = options.configPath ?? Configuration.discover(from: FileManager.default.currentDirectoryPath)
            configuration = try path.map { path throws(ConfigurationError) in try Configuration(contentsOf: path) } ?? Configuration()
            if !options.isDeskExport { return try Composer(templates: options.templates, configuration: configuration) }
        } catch {
            throw .configuration(error)
        }
        return try loadDesk(options, configuration: configuration)
    }

    /// Reads the library and the values, composes the reply and lints it. Lint findings are in
    /// the result (`Composition.verdict`), not thrown.
    public static func compose(_ options: ComposeOptions) throws(ComposeFailure) -> Composition {
        try load(options).compose(options)
    }

    /// Composes one reply from this composer's library and config (`options.templates` and
    /// `options.configPath` are not read again): the values, the customer's message, then the
    /// reply, linted.
    public func compose(_ options: ComposeOptions) throws(ComposeFailure) -> Composition {
        var values = ComposeValues()
        do {
            values.add(try agentValues(agentFile: options.agentFile), from: .agent)
        } catch {
            throw .configuration(error)
        }
        var reply: ReplyContext?
        if let source = options.replyTo {
            let bytes: [UInt8]
            switch source.read() {
            case let .success(read): bytes = read
            case let .failure(failure): throw .replyToUnreadable(failure)
            }
            do {
                reply = try replyContext(bytes)
            } catch {
                throw .replyToInvalid(error)
            }
            if let reply { values.add(reply.values, from: .replyTo) }
        }
        if let dataFile = options.dataFile {
            do {
                values.add(try ComposeValues.data(contentsOf: dataFile), from: .data)
            } catch {
                throw .configuration(error)
            }
        }
        for assignment in options.assignments { values.add([assignment.name: assignment.value], from: .set) }
        let request = Request(templateID: options.templateID, locale: options.locale, values: values, reply: reply,
                              recipientTimeZone: options.recipientTimeZone, now: options.now, crlf: options.crlf,
                              bodyEncoding: options.bodyEncoding)
        do {
            return try compose(request)
        } catch {
            throw .compose(error)
        }
    }
}
