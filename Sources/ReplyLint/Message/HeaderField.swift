/// One header field as it stood in the message.
struct HeaderField: Sendable, Equatable {
    /// The field name as written (`Subject`, `subject`).
    var name: String
    /// The unfolded value before RFC 2047 decoding (raw 8-bit bytes read as UTF-8, else the fallback charset).
    var rawValue: String
    /// The value with encoded-words decoded and folding whitespace collapsed.
    var value: String
    /// The 1-based file line on which the field name stands.
    var line: Int
    /// The column on that line where the value starts (after `Name:` and its spaces).
    var valueColumn: Int
    /// Whether the value held encoded-words, so columns inside `value` are not the file's.
    var isEncoded: Bool
    /// The field's bytes in the file: from its name to the end of its last line, line break excluded.
    var sourceRange: Range<Int> = 0..<0
}
