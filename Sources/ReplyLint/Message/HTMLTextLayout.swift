/// Lays out text the way a browser shows it, as plain-text lines: collapses white space,
/// turns block boundaries into line breaks or blank lines, and starts each line with its
/// quote prefix and list marker or indent.
struct HTMLTextLayout {
    private enum Break: Comparable {
        case none, line, paragraph
    }

    private var lines: [String] = []
    private var line = ""
    private var lineStarted = false
    private var pendingSpace = false
    private var pendingBreak = Break.none
    /// Quote depth of the line being written (or last written).
    private var lineDepth = 0
    private var itemMarker: String?

    /// Current `<blockquote>` depth; lines begin with one `>` per level and a space.
    /// Rendered up to `deepestQuote`: real reply chains stay far below it, and
    /// unbounded nesting would make the output grow with the square of the input.
    var quoteDepth = 0
    static let deepestQuote = 64
    /// Indent for the lines of a list item after its first.
    var itemIndent = ""

    mutating func breakLine() {
        pendingBreak = max(pendingBreak, .line)
    }

    mutating func breakParagraph() {
        pendingBreak = .paragraph
    }

    /// `<br>`: ends the line, even an empty one, so `<br><br>` leaves a blank line.
    mutating func lineBreak() {
        flushBreak()
        startLineIfNeeded()
        finishLine()
    }

    /// Table cells and similar neighbours: a space between, never at a line start.
    mutating func separateWords() {
        if lineStarted { pendingSpace = true }
    }

    /// The next line starts with `marker` (`- `, `2. `, already indented).
    mutating func startItem(marker: String) {
        breakLine()
        itemMarker = marker
    }

    /// Writes text with runs of white space collapsed to one space.
    mutating func write(_ text: String) {
        for scalar in text.unicodeScalars {
            if HTMLTextLayout.isCollapsible(scalar) {
                if lineStarted { pendingSpace = true }
            } else {
                append(scalar)
            }
        }
    }

    /// Writes `<pre>` text: spaces kept, each newline a line break.
    mutating func writePreformatted(_ text: String) {
        for scalar in text.unicodeScalars where scalar != "\r" {
            if scalar == "\n" {
                lineBreak()
            } else {
                append(scalar)
            }
        }
    }

    /// The finished text: trailing spaces trimmed, at most one blank line in a row, none at
    /// either end.
    mutating func finish() -> String {
        if lineStarted { finishLine() }
        var result: [Substring] = []
        for line in lines {
            var end = line.endIndex
            while end > line.startIndex, case let before = line.index(before: end), line[before] == " " || line[before] == "\t" {
                end = before
            }
            let text = line[..<end]
            if HTMLTextLayout.isBlank(text), result.last.map(HTMLTextLayout.isBlank) ?? true { continue }
            result.append(text)
        }
        while let last = result.last, HTMLTextLayout.isBlank(last) { result.removeLast() }
        return result.joined(separator: "\n")
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        flushBreak()
        startLineIfNeeded()
        if pendingSpace {
            line.append(" ")
            pendingSpace = false
        }
        line.unicodeScalars.append(scalar)
    }

    private mutating func flushBreak() {
        guard pendingBreak != .none else { return }
        if lineStarted { finishLine() }
        if pendingBreak == .paragraph, !lines.isEmpty {
            // A blank line between quoted and unquoted text belongs to the outer level.
            lines.append(FlowedText.quotePrefix(min(lineDepth, quoteDepth, HTMLTextLayout.deepestQuote)))
        }
        pendingBreak = .none
    }

    private mutating func startLineIfNeeded() {
        guard !lineStarted else { return }
        line = FlowedText.quotePrefix(min(quoteDepth, HTMLTextLayout.deepestQuote)) + (itemMarker ?? itemIndent)
        itemMarker = nil
        lineDepth = quoteDepth
        lineStarted = true
    }

    private mutating func finishLine() {
        lines.append(line)
        line = ""
        lineStarted = false
        pendingSpace = false
    }

    /// Empty, or only quote marks: a blank line, inside a quote or not.
    private static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == ">" || $0 == " " }
    }

    private static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }
}
