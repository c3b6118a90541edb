import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `replylint milter --syslog` through the C library's real syslog path: the built binary runs
/// in a mount namespace of its own (unshare) whose `/dev/log` is this test's datagram socket, so
/// every line it sends to syslog arrives here as the datagram a syslog daemon would read.
@Suite(.serialized, .enabled(if: SyslogCapture.isAvailable, "needs root and unshare(1) with mount namespaces, to give the milter a private /dev/log"))
struct MilterSyslogTests {
    typealias F = MilterFrames

    @Test func eachMessageIsOneLineAtMailInfo() throws {
        let capture = try SyslogCapture()
        let milter = try capture.startMilter()
        defer { milter.stop() }
        let client = try MilterTestClient(unixPath: capture.milterSocket)
        client.send(F.postfixOffer)
        #expect(client.receive()?.code == "O")
        let draft = try MilterServerTests.goodDraft
        let queueIDs = ["SYSLOG1", "SYSLOG2", "SYSLOG3"]
        for queueID in queueIDs {
            client.send(MilterServerTests.messageFrames(draft, queueID: queueID))
            #expect(client.receiveEndOfMessage().last?.code == "a")
        }
        // The server's own lines come before (listening) and after (stopped) the messages', so
        // every message's line has arrived once "stopped" has.
        milter.stop()
        let datagrams = capture.receive(until: { $0.hasSuffix(": stopped") })
        let tag = "replylint[\(milter.process.processIdentifier)]: "
        // <22>: facility mail (2 × 8) + priority info (6); <21> notice, for the server's lines.
        #expect(datagrams.first { $0.contains(tag + "listening on unix:") }?.hasPrefix("<21>") == true, "\(datagrams)")
        for queueID in queueIDs {
            let lines = datagrams.filter { $0.contains(tag + "queue=\(queueID) ") }
            #expect(lines.count == 1, "\(queueID): \(datagrams)")
            #expect(lines.first?.hasPrefix("<22>") == true)
            #expect(lines.first?.contains("queue=\(queueID) verdict=pass errors=0 ") == true)
            #expect(lines.first?.contains(" rules=") == true)
            #expect(lines.first?.contains(" action=accept ms=") == true)
            #expect(lines.first?.hasSuffix("\n") == false)
        }
        #expect(datagrams.filter { $0.contains(tag + "queue=") }.count == queueIDs.count)
        #expect(datagrams.allSatisfy { !$0.contains("replylint milter: ") }, "the standard error prefix is not syslog's")
    }
}

/// A datagram socket standing in for `/dev/log`, and the milter started with it as its `/dev/log`.
final class SyslogCapture {
    /// Root, unshare, and a mount namespace that can be made (a container may refuse one).
    static let isAvailable: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: unshare) else { return false }
        return (try? ToolRun.run(unshare, ["--mount", "/bin/true"]).status) == 0
    }()

    static let unshare = "/usr/bin/unshare"

    /// In the new namespace: a tmpfs over /dev holding the few devices a process opens, and
    /// `log` bound to the socket given as $1; then the milter ($2…) in place of the shell.
    static let script = """
        set -e
        real=$(mktemp -d)
        mount --rbind /dev "$real"
        mount -t tmpfs tmpfs /dev
        for device in null zero random urandom; do touch "/dev/$device"; mount --bind "$real/$device" "/dev/$device"; done
        touch /dev/log
        mount --bind "$1" /dev/log
        shift
        exec "$@"
        """

    let directory: URL
    let logSocket: String
    let milterSocket: String
    private let descriptor: Int32

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-syslog-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        logSocket = directory.appendingPathComponent("log").path
        milterSocket = directory.appendingPathComponent("milter.sock").path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let descriptor = descriptor
        let bound = MilterTestClient.withUnixAddress(logSocket) { bind(descriptor, $0, $1) }
        guard bound == 0 else {
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EINVAL)
        }
    }

    deinit {
        close(descriptor)
        try? FileManager.default.removeItem(at: directory)
    }

    /// `replylint milter --syslog` on the unix socket `milterSocket`, once it accepts connections.
    func startMilter() throws -> MilterProcessHandle {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.unshare)
        process.arguments = ["--mount", "/bin/sh", "-c", Self.script, "sh", logSocket, BinaryRunner.binary.path,
                             "milter", "--syslog", "--listen", "unix:\(milterSocket)"]
        process.currentDirectoryURL = BinaryRunner.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let handle = MilterProcessHandle(process: process)
        let deadline = Date().addingTimeInterval(60)
        while (try? MilterTestClient(unixPath: milterSocket)) == nil, process.isRunning, Date() < deadline { usleep(20_000) }
        guard process.isRunning else { throw ToolFailure("the milter under unshare exited with \(process.terminationStatus)") }
        return handle
    }

    /// Datagrams as they arrive, up to the first that `last` accepts (or 20 s without one).
    func receive(until last: (String) -> Bool) -> [String] {
        var datagrams: [String] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return datagrams }
            let datagram = String(decoding: buffer[..<count], as: UTF8.self)
            datagrams.append(datagram)
            if last(datagram) { return datagrams }
        }
    }
}

/// A process stopped by SIGTERM, once.
final class MilterProcessHandle {
    let process: Process

    init(process: Process) {
        self.process = process
    }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        process.waitUntilExit()
    }
}
