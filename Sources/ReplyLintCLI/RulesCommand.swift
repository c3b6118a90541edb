import Foundation
import ArgumentParser
import ReplyLint

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Lists every rule: identifier, default severity, summary and languages."
    )

    @Option(help: "The output's format: text for people, json for programs.")
    var format: OutputFormat = .text

    func run() throws {
        let rules = RuleReference.all
        if format == .json {
            print(RuleReference.json(rules))
            return
        }
        let width = rules.map(\.identifier.count).max() ?? 0
        for rule in rules {
            let id = rule.identifier.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            print("\(id)  \(severity)  [\(rule.languages.joined(separator: " "))]  \(rule.summary)")
        }
    }
}
