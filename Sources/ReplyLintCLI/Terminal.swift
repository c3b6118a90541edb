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

    /// Lints every input on all cores; results come back in input order. Progress goes to
    /// stderr only when it is a terminal and there is more than one draft.
    static func checkInParallel(_ inputs: [DraftInput], pool: LinterPool,
                                work: @escaping @Sendable (DraftInput, LinterPool) -> Outcome = check) -> [Outcome] {
        let results = ResultBox(count: inputs.count)
        let showProgress = inputs.count > 1 && isatty(STDERR_FILENO) == 1
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            results.set(index, work(inputs[index], pool))
            if showProgress {
                let done = results.completed()
                if done % 50 == 0 || done == inputs.count {
                    FileHandle.standardError.write(Data("\r\u{1B}[Kchecked \(done)/\(inputs.count)".utf8))
                }
            }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return results.values
    }

    @Sendable static func check(_ input: DraftInput, pool: LinterPool) -> Outcome {
        let shown = input.path == DraftInput.standardInput ? "<stdin>" : input.path
        guard let bytes = input.read() else { return .failure("\(shown): cannot read the file") }
        switch pool.linter(for: input.directory) {
        case let .failure(error):
            return .failure(error.description)
        case let .success(linter):
            do {
                return .success(try linter.lint(bytes, path: shown))
            } catch {
                return .failure("\(shown): \(error)")
            }
        }
    }
}

/// Results written by many threads, each to its own slot.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Terminal.Outcome?]
    private var done = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: Terminal.Outcome) {
        lock.lock()
        slots[index] = outcome
        done += 1
        lock.unlock()
    }

    func completed() -> Int {
        lock.lock()
        defer { lock.unlock() }
        return done
    }

    var values: [Terminal.Outcome] { slots.map { $0 ?? .failure("internal: a draft was not checked") } }
}
