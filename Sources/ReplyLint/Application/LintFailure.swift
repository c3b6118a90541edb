/// Why a draft got no report, in the user's terms and typed, so that each front end can
/// answer in its own way: the CLI exits 2, the filter passes the mail on or tempfails, the
/// milter tempfails, MCP returns `isError`.
public struct LintFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A missing or unreadable file, or a message that cannot be parsed at all.
        case unreadableInput
        /// A message over a size, header or nesting limit.
        case overLimit
        /// A config or rule-data file that cannot be used, an unknown rule id, a bad option value.
        case badConfiguration
        /// Something that should not happen: a fixed draft that cannot be written back, a bug.
        case internalError
    }

    public var kind: Kind
    /// What it is about: the draft's display name, a config path, `--original FILE`.
    public var subject: String
    /// What is wrong, lower-case, without the subject.
    public var message: String

    public init(_ kind: Kind, _ subject: String, _ message: String) {
        self.kind = kind
        self.subject = subject
        self.message = message
    }

    /// `subject: message`, the one line a user reads.
    public var description: String { subject.isEmpty ? message : "\(subject): \(message)" }

    /// A parse failure of the draft shown as `subject`.
    init(_ error: MessageError, subject: String) {
        switch error {
        case .empty: self.init(.unreadableInput, subject, error.description)
        case .tooLarge, .tooManyHeaderFields, .headerFieldTooLong, .nestedTooDeep: self.init(.overLimit, subject, error.description)
        }
    }

    init(_ error: ConfigurationError) {
        self.init(.badConfiguration, "", error.description)
    }
}
