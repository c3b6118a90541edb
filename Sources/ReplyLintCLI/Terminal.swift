import ArgumentParser
import Foundation
import ReplyLint

/// Standard streams and exit codes: errors, progress and colour, each only where it belongs.
enum Terminal {
    static var colorOutput: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static var colorErrors: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("replylint: error: \(message)\n".utf8))
    }

    /// `checked 50/200` on standard error, for a run over many files whose report goes to a
    /// file or pipe while a person watches the terminal (on a terminal, the report coming in is
    /// the progress); nil otherwise.
    static func progress(files: Int) -> (@Sendable (Int, Int) -> Void)? {
        guard files > 1, isatty(STDERR_FILENO) == 1, isatty(STDOUT_FILENO) != 1 else { return nil }
        return { done, total in
            guard done % 50 == 0 || done == total else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[Kchecked \(done)/\(total)\(done == total ? "\r\u{1B}[K" : "")".utf8))
        }
    }

    /// The exit code of a verdict: 0 passed, 1 failed (error-level findings, or warnings under
    /// --strict), 2 input or configuration that could not be used. (64, a usage error, comes
    /// from argument parsing.)
    static func exitCode(_ verdict: Verdict) -> ExitCode {
        switch verdict {
        case .passed: .success
        case .failed: ExitCode(1)
        case .unreadableInput, .overLimit, .badConfiguration, .internalError: ExitCode(2)
        }
    }

    /// Ends the command with the verdict's exit code (returns on 0).
    static func exit(_ verdict: Verdict) throws {
        let code = exitCode(verdict)
        if code != .success { throw code }
    }
}

/// Report text gathered into large writes (a terminal gets each piece at once).
final class BufferedOutput {
    private let handle: FileHandle
    private let isTerminal: Bool
    private var buffer: [UInt8] = []

    init(_ handle: FileHandle, isTerminal: Bool) {
        self.handle = handle
        self.isTerminal = isTerminal
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if isTerminal || buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
