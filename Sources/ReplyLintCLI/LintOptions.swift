import ArgumentParser
import Foundation
import ReplyLint

/// Options of the commands that read drafts (`check`, `show`), mapped into the library's one
/// `SessionOptions` value.
struct LintOptions: ParsableArguments {
    @OptionGroup var shared: RunOptions

    @Option(help: "The customer's name, when the To header does not give it.")
    var recipientName: String?

    @Option(name: .customLong("enable"), help: "Turn on a rule the config turned off (repeatable).")
    var enabled: [String] = []

    @Option(name: .customLong("disable"), help: "Turn off a rule (repeatable).")
    var disabled: [String] = []

    @Option(name: .customLong("stdin-filename"),
            help: ArgumentHelp("The name reports give standard input; the config is then found from its folder, as for a file of that name.",
                               valueName: "name"))
    var stdinFilename: String?

    @Option(help: ArgumentHelp("The customer's message this draft answers (.eml); its Date and From replace what the quoted attribution says.",
                               valueName: "file"))
    var original: String?

    func validate() throws {
        if let unknown = SessionOptions(enabledRules: enabled, disabledRules: disabled).unknownRules.first {
            throw ValidationError("unknown rule '\(unknown)'; `replylint rules` lists them")
        }
    }

    /// The session's options; reads `--original`, and on failure reports it and exits 2.
    func sessionOptions(strict: Bool = false) throws -> SessionOptions {
        var draft = DraftOptions(locale: shared.locale, recipientName: recipientName,
                                 recipientTimeZone: shared.recipientTimeZone, now: shared.now)
        if let original {
            switch OriginalMessage.read(.file(original)) {
            case let .success(message): draft.original = message
            case let .failure(failure):
                Terminal.error("--original \(original): \(failure.message)")
                throw Terminal.exitCode(Verdict(failure))
            }
        }
        return SessionOptions(draft: draft, configPath: shared.config, enabledRules: enabled, disabledRules: disabled, strict: strict)
    }
}
