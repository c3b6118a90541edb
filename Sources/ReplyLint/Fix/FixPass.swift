/// One round of fixing: the safe fixes among a lint's findings, placed, freed of overlaps,
/// written into the bytes region by region, and kept only where the region reads back as intended.
struct FixPass {
    typealias Found = (finding: Finding, diagnostic: Diagnostic)

    let found: [Found]
    let message: Message
    var bytes: [UInt8]
    let limits: MessageLimits
    /// Indices of the findings fixed in this round.
    var applied: [Int] = []
    /// Why each safe fix that was not applied was left.
    var reasons: [Int: String] = [:]
    /// A fix that makes the same change as another one: made when that one is.
    private var duplicates: [Int: [Int]] = [:]

    init(found: [Found], message: Message, bytes: [UInt8], limits: MessageLimits) {
        self.found = found
        self.message = message
        self.bytes = bytes
        self.limits = limits
    }

    mutating func run() {
        var headerEdits: [Int: [TextEdit]] = [:]
        var bodyEdits: [TextEdit] = []
        for (index, item) in found.enumerated() where item.finding.isSafeFix {
            guard let suggestion = item.finding.suggestion else { continue }
            switch item.finding.location {
            case let .header(field, start, end):
                guard let header = message.headers.firstIndex(where: { $0.line == field.line && $0.name == field.name }) else {
                    reasons[index] = "the header could not be found in the file"
                    continue
                }
                headerEdits[header, default: []].append(
                    TextEdit(start: TextPoint(line: 0, offset: start), end: TextPoint(line: 0, offset: end),
                             replacement: suggestion, finding: index))
            case let .body(line, column, endLine, endColumn):
                bodyEdits.append(TextEdit(start: TextPoint(line: line, offset: column - 1),
                                          end: TextPoint(line: endLine, offset: endColumn - 1),
                                          replacement: suggestion, finding: index))
            case .message, .file:
                reasons[index] = "the finding has no place in the text to fix"
            }
        }
        let bodyLines = message.body.text.split(separator: "\n", omittingEmptySubsequences: false)
        let keptBody = resolve(bodyEdits) { edit in
            guard edit.start.line == edit.end.line, edit.start.line >= 0, edit.start.line < bodyLines.count else { return nil }
            return Linter.slice(String(bodyLines[edit.start.line]), edit.start.offset, edit.end.offset)
        }
        // Later bytes first, so earlier regions' offsets stay valid: the body follows the headers.
        if !keptBody.isEmpty { applyBody(keptBody) }
        for header in headerEdits.keys.sorted(by: >) {
            let field = message.headers[header]
            let kept = resolve(headerEdits[header] ?? []) { Linter.slice(field.value, $0.start.offset, $0.end.offset) }
            if !kept.isEmpty { applyHeader(header, kept) }
        }
    }

    /// The edits to make, by position; one that overlaps an earlier one is skipped, one that
    /// changes nothing is dropped, one that repeats another's change rides along with it.
    private mutating func resolve(_ edits: [TextEdit], textAt: (TextEdit) -> String?) -> [TextEdit] {
        let ordered = edits.sorted { ($0.start, $0.end, $0.finding) < ($1.start, $1.end, $1.finding) }
        var kept: [TextEdit] = []
        for edit in ordered {
            if let last = kept.last, edit.overlaps(last) {
                if edit.sameChange(as: last) {
                    duplicates[last.finding, default: []].append(edit.finding)
                } else {
                    let first = found[last.finding].diagnostic
                    reasons[edit.finding] = "overlaps the fix for [\(first.rule)] at \(first.line):\(first.column), made first"
                }
            } else if textAt(edit) == edit.replacement {
                reasons[edit.finding] = "the suggestion is already the text"
            } else {
                kept.append(edit)
            }
        }
        return kept
    }

    private mutating func applyHeader(_ header: Int, _ edits: [TextEdit]) {
        let field = message.headers[header]
        switch HeaderRewrite.rewrite(field, edits: edits, in: bytes) {
        case let .refused(reason):
            refuse(edits, reason)
        case let .replaced(new, expected):
            var candidate = bytes
            candidate.replaceSubrange(field.sourceRange, with: new)
            let parsed = try? MessageParser.parse(candidate, limits: limits)
            guard let parsed, parsed.headers.count == message.headers.count, parsed.headers[header].value == expected else {
                return refuse(edits, "the fixed header did not read back as intended; left as it was")
            }
            bytes = candidate
            accept(edits)
        }
    }

    private mutating func applyBody(_ edits: [TextEdit]) {
        let changes = BodyRewrite.rewrite(message.body, edits: edits, in: bytes)
        var ready: [BodyRewrite.Change] = []
        for change in changes {
            switch change.outcome {
            case let .refused(reason): refuse(change.edits, reason)
            case .replaced: ready.append(change)
            }
        }
        // All together first (one parse); one by one only when that does not read back.
        if let candidate = bodyCandidate(ready) {
            bytes = candidate
            ready.forEach { accept($0.edits) }
            return
        }
        var accepted: [BodyRewrite.Change] = []
        for change in ready {
            if bodyCandidate(accepted + [change]) != nil {
                accepted.append(change)
            } else {
                refuse(change.edits, "the fixed text did not read back as intended; left as it was")
            }
        }
        if let candidate = bodyCandidate(accepted) {
            bytes = candidate
            accepted.forEach { accept($0.edits) }
        }
    }

    /// The bytes with the changes made, when the body then reads as the edits intend.
    private func bodyCandidate(_ changes: [BodyRewrite.Change]) -> [UInt8]? {
        guard !changes.isEmpty, var expected = EditableText(message.body.text),
              expected.apply(changes.flatMap(\.edits).sorted { $0.start < $1.start }) else { return nil }
        var candidate = bytes
        for change in changes.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            guard case let .replaced(new, _) = change.outcome else { return nil }
            candidate.replaceSubrange(change.range, with: new)
        }
        guard let parsed = try? MessageParser.parse(candidate, limits: limits),
              parsed.body.text == expected.normalised else { return nil }
        return candidate
    }

    private mutating func accept(_ edits: [TextEdit]) {
        for edit in edits {
            applied.append(edit.finding)
            applied += duplicates[edit.finding] ?? []
        }
    }

    private mutating func refuse(_ edits: [TextEdit], _ reason: String) {
        for edit in edits {
            reasons[edit.finding] = reason
            for duplicate in duplicates[edit.finding] ?? [] { reasons[duplicate] = reason }
        }
    }
}
