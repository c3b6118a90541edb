/// Maps lines of a decoded body text back to lines of the raw file.
struct SourceMap: Sendable, Equatable {
    /// For each decoded line (0-based index), the 1-based raw file line where it starts.
    var lines: [Int]
    /// True when decoded columns equal the file's (7bit/8bit/binary text, not flowed-joined).
    var exactColumns: Bool
    /// Said next to a position when columns are not exact, e.g. "in the quoted-printable part starting on line 12".
    var note: String?

    /// The file position of a decoded (0-based line, 1-based column) position, plus a note when inexact.
    func position(line: Int, column: Int) -> (SourcePosition, note: String?) {
        let raw = lines.isEmpty ? 1 : lines[min(max(line, 0), lines.count - 1)]
        if exactColumns { return (SourcePosition(line: raw, column: column), nil) }
        let where_ = "decoded line \(line + 1), column \(column)"
        return (SourcePosition(line: raw, column: 1), note.map { "\($0), \(where_)" } ?? where_)
    }
}
