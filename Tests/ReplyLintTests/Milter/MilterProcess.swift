import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `replylint milter` the test started from the built binary, on 127.0.0.1 and a free port
/// it picked itself; its log lines are read from a file. Stopped by its PID.
final class MilterProcess {
    let process = Process()
    let port: Int
    private let log: URL

    init(_ arguments: [String] = [], cwd: URL = BinaryRunner.root) throws {
        log = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-milter-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        // scripts/bench/milter-load runs the release build instead.
        process.executableURL = ProcessInfo.processInfo.environment["REPLYLINT_MILTER_BINARY"].map(URL.init(fileURLWithPath:)) ?? BinaryRunner.binary
        process.arguments = ["milter", "--listen", "inet:127.0.0.1:0"] + arguments
        process.currentDirectoryURL = cwd
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var found: Int?
        let deadline = Date().addingTimeInterval(60)
        while found == nil, Date() < deadline, process.isRunning {
            if let line = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").first(where: { $0.contains("listening on inet:127.0.0.1:") }) {
                found = Int(line.split(separator: ":").last ?? "")
            } else {
                usleep(20_000)
            }
        }
        guard let found else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
            throw MilterProcessError(message: "the milter did not start listening: \(text)")
        }
        port = found
    }

    /// The log lines so far.
    var lines: [String] {
        ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// Stops it with `signal` (SIGTERM: a clean shutdown) and waits; the exit status, or nil when a signal ended it.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM) -> Int32? {
        if process.isRunning { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : nil
    }

    deinit {
        stop(SIGKILL)
        try? FileManager.default.removeItem(at: log)
    }
}

struct MilterProcessError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
