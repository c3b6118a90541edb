import Foundation
import ReplyLint

/// `check --fix`: fixing one draft, and with `--in-place` writing it back.
enum FixRun {
    /// Fixes a draft; with `inPlace`, replaces the file when something changed.
    static func fix(_ input: DraftInput, pool: LinterPool, inPlace: Bool) -> Terminal.Outcome {
        let draft: Terminal.Prepared
        switch Terminal.prepare(input, pool: pool) {
        case let .failure(failure): return .failure(failure.message)
        case let .success(prepared): draft = prepared
        }
        let shown = draft.shown
        let result: FixResult
        do {
            result = try draft.linter.fix(draft.bytes, path: shown)
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
