/// RFC 3676 `format=flowed`: joins soft-broken lines (ending in a space) into paragraphs,
/// honouring `DelSp=yes`, space-stuffing, quote depth and the `-- ` signature line.
enum FlowedText {
    /// Returns the unflowed lines and, for each, the index of the input line where it starts.
    static func unflow(_ lines: [Substring], delSp: Bool) -> (lines: [String], starts: [Int]) {
        // STUB: replaced by the body-decoders change.
        (lines.map(String.init), Array(lines.indices))
    }
}
