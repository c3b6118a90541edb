import Foundation
import Testing

/// A private Postfix instance made by `scripts/mail/postfix-instance` for an integration test:
/// its own config, queue and data directories in a temporary folder, SMTP on 127.0.0.1 at a
/// free port, every recipient in example.test delivered to a Maildir under `mail/` (alice@,
/// bob@ and jo@ their own, any other address `inbox`), nothing relayed. Stopped by its
/// master's PID in `stop()`; a test calls it in a `defer`.
final class PostfixInstance {
    /// Postfix is installed and we are root (its master must start as root).
    static let isAvailable = FileManager.default.isExecutableFile(atPath: "/usr/sbin/postfix") && getuid() == 0
    static let unavailable: Comment = "postfix is not installed or the tests do not run as root; scripts/setup installs it (CI does)"

    static let script = BinaryRunner.root.appendingPathComponent("scripts/mail/postfix-instance").path
    let directory: URL
    let port: Int

    /// Starts an instance with `settings` (main.cf `name=value`, master.cf `service/type=entry`,
    /// or `service/type/name=value`, as the script takes them).
    init(settings: [String] = []) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-postfix-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        port = try Self.freePort()
        try Self.shell([Self.script, "start", directory.path, String(port)] + settings)
    }

    /// Changes settings and reloads the running instance.
    func set(_ settings: [String]) throws {
        try Self.shell([Self.script, "set", directory.path] + settings)
    }

    /// Stops the master by its PID and removes the folder.
    func stop() {
        _ = try? Self.shell([Self.script, "stop", directory.path])
        try? FileManager.default.removeItem(at: directory)
    }

    /// The messages delivered to `mailbox` so far, oldest first.
    func messages(in mailbox: String) -> [[UInt8]] {
        let new = directory.appendingPathComponent("mail/\(mailbox)/new")
        let files = (try? FileManager.default.contentsOfDirectory(at: new, includingPropertiesForKeys: nil)) ?? []
        return Maildir.deliveryOrder(files.map(\.lastPathComponent)).compactMap { try? [UInt8](Data(contentsOf: new.appendingPathComponent($0))) }
    }

    /// Waits up to `timeout` seconds for `mailbox` to hold `count` messages, and returns them.
    func waitForMessages(in mailbox: String, count: Int, timeout: Double = 90) -> [[UInt8]] {
        let deadline = Date().addingTimeInterval(timeout)
        var found = messages(in: mailbox)
        while found.count < count, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            found = messages(in: mailbox)
        }
        return found
    }

    /// The instance's log (`log/maillog`), for a failing test's message.
    var log: String {
        (try? String(contentsOf: directory.appendingPathComponent("log/maillog"), encoding: .utf8)) ?? ""
    }

    /// Sends `message` over SMTP with swaks; returns swaks' transcript. swaks ends the data
    /// with a line break of its own, so the message's final line break is not sent twice.
    @discardableResult
    func send(_ message: [UInt8], from: String = "jo@example.test", to: String = "alice@example.test", port: Int? = nil) throws -> String {
        var message = message
        if message.last == 0x0A { message.removeLast() }
        if message.last == 0x0D { message.removeLast() }
        return try Self.shell(["swaks", "--silent", "1", "--server", "127.0.0.1", "--port", String(port ?? self.port),
                        "--from", from, "--to", to, "--data", "-"], stdin: Data(message))
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socket in
                bind(descriptor, socket, length) == 0 && getsockname(descriptor, socket, &length) == 0
            }
        }
        guard bound else { throw ShellFailure(command: "bind 127.0.0.1:0", output: String(cString: strerror(errno))) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    struct ShellFailure: Error, CustomStringConvertible {
        var command: String
        var output: String
        var description: String { "\(command) failed: \(output)" }
    }

    /// Runs a command; its standard output, or a failure with everything it printed.
    @discardableResult
    static func shell(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ShellFailure(command: arguments.joined(separator: " "), output: text) }
        return text
    }
}
