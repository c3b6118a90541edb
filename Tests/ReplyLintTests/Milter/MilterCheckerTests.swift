import Foundation
import NIOCore
import ReplyLint
import Testing
@testable import ReplyLintMilter

/// The end-of-message answer: the library's verdict and stamp as milter responses, per policy.
@Suite struct MilterCheckerTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
        return url
    }()

    static func draft(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent("Fixtures/drafts/\(name)")))
    }

    /// A fixture as the MTA sends it: one field per HEADER (leading space kept), the body in CRLF.
    static func message(_ bytes: [UInt8], limit: Int = 1 << 20, extraFields: [(String, String)] = []) -> MilterMessage {
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.components(separatedBy: "\n\n")
        var message = MilterMessage(limit: limit, valuesKeepLeadingSpace: true)
        var fields: [(String, String)] = extraFields
        for line in parts[0].split(separator: "\n") {
            if line.first == " " || line.first == "\t" { fields[fields.count - 1].1 += "\n" + line; continue }
            let colon = line.firstIndex(of: ":")!
            fields.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
        }
        for (name, value) in fields { message.add(field: name, value: Array(value.utf8)) }
        let body = parts.dropFirst().joined(separator: "\n\n").replacingOccurrences(of: "\n", with: "\r\n")
        message.add(body: ByteBuffer(string: body))
        return message
    }

    static func checker(_ policy: MailPolicy = MailPolicy(), maxBytes: Int? = nil) throws -> MilterChecker {
        var options = SessionOptions()
        if let maxBytes { options.draft.limits.maxBytes = maxBytes }
        return MilterChecker(gate: MailGate(session: try LintSession(options), policy: policy))
    }

    static var placeholderDraft: [UInt8] {
        get throws {
            Array(String(decoding: try draft("en-refund-good.eml"), as: UTF8.self)
                .replacingOccurrences(of: "Dear Ms Carter,", with: "Dear {{first_name}},").utf8)
        }
    }

    @Test func aGoodDraftIsStampedPassAtTheTopAndAccepted() throws {
        let decision = try Self.checker().decide(Self.message(Self.draft("en-refund-good.eml")), queueID: "4XyZ1")
        #expect(decision.responses.first == .insertHeader(index: 0, name: "X-ReplyLint-Status", value: " pass errors=0 warnings=0 infos=0"))
        #expect(decision.responses.last == .accept)
        #expect(!decision.responses.contains { if case .changeHeader = $0 { true } else { false } })
        #expect(decision.logLine.hasPrefix("queue=4XyZ1 verdict=pass errors=0 "))
        #expect(decision.logLine.contains(" action=accept ms="))
    }

    @Test func aPlaceholderFailsAndIsAcceptedStampedByDefault() throws {
        let decision = try Self.checker().decide(Self.message(Self.placeholderDraft), queueID: nil)
        guard case let .insertHeader(0, "X-ReplyLint-Status", status) = decision.responses.first else {
            Issue.record("no status first: \(decision.responses)")
            return
        }
        #expect(status.hasPrefix(" fail errors="))
        #expect(decision.responses.contains { if case let .insertHeader(1, "X-ReplyLint-Report", report) = $0 { report.contains("body.placeholder") } else { false } })
        #expect(decision.responses.last == .accept)
        #expect(decision.logLine.hasPrefix("queue=- verdict=fail errors="))
        #expect(decision.logLine.contains("body.placeholder"))
    }

    @Test(arguments: [(MailAction.reject, "550 5.7.1 replylint found "), (.tempfail, "451 4.7.1 replylint found ")])
    func refusalsAreOneReplyCode(_ action: MailAction, _ prefix: String) throws {
        let decision = try Self.checker(MailPolicy(onFindings: action)).decide(Self.message(Self.placeholderDraft), queueID: "Q")
        #expect(decision.responses.count == 1)
        guard case let .replyCode(line) = decision.responses.first else { Issue.record("\(decision.responses)"); return }
        #expect(line.hasPrefix(prefix))
        #expect(line.contains("body.placeholder"))
        #expect(decision.logLine.contains(" action=\(action.rawValue) "))
    }

    @Test func quarantineStampsAndHolds() throws {
        let checker = try Self.checker(MailPolicy(onFindings: .quarantine))
        #expect(checker.requiredActions.contains(.quarantine))
        let responses = checker.decide(Self.message(try Self.placeholderDraft), queueID: "Q").responses
        #expect(responses.suffix(2).first.map { if case let .quarantine(reason) = $0 { reason.hasPrefix("replylint found ") } else { false } } == true)
        #expect(responses.last == .accept)
        #expect(try !Self.checker().requiredActions.contains(.quarantine))
    }

    @Test func forgedStampsAreDeletedLastFirst() throws {
        let forged = Self.message(try Self.draft("en-refund-good.eml"),
                                  extraFields: [("X-ReplyLint-Status", " pass"), ("x-replylint-status", " pass"), ("X-ReplyLint-Report", " none")])
        let responses = try Self.checker().decide(forged, queueID: "Q").responses
        #expect(Array(responses.prefix(3)) == [
            .changeHeader(index: 1, name: "X-ReplyLint-Report", value: ""),
            .changeHeader(index: 2, name: "x-replylint-status", value: ""),
            .changeHeader(index: 1, name: "X-ReplyLint-Status", value: ""),
        ])
    }

    @Test func aMessageOverTheLimitGetsTheErrorAnswer() throws {
        let big = Self.message(try Self.draft("en-refund-good.eml"), limit: 200)
        #expect(big.isOverLimit)
        let open = try Self.checker(maxBytes: 200).decide(big, queueID: "BIG")
        guard case let .insertHeader(0, "X-ReplyLint-Status", status) = open.responses.first else { Issue.record("\(open.responses)"); return }
        #expect(status.hasPrefix(" error"))
        #expect(status.contains("200 bytes"))
        #expect(open.logLine.contains("verdict=error"))
        let closed = try Self.checker(MailPolicy(onError: .tempfail), maxBytes: 200).decide(big, queueID: "BIG")
        #expect(closed.responses.count == 1)
        #expect(closed.responses.first.map { if case let .replyCode(line) = $0 { line.hasPrefix("451 4.7.1 ") } else { false } } == true)
    }

    @Test func withoutLeadingSpacesValuesStartAtTheirFirstWord() throws {
        let responses = MilterChecker.responses(for: try Self.checker().gate.check(Self.draft("en-refund-good.eml")),
                                                fieldNames: [], leadingSpace: false)
        guard case let .insertHeader(0, _, value) = responses.first else { Issue.record("\(responses)"); return }
        #expect(value.hasPrefix("pass"))
    }
}
