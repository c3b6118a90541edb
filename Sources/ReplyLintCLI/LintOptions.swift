import ArgumentParser
import Foundation
import ReplyLint

/// Options every command that reads drafts shares.
struct LintOptions: ParsableArguments {
    @Option(help: "The draft's language (en, el, ro, et, id); otherwise the config, Content-Language, or detection decides.")
    var locale: String?

    @Option(help: "The customer's name, when the To header does not give it.")
    var recipientName: String?

    @Option(help: "A config file to use instead of the nearest .replylint.yaml above each draft.")
    var config: String?

    @Option(name: .customLong("enable"), help: "Turn on a rule the config turned off (repeatable).")
    var enabled: [String] = []

    @Option(name: .customLong("disable"), help: "Turn off a rule (repeatable).")
    var disabled: [String] = []

    @Option(help: ArgumentHelp("The customer's message this draft answers (.eml); its Date and From replace what the quoted attribution says.",
                               valueName: "file"))
    var original: String?

    @Option(name: .customLong("recipient-tz"),
            help: ArgumentHelp("The recipient's time zone, as an offset (+02:00, -0500, UTC) or an IANA name (Europe/Athens); otherwise the offset of the customer's own message is used.",
                               valueName: "zone"),
            transform: LintOptions.timeZone)
    var recipientTimeZone: RecipientTimeZone?

    @Option(help: ArgumentHelp("The current time as an RFC 3339 instant (2026-11-16T10:12:00+02:00), used as the send time of drafts without a Date header, for reproducible runs.",
                               valueName: "instant"),
            transform: LintOptions.instant)
    var now: MessageDate?

    /// The library's options; reads `--original`, and on failure reports it and exits 2.
    func linterOptions() throws -> Linter.Options {
        var options = Linter.Options(locale: locale, recipientName: recipientName, recipientTimeZone: recipientTimeZone, now: now)
        if let original {
            guard let data = FileManager.default.contents(atPath: original) else {
                Terminal.error("--original \(original): cannot read the file")
                throw ExitCode(2)
            }
            do {
                options.original = try OriginalMessage(bytes: [UInt8](data))
            } catch {
                Terminal.error("--original \(original): \(error)")
                throw ExitCode(2)
            }
        }
        return options
    }

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

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
