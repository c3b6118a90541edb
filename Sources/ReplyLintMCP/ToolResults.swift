import Foundation
import MCP
import ReplyLint

/// Tool results: the JSON a command would print (through the library's reporters) as
/// `structuredContent`, and a short text for the agent to read.
enum ToolResults {
    /// `check --format json` of one draft, byte for byte (with `fixing`, as under `--fix`).
    static func reportJSON(_ report: FileReport, fixing: Bool) -> String {
        let reporter = JSONReporter(subject: .drafts)
        var summary = ReportSummary(.drafts, fixing: fixing)
        summary.add(report)
        return reporter.document([reporter.render(report)], summary)
    }

    static func result(summary: String, json: String) throws(ToolCallError) -> CallTool.Result {
        let structured: Value?
        do {
            structured = try JSONDecoder().decode(Value.self, from: Data(json.utf8))
        } catch {
            throw ToolCallError("internal error: the result is not JSON (\(error)); please report it")
        }
        return CallTool.Result(content: [.text(text: summary, annotations: nil, _meta: nil)], structuredContent: structured)
    }

    /// The counts, what they mean for sending, and one line a finding.
    static func summary(_ report: FileReport, _ verdict: Verdict) -> String {
        let counts = SeverityCounts(report.diagnostics)
        let tally = "\(counts.errors) \(counts.errors == 1 ? "error" : "errors"), \(counts.warnings) "
            + "\(counts.warnings == 1 ? "warning" : "warnings"), \(counts.infos) \(counts.infos == 1 ? "info" : "infos")"
        let meaning = if case .failed = verdict { "fix the blocking findings before sending" } else { "nothing blocks sending" }
        let lines = report.diagnostics.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message) [\($0.rule)]" }
        return ([report.path + " (" + report.locale + "): " + tally + "; " + meaning] + lines).joined(separator: "\n")
    }

    /// `value` as JSON (a string as a string literal).
    static func json(_ value: some Encodable) throws(ToolCallError) -> String {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw ToolCallError("internal error: \(error)")
        }
    }
}
