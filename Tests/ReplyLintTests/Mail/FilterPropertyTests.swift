import Foundation
import Synchronization
import Testing
@testable import ReplyLint

/// The mail path's first duty, over thousands of generated messages (`GeneratedMessage`): the
/// filter's output less the fields it adds is the input byte for byte, less only the forged
/// `X-ReplyLint-*` fields of its header; the stamp is at the top in the message's first line
/// break. Set REPLYLINT_PROPERTY_SEED to replay a failure; the seed is printed with it.
@Suite struct FilterPropertyTests {
    static let seed = ProcessInfo.processInfo.environment["REPLYLINT_PROPERTY_SEED"].flatMap { UInt64($0) } ?? 0x5EED_F11E
    static let count = 4000
    /// Messages linted in full (a debug build lints about 40 a second); the others get the
    /// stamp of one of these (pass, fail and error alike), since the bytes kept do not depend on it.
    static let linted = 500

    static func messages(seed: UInt64, count: Int) -> [GeneratedMessage] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in GeneratedMessage(using: &random) }
    }

    /// The bytes the filter must write for `message` under `stamp`.
    static func expected(_ message: GeneratedMessage, _ stamp: VerdictStamp) -> [UInt8] {
        let lineBreak = String(decoding: message.lineBreak ?? [0x0A], as: UTF8.self)
        return Array(message.kept[..<message.stampOffset]) + stamp.lines(lineBreak: lineBreak)
            + (message.headless ? Array(lineBreak.utf8) : []) + Array(message.kept[message.stampOffset...])
    }

    @Test func outputLessTheStampIsTheInputLessForgedFields() throws {
        let messages = Self.messages(seed: Self.seed, count: Self.count)
        let gate = MailGate(session: try LintSession(SessionOptions()), policy: MailPolicy())
        let stamps = Mutex<[VerdictStamp?]>(Array(repeating: nil, count: Self.linted))
        DispatchQueue.concurrentPerform(iterations: Self.linted) { index in
            let stamp = gate.check(messages[index].bytes).stamp
            stamps.withLock { $0[index] = stamp }
        }
        // Generated messages lack a recipient or a greeting, so none passes: one pass stamp joins them.
        let stamped = stamps.withLock { $0.compactMap { $0 } } + [VerdictStamp(.passed(SeverityCounts()))]
        #expect(Set(stamped.map { $0.status.prefix(4) }) == ["pass", "fail", "erro"])
        let failures = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: messages.count) { index in
            let message = messages[index]
            let stamp = stamped[index % stamped.count]
            if stamp.apply(to: message.bytes) != Self.expected(message, stamp) {
                failures.withLock { $0.append(index) }
            }
        }
        let failed = failures.withLock { $0.sorted() }
        #expect(failed.isEmpty, "seed \(Self.seed) (REPLYLINT_PROPERTY_SEED=\(Self.seed)): messages \(failed.prefix(10)) of \(Self.count) changed beyond the stamp")
        // The generator reaches every shape the property is about.
        #expect(messages.contains { $0.headless } && messages.contains { $0.bytes.count != $0.kept.count })
        #expect(messages.contains { $0.lineBreak == [0x0D, 0x0A] } && messages.contains { $0.lineBreak == [0x0A] })
        #expect(messages.contains { $0.bytes.contains(0) } && messages.contains { $0.bytes.last != 0x0A })
    }

    @Test func theBinaryDoesTheSame() throws {
        let messages = Self.messages(seed: Self.seed ^ 0xB1, count: 40)
        for (index, message) in messages.enumerated() {
            let run = try FilterCommandTests.filter([], stdin: Data(message.bytes))
            #expect(run.status == 0, "seed \(Self.seed ^ 0xB1), message \(index): exit \(run.status) \(run.stderr)")
            let output = [UInt8](run.stdout)
            let lineBreak = message.lineBreak ?? [0x0A]
            // The binary's stamp is whatever it found; the rest must be exact.
            var stampEnd = message.stampOffset
            while output[stampEnd...].starts(with: Array("X-ReplyLint-".utf8)) || output[stampEnd...].first == 0x20 {
                stampEnd = (output[stampEnd...].firstIndex(of: 0x0A) ?? output.count - 1) + 1
            }
            let stamp = output[message.stampOffset..<stampEnd]
            #expect(stamp.starts(with: Array("X-ReplyLint-Status: ".utf8)) && stamp.suffix(lineBreak.count).elementsEqual(lineBreak),
                    "seed \(Self.seed ^ 0xB1), message \(index)")
            let rest = Array(output[stampEnd...])
            let kept = Array(message.kept[message.stampOffset...])
            #expect(Array(output[..<message.stampOffset]) == Array(message.kept[..<message.stampOffset]))
            #expect(rest == (message.headless ? lineBreak + kept : kept), "seed \(Self.seed ^ 0xB1), message \(index)")
        }
    }
}
