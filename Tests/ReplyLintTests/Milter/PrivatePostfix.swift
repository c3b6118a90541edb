import Foundation
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

/// A Postfix of the test's own: its config, queue, data and mail folders in a temporary folder,
/// SMTP on 127.0.0.1 at a free port, nothing relayed (every domain but `replylint.test` gets the
/// error transport), mail for `replylint.test` delivered by virtual(8) into one Maildir. Needs
/// root (Postfix's master does) and Debian's postfix package. Stopped by its master's PID.
final class PrivatePostfix {
    static let postfix = "/usr/sbin/postfix"

    let root: URL
    let port: Int
    var inbox: URL { root.appendingPathComponent("mail/inbox") }
    var mailLog: URL { root.appendingPathComponent("maillog") }
    private(set) var masterPID: pid_t = 0

    /// `settings` go into main.cf after the defaults (`smtpd_milters`, `milter_default_action`, …).
    init(_ settings: [String: String]) throws {
        root = URL(fileURLWithPath: "/tmp/replylint-postfix-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        port = try Self.freePort()
        let fm = FileManager.default
        for folder in ["etc", "queue", "data", "mail"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try ToolRun.succeed("/bin/chown", ["postfix", root.appendingPathComponent("data").path])
        try ToolRun.succeed("/bin/chown", ["nobody:nogroup", root.appendingPathComponent("mail").path])
        var main = Self.mainSettings(root)
        for (key, value) in settings { main[key] = value }
        try main.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "\n")
            .appending("\n").write(to: root.appendingPathComponent("etc/main.cf"), atomically: true, encoding: .utf8)
        try Self.master(port).write(to: root.appendingPathComponent("etc/master.cf"), atomically: true, encoding: .utf8)
        try ToolRun.succeed(Self.postfix, ["-c", root.appendingPathComponent("etc").path, "start"])
        let pidFile = root.appendingPathComponent("queue/pid/master.pid")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8), let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)),
               Self.accepts(port) {
                masterPID = pid
                return
            }
            usleep(50_000)
        }
        throw PostfixError("Postfix did not start: \((try? String(contentsOf: mailLog, encoding: .utf8)) ?? "no log")")
    }

    /// The delivered messages' files, in delivery order.
    var delivered: [URL] {
        let folder = inbox.appendingPathComponent("new")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Maildir.deliveryOrder(names).map { folder.appendingPathComponent($0) }
    }

    /// Waits until the queue is empty (every message delivered or refused) and nothing new has
    /// arrived for a moment; the delivered count.
    @discardableResult
    func settle(timeout: TimeInterval = 120) -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        var last = -1
        while Date() < deadline {
            let count = delivered.count
            if count == last && queueIsEmpty { return count }
            last = count
            usleep(500_000)
        }
        return delivered.count
    }

    /// Whether nothing waits in the queue to be delivered (the hold queue aside).
    var queueIsEmpty: Bool {
        ["maildrop", "incoming", "active", "deferred"].allSatisfy { files(in: "queue/\($0)").isEmpty }
    }

    /// Messages put on hold (a milter's quarantine).
    var held: [URL] { files(in: "queue/hold") }

    private func files(in folder: String) -> [URL] {
        let found = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: [.isRegularFileKey])
        return (found?.allObjects as? [URL] ?? []).filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }

    var log: String { (try? String(contentsOf: mailLog, encoding: .utf8)) ?? "" }

    func stop() {
        guard masterPID > 0 else { return }
        kill(masterPID, SIGTERM)
        let deadline = Date().addingTimeInterval(20)
        while kill(masterPID, 0) == 0, Date() < deadline { usleep(50_000) }
        if kill(masterPID, 0) == 0 { kill(masterPID, SIGKILL) }
        masterPID = 0
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: root)
    }

    private static func mainSettings(_ root: URL) -> [String: String] {
        [
            "compatibility_level": "3.6",
            "queue_directory": root.appendingPathComponent("queue").path,
            "data_directory": root.appendingPathComponent("data").path,
            "meta_directory": "/etc/postfix",
            "command_directory": "/usr/sbin",
            "daemon_directory": "/usr/lib/postfix/sbin",
            "shlib_directory": "/usr/lib/postfix",
            "mail_owner": "postfix",
            "setgid_group": "postdrop",
            "maillog_file": root.appendingPathComponent("maillog").path,
            "maillog_file_prefixes": "/tmp",
            "inet_interfaces": "127.0.0.1",
            "inet_protocols": "ipv4",
            "myhostname": "replylint-test.invalid",
            "mydomain": "invalid",
            "mydestination": "",
            "relay_domains": "",
            "mynetworks": "127.0.0.0/8",
            "smtpd_relay_restrictions": "permit_mynetworks, reject",
            // Nothing leaves the machine: any domain but the test's own gets a bounce.
            "default_transport": "error:no mail leaves this test instance",
            "relay_transport": "error:no mail leaves this test instance",
            "virtual_mailbox_domains": "replylint.test",
            "virtual_mailbox_base": root.appendingPathComponent("mail").path,
            "virtual_mailbox_maps": "static:inbox/",
            "virtual_uid_maps": "static:65534",
            "virtual_gid_maps": "static:65534",
            "virtual_minimum_uid": "1",
            "alias_maps": "",
            "alias_database": "",
            "biff": "no",
            "smtputf8_enable": "no",
            "milter_protocol": "6",
            "milter_default_action": "accept",
            "smtpd_milters": "",
            "non_smtpd_milters": "",
        ]
    }

    private static func master(_ port: Int) -> String {
        """
        127.0.0.1:\(port) inet n - n - - smtpd
        pickup unix n - n 60 1 pickup
        cleanup unix n - n - 0 cleanup
        qmgr unix n - n 300 1 qmgr
        rewrite unix - - n - - trivial-rewrite
        bounce unix - - n - 0 bounce
        defer unix - - n - 0 bounce
        trace unix - - n - 0 bounce
        verify unix - - n - 1 verify
        flush unix n - n 1000? 0 flush
        proxymap unix - - n - - proxymap
        showq unix n - n - - showq
        error unix - - n - - error
        retry unix - - n - - error
        discard unix - - n - - discard
        virtual unix - n n - - virtual
        anvil unix - - n - 1 anvil
        scache unix - - n - 1 scache
        postlog unix-dgram n - n - 1 postlogd

        """
    }

    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(descriptor, pointer, length) == 0 else { return -1 }
                return getsockname(descriptor, pointer, &length)
            }
        }
        guard bound == 0 else { throw PostfixError("no free port on 127.0.0.1") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(_ port: Int) -> Bool {
        (try? MilterTestClient(port: port)) != nil
    }
}

struct PostfixError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
