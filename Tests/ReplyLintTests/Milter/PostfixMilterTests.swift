import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The milter behind a real Postfix of the test's own (`PostfixInstance`), mail sent with swaks:
/// what is delivered, what is refused, and what happens when the milter is gone.
@Suite(.serialized, .enabled(if: MailTools.postfix && MailTools.swaks, "postfix and swaks are not installed, or the tests do not run as root (scripts/setup installs them)"))
struct PostfixMilterTests {
    static let swaks = "/usr/bin/swaks"

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: BinaryRunner.root.appendingPathComponent("Fixtures/drafts/\(name)"))
    }

    static var placeholderDraft: Data {
        get throws { Data(try MilterCheckerTests.placeholderDraft) }
    }

    /// Sends `message` with swaks; its exit status and the whole SMTP conversation.
    static func send(_ message: Data, to postfix: PostfixInstance) throws -> (status: Int32, output: String) {
        let file = postfix.directory.appendingPathComponent("outgoing-\(UUID().uuidString).eml")
        try message.write(to: file)
        return try ToolRun.run(swaks, ["--server", "127.0.0.1:\(postfix.port)", "--from", "support@brightcart.example",
                                       "--to", "inbox@example.test", "--data", file.path, "--timeout", "60"])
    }

    static func headerLines(_ file: URL, named name: String) throws -> [String] {
        let text = try String(contentsOf: file, encoding: .utf8)
        let header = text.components(separatedBy: "\n\n")[0]
        return header.split(separator: "\n").map(String.init).filter { $0.lowercased().hasPrefix(name.lowercased() + ":") }
    }

    private func postfix(for milter: MilterProcess?, defaultAction: String = "accept", port: Int? = nil) throws -> PostfixInstance {
        try PostfixInstance(milter: port ?? milter!.port, defaultAction: defaultAction)
    }

    @Test func aGoodDraftIsDeliveredStampedPassAndOtherwiseUnchanged() throws {
        let milter = try MilterProcess()
        let postfix = try postfix(for: milter)
        let sent = try Self.send(try Self.fixture("en-refund-good.eml"), to: postfix)
        #expect(sent.status == 0, "\(sent.output)")
        #expect(postfix.settle() == 1)
        let file = try #require(postfix.delivered().first)
        let status = try Self.headerLines(file, named: "X-ReplyLint-Status")
        #expect(status.count == 1)
        #expect(status.first?.hasPrefix("X-ReplyLint-Status: pass") == true)
        // The body arrives as it was, and every header line of the draft, in order, among those
        // Postfix and the milter add.
        let delivered = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n\n")
        let draft = String(decoding: try Self.fixture("en-refund-good.eml"), as: UTF8.self).components(separatedBy: "\n\n")
        // (swaks ends DATA with a line break of its own, with or without a milter.)
        #expect(delivered.dropFirst().joined(separator: "\n\n") == draft.dropFirst().joined(separator: "\n\n") + "\n")
        var deliveredLines = delivered[0].split(separator: "\n")[...]
        for line in draft[0].split(separator: "\n") {
            guard let found = deliveredLines.firstIndex(of: line) else { Issue.record("header line lost: \(line)"); break }
            deliveredLines = deliveredLines[(found + 1)...]
        }
        #expect(milter.lines.contains { $0.contains("verdict=pass") && $0.contains("action=accept") })
        postfix.stop()
        #expect(milter.stop() == 0)
    }

    @Test func aPlaceholderIsDeliveredStampedFailAndAForgedPassDoesNotSurvive() throws {
        let milter = try MilterProcess()
        let postfix = try postfix(for: milter)
        let forged = Data("X-ReplyLint-Status: pass errors=0 warnings=0 infos=0\n".utf8) + (try Self.placeholderDraft)
        #expect(try Self.send(try Self.placeholderDraft, to: postfix).status == 0)
        #expect(try Self.send(forged, to: postfix).status == 0)
        #expect(postfix.settle() == 2)
        for file in postfix.delivered() {
            let status = try Self.headerLines(file, named: "X-ReplyLint-Status")
            #expect(status.count == 1, "\(status)")
            #expect(status.first?.hasPrefix("X-ReplyLint-Status: fail errors=") == true)
            #expect(try Self.headerLines(file, named: "X-ReplyLint-Report").first?.contains("body.placeholder") == true)
        }
        postfix.stop()
        milter.stop()
    }

    @Test func inRejectModeAPlaceholderIsRefusedWith550() throws {
        let milter = try MilterProcess(["--on-findings", "reject"])
        let postfix = try postfix(for: milter)
        let refused = try Self.send(try Self.placeholderDraft, to: postfix)
        #expect(refused.status != 0)
        #expect(refused.output.contains("550 5.7.1 replylint found"), "\(refused.output)")
        #expect(refused.output.contains("body.placeholder"))
        // A good draft still goes through.
        #expect(try Self.send(try Self.fixture("en-refund-good.eml"), to: postfix).status == 0)
        #expect(postfix.settle() == 1)
        #expect(milter.lines.contains { $0.contains("verdict=fail") && $0.contains("action=reject") })
        postfix.stop()
        milter.stop()
    }

    @Test func withTheMilterStoppedDefaultActionDecides() throws {
        let milter = try MilterProcess()
        let port = milter.port
        #expect(milter.stop() == 0)
        // Fail-open: mail flows, unstamped.
        let open = try postfix(for: nil, defaultAction: "accept", port: port)
        #expect(try Self.send(try Self.fixture("en-refund-good.eml"), to: open).status == 0)
        #expect(open.settle() == 1)
        #expect(try Self.headerLines(try #require(open.delivered().first), named: "X-ReplyLint-Status").isEmpty)
        open.stop()
        // Fail-closed: the client is told to try again later, and nothing is delivered.
        let closed = try postfix(for: nil, defaultAction: "tempfail", port: port)
        let refused = try Self.send(try Self.fixture("en-refund-good.eml"), to: closed)
        #expect(refused.status != 0)
        #expect(refused.output.contains("<** 451 4.7.1"), "\(refused.output)")
        #expect(closed.settle() == 0)
        closed.stop()
    }
}
