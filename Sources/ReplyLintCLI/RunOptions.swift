import ArgumentParser
import ReplyLint

/// Options of every command that lints: `check`, `show` and `compose`.
struct RunOptions: ParsableArguments {
    @Option(help: "The language: of the drafts (en, el, ro, et, id), or for compose the template variant (en-GB, el); otherwise the config, Content-Language, or detection decides.")
    var locale: String?

    @Option(help: "A config file to use instead of the nearest .replylint.yaml above each draft (for compose, above the current folder).")
    var config: String?

    @Option(name: .customLong("recipient-tz"),
            help: ArgumentHelp("The recipient's time zone, as an offset (+02:00, -0500, UTC) or an IANA name (Europe/Athens); otherwise the offset of the customer's own message is used.",
                               valueName: "zone"),
            transform: RunOptions.timeZone)
    var recipientTimeZone: RecipientTimeZone?

    @Option(help: ArgumentHelp("The current time as an RFC 3339 instant (2026-11-16T10:12:00+02:00), used as the send time of drafts without a Date header, for reproducible runs.",
                               valueName: "instant"),
            transform: RunOptions.instant)
    var now: MessageDate?

    static func timeZone(_ text: String) throws -> RecipientTimeZone {
        guard let zone = RecipientTimeZone(text) else {
            throw ValidationError("'\(text)' is not an offset like +02:00, -0500 or UTC, nor an IANA time zone like Europe/Athens")
        }
        return zone
    }

    static func instant(_ text: String) throws -> MessageDate {
        guard let instant = MessageDate(rfc3339: text) else {
            throw ValidationError("'\(text)' is not an RFC 3339 instant like 2026-11-16T10:12:00+02:00")
        }
        return instant
    }
}

extension ReportFormat: ExpressibleByArgument {
    static let help: ArgumentHelp = "The report's format: text for people; json (replylint's own), sarif (GitHub code scanning), github (workflow annotations), rdjson (reviewdog), codeclimate (GitLab code quality), junit (test reports)."
}

/// The formats of commands that print one document rather than a report of findings.
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
