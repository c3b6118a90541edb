import Foundation
import Testing

/// OpenDKIM's miltertest, the MTA side of libmilter's protocol, drives the real `replylint
/// milter` through the protocol corners with the Lua scripts in `Tests/miltertest/`.
@Suite(.serialized) struct MiltertestTests {
    static let miltertest = "/usr/bin/miltertest"
    static let scripts = BinaryRunner.root.appendingPathComponent("Tests/miltertest")

    static let cases: [(script: String, arguments: [String])] = [
        ("negotiation", []),
        ("abort-mid-body", []),
        ("several-messages", []),
        ("oversized-body", ["--max-size", "4000"]),
    ]

    @Test(.enabled(if: MailTools.miltertest, "miltertest is not installed (scripts/setup installs it)"),
          arguments: cases.map(\.script))
    func script(_ name: String) throws {
        let milter = try MilterProcess(Self.cases.first { $0.script == name }!.arguments)
        let result = try Self.run(name, port: milter.port)
        #expect(result.status == 0, "\(name): \(result.output)")
        #expect(result.output.contains("\(name.replacingOccurrences(of: "-", with: " ")): ok"), "\(result.output)")
        #expect(milter.stop() == 0)
        // One log line per message the script completed, with its queue id.
        let queueIDs = milter.lines.compactMap { $0.split(separator: " ").first { $0.hasPrefix("queue=") } }
        #expect(!queueIDs.isEmpty)
        #expect(!queueIDs.contains { $0.hasPrefix("queue=ABORT1") })
    }

    static func run(_ script: String, port: Int) throws -> (status: Int32, output: String) {
        try ToolRun.run(miltertest, ["-D", "socket=inet:\(port)@127.0.0.1", "-D", "dir=\(scripts.path)",
                                     "-s", scripts.appendingPathComponent("\(script).lua").path])
    }
}
