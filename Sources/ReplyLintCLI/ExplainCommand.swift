import ArgumentParser
import ReplyLint

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Prints a rule's guideline, settings and examples that trigger it and that don't."
    )

    @Argument(help: "The rule's identifier, e.g. subject.length.")
    var rule: String

    func validate() throws {
        guard RuleReference.find(rule) != nil else {
            throw ValidationError("unknown rule '\(rule)'; `replylint rules` lists them")
        }
    }

    func run() throws {
        guard let reference = RuleReference.find(rule) else { throw ExitCode(64) }
        print(reference.explanation, terminator: "")
    }
}
