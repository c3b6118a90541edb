import ArgumentParser
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

    var linterOptions: Linter.Options { Linter.Options(locale: locale, recipientName: recipientName) }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
