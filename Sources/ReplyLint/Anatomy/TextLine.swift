/// A piece of one decoded body line. `text` may be part of `full` (a greeting's
/// remainder); columns always count from the start of `full`.
struct TextLine: Sendable {
    /// 0-based index of the line in the decoded body text.
    var index: Int
    /// The whole decoded line.
    var full: Substring
    /// The part of it that belongs to this scope.
    var text: Substring

    init(index: Int, full: Substring, text: Substring? = nil) {
        self.index = index
        self.full = full
        self.text = text ?? full
    }

    /// 1-based grapheme column of an index into `full`.
    func column(of index: String.Index) -> Int {
        full.distance(from: full.startIndex, to: index) + 1
    }

    /// A body location covering `range` (indices into `full`).
    func location(_ range: Range<String.Index>) -> FindingLocation {
        .body(line: index, column: column(of: range.lowerBound), endLine: index, endColumn: column(of: range.upperBound))
    }

    var trimmed: Substring { text.trimmingWhitespace }
    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}

extension Substring {
    var trimmingWhitespace: Substring {
        // Most lines start and end in ASCII that is not a space: nothing to trim, and the
        // first scalar decides whether a character is whitespace.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        return trimming(\.isWhitespace)
    }

    /// Without the characters at either end that `isTrimmed` accepts.
    func trimming(_ isTrimmed: (Character) -> Bool) -> Substring {
        var s = self
        while let first = s.first, isTrimmed(first) { s.removeFirst() }
        while let last = s.last, isTrimmed(last) { s.removeLast() }
        return s
    }
}

extension String {
    var trimmingWhitespace: Substring { self[...].trimmingWhitespace }
    func trimming(_ isTrimmed: (Character) -> Bool) -> Substring { self[...].trimming(isTrimmed) }
}
