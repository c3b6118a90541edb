import Foundation
import Testing

/// The README's examples of the report formats are real: each `$ replylint …` line of a
/// console block in "Help-desk exports" and "Reports for CI and tools" is run, and what the README shows under it
/// (pieces between lines of a lone `…`) is found, as written, in what it prints.
@Suite struct ReadmeExampleTests {
    struct Example {
        var arguments: [String]
        var stdin: String?
        var excerpts: [String]
    }

    static func examples() throws -> [Example] {
        let readme = try String(contentsOf: BinaryRunner.root.appendingPathComponent("README.md"), encoding: .utf8)
        var sections: [Substring] = []
        for title in ["Help-desk exports", "Reports for CI and tools"] {
            let start = try #require(readme.range(of: "\n## \(title)\n"))
            let rest = readme[start.upperBound...]
            sections.append(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
        }
        var examples: [Example] = []
        var lines: [Substring]? = nil
        for line in sections.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "```console" { lines = []; continue }
            guard var block = lines else { continue }
            if line != "```" { block.append(line); lines = block; continue }
            lines = nil
            for command in block.indices where block[command].hasPrefix("$ ") {
                let end = block[(command + 1)...].firstIndex { $0.hasPrefix("$ ") } ?? block.endIndex
                examples.append(try example(block[command].dropFirst(2), output: Array(block[(command + 1)..<end])))
            }
        }
        return examples
    }

    /// `replylint ARGS [< FILE] [| filter]` and the lines shown under it.
    static func example(_ command: Substring, output: [Substring]) throws -> Example {
        var words = command.split(separator: " ").map(String.init)
        if let pipe = words.firstIndex(of: "|") { words = Array(words[..<pipe]) }
        var stdin: String?
        if let redirect = words.firstIndex(of: "<") {
            stdin = words[redirect + 1]
            words.removeSubrange(redirect...(redirect + 1))
        }
        #expect(words.first == "replylint", "\(command)")
        let excerpts = output.split(separator: "…").map { $0.joined(separator: "\n") }
        return Example(arguments: Array(words.dropFirst()), stdin: stdin, excerpts: excerpts)
    }

    @Test func everyFormatHasAnExampleAndEachIsRealOutput() throws {
        let examples = try Self.examples()
        let formats = Set(examples.compactMap { example in
            example.arguments.firstIndex(of: "--format").map { example.arguments[$0 + 1] }
        })
        #expect(formats.isSuperset(of: ["sarif", "github", "rdjson", "codeclimate", "junit"]))
        for example in examples {
            let stdin = try example.stdin.map { try Data(contentsOf: BinaryRunner.root.appendingPathComponent($0)) }
            let result = try BinaryRunner.run(example.arguments, stdin: stdin)
            #expect(!example.excerpts.isEmpty && example.excerpts.allSatisfy { !$0.isEmpty }, "\(example.arguments)")
            for excerpt in example.excerpts {
                #expect(result.stdout.contains(excerpt), "replylint \(example.arguments.joined(separator: " ")) no longer prints:\n\(excerpt)")
            }
        }
    }
}
