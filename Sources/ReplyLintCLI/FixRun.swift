import Foundation
import ReplyLint

/// `check --fix`: fixing one draft, and with `--in-place` writing it back.
enum FixRun {
    /// Fixes a draft; with `inPlace`, replaces the file when something changed.
    static func fix(_ input: DraftInput, pool: LinterPool, inPlace: Bool) -> Terminal.Outcome {
        let shown = input.path == DraftInput.standardInput ? "<stdin>" : input.path
        let bytes: [UInt8]
        switch input.read() {
        case let .success(read): bytes = read
        case let .failure(failure): return .failure(DraftInput.describe(failure, shown: shown))
        }
        switch pool.linter(for: input.directory) {
        case let .failure(error):
            return .failure(error.description)
        case let .success(linter):
            let result: FixResult
            do {
                result = try linter.fix(bytes, path: shown)
            } catch {
                return .failure("\(shown): \(error)")
            }
            if inPlace, result.changed {
                do {
                    try AtomicFile.replace(input.path, with: result.bytes)
                } catch {
                    return .failure("\(shown): cannot write the fixed draft (\(error.message)); the file was left as it was")
                }
            }
            return .fixed(result)
        }
    }
}
