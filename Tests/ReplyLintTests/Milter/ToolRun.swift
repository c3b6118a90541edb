import Foundation

/// Runs a mail tool (swaks, miltertest, postfix, cc) to its end, its output and errors together
/// in a temporary file rather than a pipe: Foundation's pipe reads fail on EINTR when a child
/// process exits during them.
enum ToolRun {
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-tool-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = try FileHandle(forWritingTo: file)
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? output.close()
        return (process.terminationStatus, (try? String(contentsOf: file, encoding: .utf8)) ?? "")
    }

    /// `run`, throwing with the tool's output when it fails.
    @discardableResult
    static func succeed(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try run(tool, arguments)
        guard result.status == 0 else {
            throw ToolFailure("\(tool) \(arguments.joined(separator: " ")): exit \(result.status): \(result.output)")
        }
        return result.output
    }
}

struct ToolFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
