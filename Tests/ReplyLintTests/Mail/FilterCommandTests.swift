import Foundation
import Testing

/// `replylint filter` as Postfix's pipe(8) runs it: the stamped message on standard output or
/// into a command, sysexits codes, a status line on standard error when refusing, and no
/// message lost when the output fails.
@Suite struct FilterCommandTests {
    static let needsWork = try! Data(contentsOf: BinaryRunner.root.appendingPathComponent("Fixtures/drafts/en-needs-work.eml"))
    static let good = try! Data(contentsOf: BinaryRunner.root.appendingPathComponent("Fixtures/drafts/en-refund-good.eml"))

    /// Runs the filter with raw bytes in and out.
    static func filter(_ arguments: [String], stdin: Data, stdout: FileHandle? = nil, environment: [String: String] = [:]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.executableURL = BinaryRunner.binary
        process.arguments = ["filter"] + arguments
        process.currentDirectoryURL = BinaryRunner.root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = stdout ?? out
        process.standardError = err
        process.standardInput = input
        try process.run()
        nonisolated(unsafe) var outData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            if stdout == nil { outData = out.fileHandleForReading.readDataToEndOfFile() }
            group.leave()
        }
        input.fileHandleForWriting.write(stdin)
        try input.fileHandleForWriting.close()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, outData, String(decoding: errData, as: UTF8.self))
    }

    /// The output's leading X-ReplyLint-* lines (with their folds) and the rest.
    static func stamp(of output: Data) -> (stamp: String, rest: Data) {
        var index = output.startIndex
        while output[index...].starts(with: Data("X-ReplyLint-".utf8)) || output[index...].first == 0x20 {
            index = (output[index...].firstIndex(of: 0x0A) ?? output.endIndex - 1) + 1
        }
        return (String(decoding: output[..<index], as: UTF8.self), output[index...])
    }

    @Test func aMessageWithFindingsIsPassedOnStampedFailAndOtherwiseUnchanged() throws {
        let run = try Self.filter([], stdin: Self.needsWork)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let (stamp, rest) = Self.stamp(of: run.stdout)
        #expect(stamp.hasPrefix("X-ReplyLint-Status: fail errors=2 warnings=7 infos=4\nX-ReplyLint-Report: body.placeholder, "))
        #expect(stamp.split(separator: "\n").allSatisfy { $0.count <= 78 })
        #expect(rest == Self.needsWork)
    }

    @Test func aCRLFMessageGetsCRLFFieldsAndAForgedPassIsRemoved() throws {
        let crlf = Data(String(decoding: Self.good, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let forged = Data("X-ReplyLint-Status: fail\r\n".utf8) + crlf
        let run = try Self.filter([], stdin: forged)
        #expect(run.status == 0)
        let (stamp, rest) = Self.stamp(of: run.stdout)
        #expect(stamp.hasPrefix("X-ReplyLint-Status: pass errors=0 "))
        #expect(stamp.hasSuffix("\r\n") && !stamp.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(rest == crlf)
    }

    @Test func rejectModeExitsSixtyNineWithAnEnhancedStatusAndWritesNothing() throws {
        let run = try Self.filter(["--on-findings", "reject"], stdin: Self.needsWork)
        #expect(run.status == 69)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "5.7.1 replylint found 2 error-level findings (body.placeholder)\n")
        #expect(try Self.filter(["--on-findings", "reject"], stdin: Self.good).status == 0)
    }

    @Test func byDefaultAMessageThatCannotBeCheckedPassesUnchangedStampedError() throws {
        let big = try Self.filter(["--max-size", "100"], stdin: Self.good)
        #expect(big.status == 0)
        #expect(big.stdout == Data("X-ReplyLint-Status: error reason=\"message is \(Self.good.count) bytes; the limit is 100\"\n".utf8) + Self.good)
        let empty = try Self.filter([], stdin: Data())
        #expect(empty.status == 0)
        #expect(empty.stdout == Data("X-ReplyLint-Status: error reason=\"message is empty\"\n".utf8))
    }

    @Test(arguments: [("tempfail", Int32(75), "4.7.1 "), ("reject", 69, "5.7.1 ")])
    func onErrorDefersOrRejects(answer: String, status: Int32, code: String) throws {
        let run = try Self.filter(["--on-error", answer, "--max-size", "100"], stdin: Self.good)
        #expect(run.status == status)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "\(code)replylint could not check the message: message is \(Self.good.count) bytes; the limit is 100\n")
    }

    /// The check runs in a child process: when it crashes (a debug build's test hook makes it),
    /// the message still passes on unchanged, stamped error, or is deferred under --on-error.
    @Test func aCrashInTheCheckLosesNothing() throws {
        let crash = ["REPLYLINT_TEST_FAULT_IN_CHECK": "crash"]
        let open = try Self.filter([], stdin: Self.needsWork, environment: crash)
        #expect(open.status == 0)
        #expect(open.stdout == Data("X-ReplyLint-Status: error reason=\"the check was killed by signal 4\"\n".utf8) + Self.needsWork)
        let closed = try Self.filter(["--on-error", "tempfail"], stdin: Self.needsWork, environment: crash)
        #expect(closed.status == 75)
        #expect(closed.stdout.isEmpty)
        // pipe(8) reads the status code at the start; the crash's own report comes after.
        #expect(closed.stderr.hasPrefix("4.7.1 replylint could not check the message: the check was killed by signal 4\n"), "\(closed.stderr)")
        #expect(closed.stderr.contains("Fatal error: REPLYLINT_TEST_FAULT_IN_CHECK=crash"))
    }

    /// A check that never ends is stopped at --timeout, and the message goes on, stamped error.
    @Test func aCheckPastTheTimeoutIsStoppedAndTheMessagePassesOn() throws {
        let started = Date()
        let run = try Self.filter(["--timeout", "1"], stdin: Self.good, environment: ["REPLYLINT_TEST_FAULT_IN_CHECK": "hang"])
        #expect(run.status == 0)
        #expect(run.stdout == Data("X-ReplyLint-Status: error reason=\"the check took longer than 1 s and was\n stopped\"\n".utf8) + Self.good)
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func theCommandAfterTheSeparatorGetsTheStampedMessage() throws {
        let folder = try TemporaryFolder(["keep": ""])
        let target = folder.path + "/out.eml"
        let run = try Self.filter(["--", "/bin/sh", "-c", "cat > \"$0\"", target], stdin: Self.needsWork)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(Self.stamp(of: written).rest == Self.needsWork)
        #expect(Self.stamp(of: written).stamp.hasPrefix("X-ReplyLint-Status: fail "))
    }

    @Test(arguments: [
        (["--", "/bin/sh", "-c", "exit 3"], "4.3.0 replylint filter: /bin/sh exited 3\n"),
        (["--", "/no/such/sendmail"], nil),
    ])
    func aFailingCommandDefersTheMessage(arguments: [String], stderr: String?) throws {
        let run = try Self.filter(arguments, stdin: Self.needsWork)
        #expect(run.status == 75)
        if let stderr { #expect(run.stderr == stderr) } else { #expect(run.stderr.hasPrefix("4.3.0 replylint filter: cannot run /no/such/sendmail")) }
    }

    /// A message larger than a pipe's buffer cannot all be written to a command that closes its
    /// input without reading, whenever it does so: the write fails (EPIPE) and the message is deferred.
    @Test func aCommandThatReadsNothingDefersTheMessage() throws {
        let large = Self.needsWork + Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        let run = try Self.filter(["--max-size", "1000", "--", "/bin/sh", "-c", "exec 0<&-; exit 0"], stdin: large)
        #expect(run.status == 75)
        #expect(run.stderr == "4.3.0 replylint filter: cannot write the message to /bin/sh (Broken pipe)\n")
    }

    @Test func anOutputThatCannotBeWrittenDefersTheMessage() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let run = try Self.filter([], stdin: Self.good, stdout: full)
        #expect(run.status == 75)
        #expect(run.stderr == "4.3.0 replylint filter: cannot write the message (No space left on device)\n")
    }

    @Test(arguments: [["--on-findings", "quarantine"], ["--on-error", "later"], ["--max-size", "0"], ["--timeout", "0"], ["--timeout", "nan"]])
    func aBadOptionIsAUsageError(arguments: [String]) throws {
        let run = try Self.filter(arguments, stdin: Self.good)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
    }

    @Test func helpDescribesTheFieldsAndExitCodes() throws {
        let help = try BinaryRunner.run(["filter", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in ["X-ReplyLint-Status", "removed", "fails open", "69 (EX_UNAVAILABLE)", "75 (EX_TEMPFAIL)", "sendmail -G -i"] {
            #expect(help.contains(phrase), "help lacks \(phrase)")
        }
    }
}

/// The README's console example of `replylint filter` ("In the mail path") is real: each
/// command is run on its file, the lines shown before a lone `…` are the first lines it prints
/// (standard output, then standard error), and `echo $?` shows its exit code.
@Suite struct FilterReadmeTests {
    @Test func theReadmeExampleIsWhatTheFilterPrints() throws {
        let readme = try String(contentsOf: BinaryRunner.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## In the mail path\n").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```console\n").dropFirst().first?.components(separatedBy: "\n```").first)
        var commands: [(arguments: [String], file: String, shown: [String])] = []
        var status: [Int32] = []
        var lines = block.components(separatedBy: "\n")[...]
        while let line = lines.popFirst() {
            let shown = Array(lines.prefix { !$0.hasPrefix("$ ") })
            lines = lines.dropFirst(shown.count)
            if line == "$ echo $?" { status.append(try #require(Int32(shown.first ?? ""))); continue }
            let words = line.dropFirst(2).split(separator: " ").map(String.init)
            #expect(words.prefix(2) == ["replylint", "filter"] && words.dropLast().last == "<")
            commands.append((Array(words.dropFirst(2).dropLast(2)), words.last!, Array(shown.prefix { $0 != "…" })))
        }
        #expect(commands.count == 2 && status == [69])
        for (index, command) in commands.enumerated() {
            let input = try Data(contentsOf: BinaryRunner.root.appendingPathComponent(command.file))
            let run = try FilterCommandTests.filter(command.arguments, stdin: input)
            let printed = (String(decoding: run.stdout, as: UTF8.self) + run.stderr).components(separatedBy: "\n")
            #expect(Array(printed.prefix(command.shown.count)) == command.shown)
            if index == commands.count - 1 { #expect(run.status == status.last) }
        }
    }
}
