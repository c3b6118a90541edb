import Foundation
import ArgumentParser
import ReplyLint

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Lists every rule: identifier, default severity, summary and languages."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Option(help: "The output's format: text for people, json for programs, markdown for docs/rules.md.")
    var format: Format = .text

    func run() throws {
        let rules = RuleReference.all
        switch format {
        case .json:
            print(RuleReference.json(rules))
            return
        case .markdown:
            print(RuleReference.markdown(rules), terminator: "")
            return
        case .text:
            break
        }
        let width = rules.map(\.identifier.count).max() ?? 0
        for rule in rules {
            let id = rule.identifier.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            print("\(id)  \(severity)  [\(rule.languages.joined(separator: " "))]  \(rule.summary)")
        }
    }
}
