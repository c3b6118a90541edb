import Foundation

extension LintSession {
    /// What a batch does to each draft.
    public enum Work: Sendable {
        case check
        /// `check --fix`; with `inPlace`, changed files are rewritten.
        case fix(inPlace: Bool)
    }

    /// What a batch came to.
    public struct BatchResult: Sendable {
        public var summary: ReportSummary
        /// The drafts that got no report, in input order (each was also delivered).
        public var failures: [LintFailure] { summary.unchecked }

        public func verdict(strict: Bool) -> Verdict { Verdict(summary.counts, failures: failures, strict: strict) }
    }

    /// Works on every draft on all cores and hands each outcome, with what `render` made of
    /// it on the worker, to `deliver` on the calling thread in input order, as soon as it and
    /// every one before it are done: output starts at once, and a folder of any size is never
    /// held whole. `progress` is told, from the workers, how many are done.
    public func run(_ sources: [DraftSource], _ work: Work, render: @escaping @Sendable (LintOutcome) -> String,
                    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
                    deliver: (LintOutcome, String) -> Void) -> BatchResult {
        if sources.count > 1 { preloadDictionaries() }
        var result = BatchResult(summary: ReportSummary(.drafts, fixing: { if case .fix = work { true } else { false } }()))
        let results = OrderedResults(count: sources.count)
        // A thread of its own, not one of the dispatch pool's: the pool's few threads also load
        // the dictionaries, and drafts waiting for one must not leave a core idle.
        Thread {
            DispatchQueue.concurrentPerform(iterations: sources.count) { index in
                let outcome: LintOutcome
                switch work {
                case .check: outcome = self.check(sources[index])
                case let .fix(inPlace): outcome = self.fix(sources[index], inPlace: inPlace)
                }
                let done = results.put(index, (outcome, render(outcome)))
                progress?(done, sources.count)
            }
        }.start()
        for index in sources.indices {
            let (outcome, rendered) = results.take(index)
            if let report = outcome.report { result.summary.add(report) }
            if let failure = outcome.failure { result.summary.add(failure) }
            deliver(outcome, rendered)
        }
        return result
    }
}

/// Outcomes written by many threads, each to its own slot, and taken in order by one reader,
/// which frees each slot as it takes it. The reader is woken only for the slot it waits for,
/// and waits for a few at a time: one wake-up per outcome would cost the workers a core's
/// share of context switches.
final class OrderedResults: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [(LintOutcome, String)?]
    private var done = 0
    /// The slot whose filling wakes the reader.
    private var awaited = -1
    private static let batch = 8

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores one outcome; returns how many are done.
    func put(_ index: Int, _ value: (LintOutcome, String)) -> Int {
        condition.lock()
        defer { condition.unlock() }
        slots[index] = value
        done += 1
        if index == awaited { condition.signal() }
        return done
    }

    /// Waits for the outcome of `index` and takes it out.
    func take(_ index: Int) -> (LintOutcome, String) {
        condition.lock()
        defer { condition.unlock() }
        if slots[index] == nil {
            awaited = min(index + Self.batch - 1, slots.count - 1)
            while slots[awaited] == nil { condition.wait() }
            awaited = index
            while slots[index] == nil { condition.wait() }
        }
        awaited = -1
        let value = slots[index]!
        slots[index] = nil
        return value
    }
}
