import Foundation
import Testing

/// `replylint mcp` end to end with the official Python MCP client (`mcp` in
/// scripts/requirements.txt, in the environment `scripts/python-env` makes): the built binary
/// is spawned, initialized, every tool called with good and bad arguments, results held to
/// their output schemas and to what the CLI prints, 200 calls at once, and the answers owed
/// when standard input closes (scripts/mcp-client-test.py).
@Suite struct MCPClientTests {
    @Test func theOfficialClientGetsCorrectAnswers() throws {
        let python = BinaryRunner.root.appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("no .venv/bin/python: run scripts/python-env (scripts/setup does) for the MCP client test")
            return
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [BinaryRunner.root.appendingPathComponent("scripts/mcp-client-test.py").path,
                             BinaryRunner.binary.path, BinaryRunner.root.path]
        process.currentDirectoryURL = BinaryRunner.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" passed, 0 failed"), "\(text)")
    }
}
