import Foundation

/// Fills a canned reply for one customer and checks it: chooses the template's locale
/// variant, merges the values, computes dates, money, vocatives and the time-of-day greeting,
/// renders, writes an RFC 5322 message, then lints it. Every front end calls this.
public struct Composer: Sendable {
    /// One reply to compose.
    public struct Request: Sendable {
        public var templateID: String
        /// `--locale`; otherwise the customer's language, otherwise the library's default.
        public var locale: String?
        public var values: ComposeValues
        /// The customer's message, when replying to one.
        public var reply: ReplyContext?
        /// Where the recipient reads the reply; otherwise the customer's offset, else the agent's.
        public var recipientTimeZone: RecipientTimeZone?
        /// The send time (and the agent's offset); the clock and the local time zone when nil.
        public var now: MessageDate?
        /// Write CRLF line breaks instead of LF.
        public var crlf = false
        /// How the body is written when it is not short-lined ASCII.
        public var bodyEncoding = BodyEncoding.quotedPrintable

        public init(templateID: String, locale: String? = nil, values: ComposeValues = ComposeValues(), reply: ReplyContext? = nil,
                    recipientTimeZone: RecipientTimeZone? = nil, now: MessageDate? = nil, crlf: Bool = false,
                    bodyEncoding: BodyEncoding = .quotedPrintable) {
            (self.templateID, self.locale, self.values, self.reply) = (templateID, locale, values, reply)
            (self.recipientTimeZone, self.now, self.crlf, self.bodyEncoding) = (recipientTimeZone, now, crlf, bodyEncoding)
        }
    }

    let library: TemplateLibrary
    /// A help desk's export, when the library is one (`compose` of a desk macro).
    var desk: DeskLibrary?
    /// Template files that could not be read (each names file, line and column).
    public let loadErrors: [ComposeError]
    let configuration: Configuration
    let linter: Linter

    /// Reads the template library in `templates` and the linter's settings.
    public init(templates: String, configuration: Configuration = Configuration()) throws(ConfigurationError) {
        let (library, errors) = TemplateLibrary.load(templates)
        try self.init(library: library, loadErrors: errors, configuration: configuration)
    }

    init(library: TemplateLibrary, loadErrors: [ComposeError] = [], configuration: Configuration = Configuration()) throws(ConfigurationError) {
        self.library = library
        self.loadErrors = loadErrors
        self.configuration = configuration
        linter = try Linter(configuration: configuration)
    }

    /// Reads the customer's message for `--reply-to`.
    public func replyContext(_ bytes: [UInt8]) throws(MessageError) -> ReplyContext {
        // Each language's merged titles hold every language's.
        let titles = Set(linter.languages.codes.flatMap { linter.languages.merged($0, .nameTitles) }.map(CustomerName.fold))
        var context = try ReplyContext(bytes: bytes, titles: titles, replyPrefixes: Set(linter.languages.replyPrefixes))
        if context.language == nil { context.language = try? linter.draft(bytes).language.code }
        return context
    }

    /// The agent profile of the configuration, or `agentFile` when given.
    public func agentValues(agentFile: String?) throws(ConfigurationError) -> [String: String] {
        if let agentFile { return try AgentProfile(contentsOf: agentFile).values }
        return configuration.agent?.values ?? [:]
    }

    /// Composes and lints one reply. Throws for missing or unusable values and for a template
    /// that cannot be found or filled; lint findings are in the result, not thrown.
    public func compose(_ request: Request) throws(ComposeError) -> Composition {
        if let desk { return try composeMacro(desk, request) }
        _ = try Self.values(request)   // refuse injected header values whatever the template
        let locale = request.locale ?? request.reply?.language
        let template: Template
        do {
            template = try library.variant(id: request.templateID, locale: locale)
        } catch {
            // A broken file of this very template explains better than "no template".
            if let broken = loadErrors.first(where: { Self.isFile(of: request.templateID, $0) }) { throw broken }
            throw error
        }
        return try compose(template, request)
    }

    func compose(_ template: Template, _ request: Request) throws(ComposeError) -> Composition {
        let sentAt = request.now ?? MessageDate(date: Date(), utcOffset: TimeZone.current.secondsFromGMT())
        let values = try Self.values(request)
        let recipientOffset = request.recipientTimeZone?.offset(at: sentAt.date) ?? request.reply?.customerOffset ?? sentAt.utcOffset
        let code = template.locale.split(separator: "-").first.map { $0.lowercased() } ?? template.locale
        let helpers = ComposeHelpers(locale: template.locale, language: linter.languages.language(code),
                                     sentAt: sentAt, recipientOffset: recipientOffset)
        let filled = try helpers.apply(to: values, variables: template.variables)
        let rendered: RenderedTemplate
        do {
            rendered = try template.render(filled, library: library)
        } catch let .missingValues(id, names) {
            throw .missingValues(template: id, names: names + MessageHeaders.missing(values).filter { !names.contains($0) })
        }
        return try finish(rendered, templateID: template.id, values: filled, request: request, sentAt: sentAt)
    }

    /// Every value by priority (agent < reply-to < data < set), checked where bound for a header.
    static func values(_ request: Request) throws(ComposeError) -> [String: String] {
        var layered = request.values
        if let reply = request.reply {
            layered.add(reply.values.filter { request.values.value($0.key, from: .replyTo) == nil }, from: .replyTo)
        }
        let values = layered.merged
        try MessageHeaders.checkValues(values)
        return values
    }

    /// The rendered template as a message, linted.
    func finish(_ rendered: RenderedTemplate, templateID: String, values: [String: String], request: Request,
                sentAt: MessageDate) throws(ComposeError) -> Composition {
        // Computed values (a full name from first and last) are bound for headers too.
        try MessageHeaders.checkValues(values)
        let missing = MessageHeaders.missing(values)
        if !missing.isEmpty { throw .missingValues(template: templateID, names: missing) }
        let message = try MessageHeaders(values: values, rendered: rendered, reply: request.reply, sentAt: sentAt)
            .message(crlf: request.crlf, bodyEncoding: request.bodyEncoding)
        let bytes = message.bytes
        let options = DraftOptions(locale: rendered.locale, recipientName: values["customer_name"], original: request.reply?.original,
                                     recipientTimeZone: request.recipientTimeZone, now: sentAt)
        let path = "\(templateID).\(rendered.locale).eml"
        let report: FileReport
        do {
            report = try linter.with(options).lint(bytes, path: path)
        } catch {
            // We wrote the message, so it cannot fail to parse; were it to, the message must
            // not pass unchecked.
            report = FileReport(path: path, locale: rendered.locale, diagnostics: [Diagnostic(
                rule: "compose.lint", severity: .error, message: "the composed message could not be checked: \(error)",
                line: 1, column: 1, endLine: 1, endColumn: 1, excerpt: nil, suggestion: nil, note: nil)])
        }
        let headers = message.headers.map { ComposedHeader(name: $0.name, value: $0.value) } + [
            ComposedHeader(name: "MIME-Version", value: "1.0"),
            ComposedHeader(name: "Content-Type", value: "text/plain; charset=utf-8"),
            ComposedHeader(name: "Content-Transfer-Encoding", value: message.encodedBody.encoding),
        ]
        return Composition(templateID: templateID, locale: rendered.locale, bytes: bytes, headers: headers,
                           body: rendered.body, report: report)
    }

    /// Whether a load error is about a file of template `id` (`<id>.<locale>.mustache`).
    static func isFile(of id: String, _ error: ComposeError) -> Bool {
        guard case let .invalidTemplate(path, _, _, _) = error else { return false }
        return URL(fileURLWithPath: path).lastPathComponent.hasPrefix(id + ".")
    }
}
