/// Something the parser had to repair or could not decode. Reported by the
/// `header.malformed` rule (area `.header`) or as a body finding.
struct MessageProblem: Sendable, Equatable {
    enum Area: Sendable, Equatable { case header, body }
    var area: Area
    /// Short, lower-case, quoting the offending value: `bad encoded-word '=?utf-8?X?abc?='`.
    var message: String
    var position: SourcePosition
}

extension MessageProblem {
    /// A hostile header can hold thousands of bad encoded-words: report the first few on a
    /// line, then one finding that counts the rest.
    static func findings(_ problems: [MessageProblem], perLine limit: Int = 3) -> [Finding] {
        var shown: [Int: Int] = [:]
        var findings: [Finding] = []
        for problem in problems {
            let count = shown[problem.position.line, default: 0]
            shown[problem.position.line] = count + 1
            if count < limit { findings.append(Finding(problem.message, at: .file(problem.position))) }
        }
        for (line, count) in shown.sorted(by: { $0.key < $1.key }) where count > limit {
            let first = problems.first { $0.position.line == line }?.position ?? SourcePosition(line: line, column: 1)
            findings.append(Finding("\(count - limit) more problems like these on line \(line)", at: .file(first)))
        }
        return findings
    }
}
