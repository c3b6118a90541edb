import Foundation
import ReplyLint

/// libFuzzer entry: every input goes through the whole pipeline (parse, anatomy, every
/// rule, the show summary, `check --fix`). Built by scripts/fuzz with `-sanitize=fuzzer -DFUZZING`.
/// With `REPLYLINT_FUZZ=templates` (scripts/fuzz --templates) each input is one template file
/// instead, put through `templates check`: front matter, Mustache, variables, rendering, lint; an
/// input that starts with `{` or `[` is a help desk's export, put through the desk checker, and
/// any other is also a plain folder's macro file (Liquid or Mustache).
enum FuzzTarget {
    /// Every input goes in as an MCP call or the milter would hand it over: bytes held in memory.
    static let session: LintSession? = try? LintSession(SessionOptions())
    static let fuzzesTemplates = ProcessInfo.processInfo.environment["REPLYLINT_FUZZ"] == "templates"
    /// The one-template library the inputs are written into, removed at exit.
    static let templateFolder: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-fuzz-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: FuzzTarget.templateFolder) }
        return path
    }()

    /// The one-file folder of macro files the same inputs are written into, removed at exit.
    static let macroFolder: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-fuzz-macros-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: FuzzTarget.macroFolder) }
        return path
    }()

    static func run(_ bytes: [UInt8]) {
        if fuzzesTemplates { return checkTemplate(bytes) }
        guard let session, case .success = session.linter(forDraftsIn: ".") else {
            fatalError("rule data not found; set REPLYLINT_RULES")
        }
        // `fix` lints first (the same work as `check`), then fixes what it safely can.
        let source = DraftSource.bytes(bytes, name: "fuzz.eml")
        _ = session.fix(source)
        _ = session.inspect(source)
    }

    static func checkTemplate(_ bytes: [UInt8]) {
        // An input that starts as a JSON object or list is a help desk's export (seeds: Fixtures/desks/).
        if let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            let path = templateFolder + "/fuzz.json"
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { fatalError("cannot write \(path)") }
            _ = try? DeskChecker().check(DeskChecker.Input(path: path))
            return
        }
        let path = templateFolder + "/fuzz.en.mustache"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("cannot write \(path)")
        }
        _ = TemplateChecker().check(directory: templateFolder)
        // The same text as a folder's macro file: a `.txt` is read as Liquid or Mustache by what
        // it holds, so both of the folder's syntaxes are fuzzed.
        let macroFile = macroFolder + "/fuzz.en.txt"
        guard FileManager.default.createFile(atPath: macroFile, contents: Data(bytes)) else { fatalError("cannot write \(macroFile)") }
        _ = try? DeskChecker().check(DeskChecker.Input(path: macroFolder, source: .folder))
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    FuzzTarget.run(Array(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
// SwiftPM renames an executable's `main` to `<Target>_main` and points `main` at it;
// under the fuzzer that entry hands control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@_cdecl("ReplyLintFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
/// Without the fuzzer: replays files (a crash reproducer, a corpus) through the same entry.
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("replylint-fuzz: cannot read \(path)\n".utf8))
                continue
            }
            FuzzTarget.run([UInt8](data))
        }
    }
}
#endif
