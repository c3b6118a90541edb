import Foundation
import MCP

/// The requests the client has sent and not yet had answered, so that when standard input
/// closes the server still delivers every answer it owes before it exits. Fed by the
/// transport's reader thread and by its writes; `everythingAnswered` waits for the end.
final class RequestLedger: @unchecked Sendable {
    private let lock = NSLock()
    private var unanswered: Set<ID> = []
    private var inputClosed = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// The ids of the requests in one incoming message (one request, or a batch).
    func received(_ line: Data) {
        let envelopes = Self.envelopes(line)
        resumeIfDone {
            for envelope in envelopes {
                if envelope.isRequest, let id = envelope.id { unanswered.insert(id) }
                // A cancelled request may go unanswered (MCP lets the server drop it).
                if envelope.method == CancelledNotification.name, let id = envelope.cancelled { unanswered.remove(id) }
            }
        }
    }

    /// An answer went out.
    func sent(_ message: Data) {
        let answers = Self.envelopes(message).filter(\.isAnswer)
        guard !answers.isEmpty else { return }
        resumeIfDone { for answer in answers { if let id = answer.id { unanswered.remove(id) } } }
    }

    func closeInput() { resumeIfDone { inputClosed = true } }

    /// The client cannot be written to any more: nothing can be delivered.
    func abandon() { resumeIfDone { inputClosed = true; unanswered.removeAll() } }

    /// Returns once standard input has closed and every request read from it was answered.
    func everythingAnswered() async {
        await withCheckedContinuation { continuation in
            let done = lock.withLock {
                if inputClosed && unanswered.isEmpty { return true }
                waiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }

    var unansweredCount: Int { lock.withLock { unanswered.count } }

    private func resumeIfDone(_ change: () -> Void) {
        let ready: [CheckedContinuation<Void, Never>] = lock.withLock {
            change()
            guard inputClosed && unanswered.isEmpty else { return [] }
            defer { waiters.removeAll() }
            return waiters
        }
        for waiter in ready { waiter.resume() }
    }

    /// The parts of a JSON-RPC message that say what it is; the SDK's own `ID` decodes the id,
    /// so an id the server could not answer by is never waited for.
    struct Envelope: Decodable {
        private struct Cancellation: Decodable { var requestId: ID? }
        var id: ID?
        var method: String?
        /// The request a `notifications/cancelled` names.
        var cancelled: ID?
        var isAnswer: Bool

        var isRequest: Bool { id != nil && method != nil }

        private enum Key: String, CodingKey { case id, method, params, result, error }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            id = try? container.decodeIfPresent(ID.self, forKey: .id)
            method = try? container.decodeIfPresent(String.self, forKey: .method)
            if method == CancelledNotification.name {
                cancelled = (try? container.decodeIfPresent(Cancellation.self, forKey: .params))?.requestId
            }
            isAnswer = container.contains(.result) || container.contains(.error)
        }
    }

    static func envelopes(_ data: Data) -> [Envelope] {
        let decoder = JSONDecoder()
        if let one = try? decoder.decode(Envelope.self, from: data) { return [one] }
        return (try? decoder.decode([Envelope].self, from: data)) ?? []
    }
}
