/// Placing a finding in the file the user gave.
extension Linter {
    func diagnostic(_ finding: Finding, _ active: ActiveRule, _ message: Message) -> Diagnostic {
        var start = SourcePosition(line: 1, column: 1)
        var end = start
        var note: String?
        var excerpt = finding.excerpt
        switch finding.location {
        case .message:
            break
        case let .file(position):
            (start, end) = (position, position)
        case let .header(field, lower, upper):
            (start, end, note) = Self.place(field, lower, upper, message)
            if excerpt == nil { excerpt = Self.slice(field.value, lower, upper) }
        case let .body(line, column, endLine, endColumn):
            let (first, firstNote) = message.body.map.position(line: line, column: column)
            let (last, _) = message.body.map.position(line: endLine, column: endColumn)
            (start, end, note) = (first, last, firstNote)
        }
        return Diagnostic(rule: active.identifier, severity: finding.severity ?? active.severity, message: finding.message,
                          line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
                          excerpt: excerpt, suggestion: finding.suggestion, note: note, isSafeFix: finding.isSafeFix)
    }

    /// A header value's offsets are the file's when the value stands unencoded on the
    /// field's own line; otherwise the finding points at the value's start, with a note.
    private static func place(_ field: HeaderField, _ lower: Int, _ upper: Int,
                              _ message: Message) -> (SourcePosition, SourcePosition, String?) {
        let valueStart = SourcePosition(line: field.line, column: field.valueColumn)
        if !field.isEncoded, let raw = message.rawLine(field.line) {
            let onLine = raw.dropFirst(field.valueColumn - 1)
            if let prefix = slice(field.value, 0, upper), onLine.hasPrefix(prefix) {
                return (SourcePosition(line: field.line, column: field.valueColumn + lower),
                        SourcePosition(line: field.line, column: field.valueColumn + upper), nil)
            }
        }
        let what = field.isEncoded ? "encoded" : "folded"
        return (valueStart, valueStart,
                "in the \(what) \(field.name) header; decoded columns \(lower + 1)-\(upper + 1)")
    }

    static func slice(_ text: String, _ lower: Int, _ upper: Int) -> String? {
        guard lower >= 0, upper >= lower, upper <= text.count else { return nil }
        let start = text.index(text.startIndex, offsetBy: lower)
        return String(text[start..<text.index(start, offsetBy: upper - lower)])
    }
}
