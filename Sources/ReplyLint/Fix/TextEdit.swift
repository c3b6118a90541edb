/// A place in decoded text: 0-based line, 0-based grapheme offset in that line.
/// A header value is one line.
struct TextPoint: Sendable, Comparable, Hashable {
    var line: Int
    var offset: Int

    static func < (a: TextPoint, b: TextPoint) -> Bool { (a.line, a.offset) < (b.line, b.offset) }
}

/// A safe fix in the decoded text's own coordinates: replace `start..<end` by `replacement`.
struct TextEdit: Sendable, Equatable {
    var start: TextPoint
    var end: TextPoint
    var replacement: String
    /// The finding it comes from (an index into the pass's findings).
    var finding: Int

    /// Whether two edits cannot both be applied: their ranges share text, or they start at one place.
    func overlaps(_ other: TextEdit) -> Bool {
        start == other.start || (start < other.end && other.start < end)
    }

    func sameChange(as other: TextEdit) -> Bool {
        start == other.start && end == other.end && replacement == other.replacement
    }
}

/// Decoded text as lines and the line break after each, so an edit keeps the breaks it does not remove.
struct EditableText: Equatable {
    var lines: [String]
    /// The break after each line (`\r\n` or `\n`); empty after the last.
    var breaks: [String]

    /// Splits at LF and CRLF; nil when the text has a lone CR, whose lines a reader counts differently.
    init?(_ text: String) {
        lines = []
        breaks = []
        var current = String.UnicodeScalarView()
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR, scalar != "\n" { return nil }
            if scalar == "\r" {
                pendingCR = true
            } else if scalar == "\n" {
                lines.append(String(current))
                breaks.append(pendingCR ? "\r\n" : "\n")
                current = String.UnicodeScalarView()
                pendingCR = false
            } else {
                current.append(scalar)
            }
        }
        if pendingCR { return nil }
        lines.append(String(current))
        breaks.append("")
    }

    init(lines: [String], breaks: [String]) {
        self.lines = lines
        self.breaks = breaks
    }

    var text: String {
        var result = ""
        for (line, lineBreak) in zip(lines, breaks) { result += line + lineBreak }
        return result
    }

    /// Applies non-overlapping edits given in ascending order; false (and unchanged) when one
    /// points outside the text.
    mutating func apply(_ edits: [TextEdit]) -> Bool {
        var copy = self
        for edit in edits.reversed() where !copy.apply(edit) { return false }
        self = copy
        return true
    }

    private mutating func apply(_ edit: TextEdit) -> Bool {
        let (first, last) = (edit.start.line, edit.end.line)
        guard first >= 0, first <= last, last < lines.count, edit.start.offset >= 0, edit.end.offset >= 0,
              edit.start <= edit.end,
              let head = Self.prefix(lines[first], edit.start.offset),
              let tailStart = Self.prefix(lines[last], edit.end.offset) else { return false }
        let tail = lines[last][tailStart.endIndex...]
        lines[first] = String(head) + edit.replacement + tail
        breaks[first] = breaks[last]
        if last > first {
            lines.removeSubrange((first + 1)...last)
            breaks.removeSubrange((first + 1)...last)
        }
        return true
    }

    /// The first `count` graphemes, or nil when the line is shorter.
    private static func prefix(_ line: String, _ count: Int) -> Substring? {
        guard let end = line.index(line.startIndex, offsetBy: count, limitedBy: line.endIndex) else { return nil }
        return line[..<end]
    }

    /// The text read as the body text is: LF breaks only.
    var normalised: String { lines.joined(separator: "\n") }
}
