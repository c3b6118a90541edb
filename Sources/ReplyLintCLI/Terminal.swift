import Foundation
import ReplyLint

/// Standard streams: errors, progress and colour, each only where it belongs.
enum Terminal {
    enum Outcome: Sendable {
        case success(FileReport)
        /// `check --fix`: what was fixed and what is left.
        case fixed(FixResult)
        case failure(String)
    }

    static var colorOutput: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static var colorErrors: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("replylint: error: \(message)\n".utf8))
    }

    /// Lints every input on all cores and hands each outcome, with what `render` made of it on
    /// the worker, to `deliver` on the calling thread in input order, as soon as it and every
    /// one before it are done: output starts at once, and a folder of any size is never held
    /// whole. With more than one draft, progress goes to stderr when that is a terminal and the
    /// report is not (on a terminal, the report coming in is the progress).
    static func checkInParallel(_ inputs: [DraftInput], pool: LinterPool,
                                work: @escaping @Sendable (DraftInput, LinterPool) -> Outcome = check,
                                render: @escaping @Sendable (Outcome) -> String,
                                deliver: (Outcome, String) -> Void) {
        let results = OrderedResults(count: inputs.count)
        let showProgress = inputs.count > 1 && isatty(STDERR_FILENO) == 1 && isatty(STDOUT_FILENO) != 1
        // A thread of its own, not one of the dispatch pool's: the pool's few threads also load
        // the dictionaries, and drafts waiting for one must not leave a core idle.
        Thread {
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                let outcome = work(inputs[index], pool)
                let done = results.put(index, (outcome, render(outcome)))
                if showProgress, done % 50 == 0 || done == inputs.count {
                    FileHandle.standardError.write(Data("\r\u{1B}[Kchecked \(done)/\(inputs.count)".utf8))
                }
            }
        }.start()
        for index in inputs.indices {
            let (outcome, rendered) = results.take(index)
            deliver(outcome, rendered)
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// What `check` and `check --fix` need before they can work on a draft.
    struct Prepared {
        /// The path as reports show it (`<stdin>` for standard input).
        var shown: String
        var bytes: [UInt8]
        var linter: Linter
    }

    /// Reads the draft and finds its linter; a failure is the line that says why not.
    static func prepare(_ input: DraftInput, pool: LinterPool) -> Result<Prepared, Unprepared> {
        let shown = input.path == DraftInput.standardInput ? "<stdin>" : input.path
        switch (input.read(), pool.linter(for: input.directory)) {
        case let (.failure(failure), _): return .failure(Unprepared(message: DraftInput.describe(failure, shown: shown)))
        case let (_, .failure(error)): return .failure(Unprepared(message: error.description))
        case let (.success(bytes), .success(linter)): return .success(Prepared(shown: shown, bytes: bytes, linter: linter))
        }
    }

    struct Unprepared: Error {
        var message: String
    }

    @Sendable static func check(_ input: DraftInput, pool: LinterPool) -> Outcome {
        switch prepare(input, pool: pool) {
        case let .failure(failure):
            return .failure(failure.message)
        case let .success(draft):
            do {
                return .success(try draft.linter.lint(draft.bytes, path: draft.shown))
            } catch {
                return .failure("\(draft.shown): \(error)")
            }
        }
    }
}

/// Outcomes written by many threads, each to its own slot, and taken in order by one reader,
/// which frees each slot as it takes it. The reader is woken only for the slot it waits for,
/// and waits for a few at a time: one wake-up per outcome would cost the workers a core's
/// share of context switches.
final class OrderedResults: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [(Terminal.Outcome, String)?]
    private var done = 0
    /// The slot whose filling wakes the reader.
    private var awaited = -1
    private static let batch = 8

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores one outcome; returns how many are done.
    func put(_ index: Int, _ value: (Terminal.Outcome, String)) -> Int {
        condition.lock()
        defer { condition.unlock() }
        slots[index] = value
        done += 1
        if index == awaited { condition.signal() }
        return done
    }

    /// Waits for the outcome of `index` and takes it out.
    func take(_ index: Int) -> (Terminal.Outcome, String) {
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
