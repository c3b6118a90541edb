import ArgumentParser
import Foundation
import ReplyLint
#if canImport(Glibc)
import Glibc
#endif

/// The pipe filter's guard: the message is checked by a child process (this executable with
/// `filter … --check-only`), which reads it on standard input and prints a `MailAnswer`. The
/// parent holds the message and never runs the linter itself, so a check that crashes, hangs
/// past the timeout or answers nonsense is an internal error under the site's policy, and the
/// message is still passed on (fail-open) or deferred, never lost.
struct ChildCheck {
    var arguments: [String]
    var timeout: Double

    /// The child's answer, or the internal-error answer when it gave none, and what the child
    /// wrote on its standard error (a crash's report), which the caller writes after its own
    /// status line: pipe(8) reads the enhanced status code at the start of the output. A child
    /// that exits 75 has deferred the message and said why: so do we, in its words.
    func answer(_ message: [UInt8], policy: MailPolicy) throws -> (answer: MailAnswer, childErrors: String) {
        let errors = Collected()
        let failed = { (reason: String) in
            (MailAnswer(internalError: reason, subject: "message", policy: policy), String(decoding: errors.bytes, as: UTF8.self))
        }
        let process = Process()
        do {
            process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        } catch {
            return failed("cannot find replylint's own executable to run the check (\(error.localizedDescription))")
        }
        process.arguments = arguments
        let input = Pipe(), output = Pipe(), errorOutput = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errorOutput
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            return failed("cannot start the check (\(error.localizedDescription))")
        }
        // Feed and drain on threads of their own, so that neither side can block the other
        // and the timeout below always gets its turn.
        let fed = DispatchGroup(), read = Collected()
        let inputDescriptor = input.fileHandleForWriting.fileDescriptor, outputDescriptor = output.fileHandleForReading.fileDescriptor
        let errorDescriptor = errorOutput.fileHandleForReading.fileDescriptor
        DispatchQueue.global().async(group: fed) {
            // A child that died early cannot take it all; its answer, or its absence, says what happened.
            _ = FileDescriptorIO.writeAll(message, to: inputDescriptor)
            close(inputDescriptor)
        }
        DispatchQueue.global().async(group: fed) {
            read.bytes = FileDescriptorIO.readAll(outputDescriptor)
        }
        DispatchQueue.global().async(group: fed) {
            errors.bytes = FileDescriptorIO.readAll(errorDescriptor)
        }
        var timedOut = false
        if ended.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
        }
        fed.wait()
        if timedOut { return failed("the check took longer than \(Self.seconds(timeout)) and was stopped") }
        switch (process.terminationReason, process.terminationStatus) {
        case (.uncaughtSignal, let signal):
            return failed("the check was killed by signal \(signal)")
        case (.exit, 0):
            guard let answer = MailAnswer(decoding: read.bytes) else { return failed("the check gave no answer") }
            return (answer, String(decoding: errors.bytes, as: UTF8.self))
        case (.exit, 75):
            FileHandle.standardError.write(Data(errors.bytes))
            throw ExitCode(75)
        case (_, let status):
            return failed("the check exited with status \(status)")
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// What the reading thread collected, handed over once `fed` is waited for.
    private final class Collected: @unchecked Sendable {
        var bytes: [UInt8] = []
    }
}
