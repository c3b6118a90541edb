import Foundation

/// Telling the quoted original from the new text: `>` lines, "On <date>, <name> wrote:"
/// attribution lines in every shipped language, separators like "-----Original Message-----",
/// and Outlook's "From: … Sent: …" header blocks.
extension Draft {
    struct QuoteSplit {
        var newLines: [Int]
        var quoted: QuotedOriginal?
    }

    static func splitQuote(_ lines: [Substring], languages: LanguageSet) -> QuoteSplit {
        let patterns = languages.attributionPatterns
        let separators = languages.separators
        let fromLabels = languages.outlookFromLabels
        let sentLabels = languages.outlookSentLabels

        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingWhitespace
            if trimmed.first == ">" {
                return quoteMarked(lines, from: index, attribution: nil)
            }
            guard let first = trimmed.first, let last = trimmed.last else { continue }
            // Attribution and separator lines end in ':' or are runs of dashes; skip the
            // folding for every other line (this loop sees every line of every draft).
            let nextEndsInColon = index + 1 < lines.count && lines[index + 1].trimmingWhitespace.last == ":"
            if last == ":" || nextEndsInColon || first == "-" || first == "_" {
                let folded = TextFolding.foldPhrase(trimmed)
                if let attribution = attribution(folded, trimmed, index, lines, patterns, languages.months, languages.dateConnectors) {
                    return quoteMarked(lines, from: attribution.end, attribution: attribution.original)
                }
                let dashed = LanguageSet.collapsingDashes(folded)
                if separators.contains(where: { dashed.hasPrefix($0) }) {
                    return quoteToEnd(lines, from: index, fromLabels: fromLabels)
                }
            }
            if trimmed.contains(":"), isOutlookHeader(lines, index, fromLabels, sentLabels) {
                return quoteToEnd(lines, from: index, fromLabels: fromLabels)
            }
            if trimmed.count >= 10, trimmed.allSatisfy({ $0 == "_" }),
               index + 1 < lines.count, isOutlookHeader(lines, index + 1, fromLabels, sentLabels) {
                return quoteToEnd(lines, from: index, fromLabels: fromLabels)
            }
        }
        return QuoteSplit(newLines: Array(lines.indices), quoted: nil)
    }

    private struct Attribution {
        var original: QuotedOriginal
        var end: Int
    }

    /// Matches an attribution on this line, or on this and the next (clients wrap long ones).
    private static func attribution(_ folded: String, _ trimmed: Substring, _ index: Int, _ lines: [Substring],
                                    _ patterns: [AttributionPattern], _ months: [String: Int],
                                    _ connectors: Set<String>) -> Attribution? {
        var candidates: [(String, Substring, Int)] = []
        if trimmed.last == ":" { candidates.append((folded, trimmed[...], 1)) }
        if index + 1 < lines.count, lines[index + 1].trimmingWhitespace.last == ":", !lines[index + 1].trimmingWhitespace.isEmpty,
           lines[index + 1].trimmingWhitespace.first != ">" {
            let joined = trimmed + " " + lines[index + 1].trimmingWhitespace
            candidates.append((TextFolding.foldPhrase(joined), Substring(joined), 2))
        }
        // Every reading of every pattern competes: one whose date parses wins, the longest
        // such date first (so "15 Nov 2026, at 16:32" keeps its time).
        var best: (captures: [String: Range<String.Index>], date: MessageDate?, dateLength: Int,
                   display: FoldedText, text: String, span: Int)?
        for (text, original, span) in candidates {
            let display = FoldedText(Substring(original.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
            guard display.folded == text else { continue }
            for pattern in patterns {
                for captures in pattern.matches(text) {
                    let dateText = captures["date"].map { String(display.original[display.originalRange($0)]) }
                    let date = dateText.flatMap { LooseDate.parse($0, months: months, connectors: connectors) }
                    let length = date == nil ? -1 : dateText?.count ?? 0
                    if best == nil || length > best?.dateLength ?? -1 {
                        best = (captures, date, length, display, text, span)
                    }
                }
            }
        }
        guard let best else { return nil }
        func slot(_ name: String) -> String? {
            guard let range = best.captures[name] else { return nil }
            let value = best.display.original[best.display.originalRange(range)].trimmingWhitespace
            return value.isEmpty ? nil : String(value)
        }
        let name = slot("name").map { $0.trimmingCharacters(in: ["\"", "'", " ", "(", ")"]) }
        let author = name.map { MailAddress(name: $0, address: slot("email") ?? "") }
        let line = TextLine(index: index, full: lines[index])
        return Attribution(original: QuotedOriginal(author: author, date: best.date, attribution: line, lines: []),
                           end: index + best.span)
    }

    /// `>`-quoted lines from `start` on; non-quoted lines after the quote (a bottom-posted
    /// reply) count as new text again.
    private static func quoteMarked(_ lines: [Substring], from start: Int, attribution: QuotedOriginal?) -> QuoteSplit {
        var quoted = attribution ?? QuotedOriginal(author: nil, date: nil, attribution: nil, lines: [])
        var newLines = Array(0..<(attribution?.attribution?.index ?? start))
        var index = start
        while index < lines.count {
            let trimmed = lines[index].trimmingWhitespace
            if trimmed.first == ">" {
                var text = trimmed
                while text.first == ">" || text.first == " " { text = text.dropFirst() }
                quoted.lines.append(TextLine(index: index, full: lines[index], text: text))
            } else {
                newLines.append(index)
            }
            index += 1
        }
        // Text after the quote that is only blank lines adds nothing.
        while let last = newLines.last, lines[last].trimmingWhitespace.isEmpty { newLines.removeLast() }
        return QuoteSplit(newLines: newLines, quoted: quoted)
    }

    /// Everything from a separator or Outlook header block to the end is the original.
    private static func quoteToEnd(_ lines: [Substring], from start: Int, fromLabels: [String]) -> QuoteSplit {
        var author: MailAddress?
        var body: [TextLine] = []
        for index in start..<lines.count {
            let line = lines[index]
            if author == nil, let colon = line.firstIndex(of: ":"),
               fromLabels.contains(TextFolding.foldPhrase(line[..<colon])) {
                let value = line[line.index(after: colon)...].trimmingWhitespace
                author = AddressList.parse(String(value)).addresses.first
            }
            body.append(TextLine(index: index, full: line))
        }
        let quoted = QuotedOriginal(author: author, date: nil,
                                    attribution: TextLine(index: start, full: lines[start]), lines: Array(body.dropFirst()))
        return QuoteSplit(newLines: Array(0..<start), quoted: quoted)
    }

    private static func isOutlookHeader(_ lines: [Substring], _ index: Int, _ from: [String], _ sent: [String]) -> Bool {
        func label(_ line: Substring) -> String? {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return TextFolding.foldPhrase(line[..<colon].trimmingWhitespace.trimmingCharacters(in: ["*"]))
        }
        guard let first = label(lines[index]), from.contains(first) else { return false }
        for next in lines[(index + 1)..<min(lines.count, index + 5)] {
            if let name = label(next), sent.contains(name) { return true }
        }
        return false
    }
}
