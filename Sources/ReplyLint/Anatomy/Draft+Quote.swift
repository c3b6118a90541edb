import Foundation

/// Telling the quoted original from the new text (`ReplyReader` finds where it begins): after a
/// `>`-marked original, unmarked lines between its blocks are the agent's (inline and
/// bottom-posted replies); any other original runs to the end.
extension Draft {
    struct QuoteSplit {
        var newLines: [Int]
        var quoted: QuotedOriginal?
    }

    static func splitQuote(_ lines: [Substring], languages: LanguageSet, recipients: [MailAddress], sent: Date? = nil) -> QuoteSplit {
        let reader = ReplyReader(lines: lines, patterns: languages.replies, recipients: recipients, sent: sent)
        guard let boundary = reader.boundary() else { return QuoteSplit(newLines: Array(lines.indices), quoted: nil) }
        let introduction = boundary.attributionLines?.lowerBound ?? (boundary.kind == .quoteMarkers ? nil : boundary.line)
        var quoted = QuotedOriginal(author: boundary.author, date: boundary.date,
                                    attribution: introduction.map { TextLine(index: $0, full: lines[$0]) },
                                    lines: [], boundary: boundary)
        var newLines = Array(0..<boundary.line)
        guard boundary.quoteMarked else {
            let first = boundary.kind == .attribution || boundary.kind == .replyMarker ? boundary.bodyStart : boundary.line + 1
            quoted.lines = (min(first, lines.count)..<lines.count).map { TextLine(index: $0, full: lines[$0]) }
            return QuoteSplit(newLines: newLines, quoted: quoted)
        }
        for index in boundary.bodyStart..<lines.count {
            if lines[index].trimmingWhitespace.first == ">" {
                if boundary.attributionLines?.contains(index) == true { continue }
                quoted.lines.append(TextLine(index: index, full: lines[index], text: ReplyReader.unquoted(lines[index])))
            } else {
                newLines.append(index)
            }
        }
        // Text after the quote that is only blank lines adds nothing.
        while let last = newLines.last, lines[last].trimmingWhitespace.isEmpty { newLines.removeLast() }
        return QuoteSplit(newLines: newLines, quoted: quoted)
    }
}
