import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Which of the mail tools `scripts/setup` installs are here, for tests that skip without them.
enum MailTools {
    private static func executable(_ path: String) -> Bool { FileManager.default.isExecutableFile(atPath: path) }
    /// Postfix, and root to run its master.
    static let postfix = executable("/usr/sbin/postfix") && executable("/usr/lib/postfix/sbin/master") && getuid() == 0
    static let swaks = executable("/usr/bin/swaks")
    static let smtpSource = executable("/usr/sbin/smtp-source")
    static let miltertest = executable("/usr/bin/miltertest")
    /// libmilter-dev and a C compiler, for the null milter.
    static let libmilter = FileManager.default.fileExists(atPath: "/usr/include/libmilter/mfapi.h") && executable("/usr/bin/cc")
}

/// A private Postfix instance made by `scripts/mail/postfix-instance` for an integration test:
/// its own config, queue and data directories in a temporary folder, SMTP on 127.0.0.1 at a
/// free port, every recipient in example.test delivered to a Maildir under `mail/` (alice@,
/// bob@ and jo@ their own, any other address `inbox`), nothing relayed. Stopped by its
/// master's PID in `stop()`; a test calls it in a `defer`.
final class PostfixInstance {
    /// Postfix is installed and we are root (its master must start as root).
    static let isAvailable = MailTools.postfix
    static let unavailable: Comment = "postfix is not installed or the tests do not run as root; scripts/setup installs it (CI does)"

    static let script = BinaryRunner.root.appendingPathComponent("scripts/mail/postfix-instance").path
    let directory: URL
    let port: Int
    private var running = true

    /// Starts an instance with `settings` (main.cf `name=value`, master.cf `service/type=entry`,
    /// or `service/type/name=value`, as the script takes them).
    init(settings: [String] = []) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-postfix-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        port = try Self.freePort()
        try Self.shell([Self.script, "start", directory.path, String(port)] + settings)
    }

    /// An instance whose smtpd hands every message to the milter on 127.0.0.1:`milter`, and
    /// when that milter cannot be reached does `defaultAction` (accept, tempfail, reject).
    convenience init(milter: Int, defaultAction: String = "accept") throws {
        try self.init(settings: ["smtpd_milters=inet:127.0.0.1:\(milter)", "milter_protocol=6",
                                 "milter_default_action=\(defaultAction)", "non_smtpd_milters="])
    }

    /// Changes settings and reloads the running instance.
    func set(_ settings: [String]) throws {
        try Self.shell([Self.script, "set", directory.path] + settings)
    }

    /// Stops the master by its PID and removes the folder.
    func stop() {
        guard running else { return }
        running = false
        _ = try? Self.shell([Self.script, "stop", directory.path])
        try? FileManager.default.removeItem(at: directory)
    }

    deinit { stop() }

    /// The files delivered to `mailbox` so far, in delivery order.
    func delivered(to mailbox: String = "inbox") -> [URL] {
        let new = directory.appendingPathComponent("mail/\(mailbox)/new")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: new.path)) ?? []
        return Maildir.deliveryOrder(names).map { new.appendingPathComponent($0) }
    }

    /// Waits until the queue is empty (every message delivered or refused) and nothing new has
    /// reached `mailbox` for half a second; the number delivered there.
    @discardableResult
    func settle(mailbox: String = "inbox", timeout: TimeInterval = 180) -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        var last = -1
        while Date() < deadline {
            let count = delivered(to: mailbox).count
            if count == last && queueIsEmpty { return count }
            last = count
            Thread.sleep(forTimeInterval: 0.5)
        }
        return delivered(to: mailbox).count
    }

    /// Whether nothing waits in the queue to be delivered (the hold queue aside).
    var queueIsEmpty: Bool {
        ["maildrop", "incoming", "active", "deferred"].allSatisfy { files(in: "queue/\($0)").isEmpty }
    }

    /// Messages put on hold (a milter's quarantine).
    var held: [URL] { files(in: "queue/hold") }

    private func files(in folder: String) -> [URL] {
        let found = FileManager.default.enumerator(at: directory.appendingPathComponent(folder), includingPropertiesForKeys: [.isRegularFileKey])
        return (found?.allObjects as? [URL] ?? []).filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }

    /// The messages delivered to `mailbox` so far, oldest first.
    func messages(in mailbox: String) -> [[UInt8]] {
        delivered(to: mailbox).compactMap { try? [UInt8](Data(contentsOf: $0)) }
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
