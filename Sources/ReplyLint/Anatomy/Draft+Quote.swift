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
                    return quoteToEnd(lines, from: index, fromLabels: fromLabels, sentLabels: sentLabels, months: languages.months)
                }
            }
            if trimmed.containsBytes(":"), isOutlookHeader(lines, index, fromLabels, sentLabels) {
                return quoteToEnd(lines, from: index, fromLabels: fromLabels, sentLabels: sentLabels, months: languages.months)
            }
            if trimmed.count >= 10, trimmed.allSatisfy({ $0 == "_" }),
               index + 1 < lines.count, isOutlookHeader(lines, index + 1, fromLabels, sentLabels) {
                return quoteToEnd(lines, from: index, fromLabels: fromLabels, sentLabels: sentLabels, months: languages.months)
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
                                    _ patterns: [AttributionPattern], _ months: MonthNames,
                                    _ connectors: Set<String>) -> Attribution? {
        var candidates: [(String, Substring, Int)] = []
        if trimmed.last == ":" { candidates.append((folded, trimmed[...], 1)) }
        if index + 1 < lines.count, lines[index + 1].trimmingWhitespace.last == ":", !lines[index + 1].trimmingWhitespace.isEmpty,
           lines[index + 1].trimmingWhitespace.first != ">" {
            let joined = trimmed + " " + lines[index + 1].trimmingWhitespace
            candidates.append((TextFolding.foldPhrase(joined), Substring(joined), 2))
        }
        for (text, original, span) in candidates {
            func slot(_ name: String, _ captures: [String: Range<String.Index>], _ display: FoldedText) -> String? {
                guard let range = captures[name], display.folded == text else { return nil }
                let value = display.original[display.originalRange(range)].trimmingWhitespace
                return value.isEmpty ? nil : String(value)
            }
            // Every pattern's every reading: prefer the date that parses with the most detail
            // (time, AM/PM, offset), then the first match. "Pada tanggal Min, 15 Nov 2026 pukul
            // 18.40 Sari" must not read "tanggal Min" as the date, "15.11.2026 18:40 Mari Tamm"
            // must keep its time, and "Nov 15, 2026 at 6:40 PM Tom" its PM.
            var best: (captures: [String: Range<String.Index>], date: MessageDate?, rank: Int)?
            // Patterns of many languages split a line the same ways: read each date text once.
            var dates: [String: (date: MessageDate, detail: Int)?] = [:]
            func readDate(_ range: Range<String.Index>) -> (date: MessageDate, detail: Int)? {
                // The folded text reads as well as the original (LooseDate folds anyway), and a
                // date has a digit and no address.
                let candidate = String(text[range])
                if let known = dates[candidate] { return known }
                let read = candidate.contains(where: \.isNumber) && !candidate.containsBytes("@")
                    ? LooseDate.read(candidate, months: months, connectors: connectors) : nil
                dates[candidate] = .some(read)
                return read
            }
            search: for pattern in patterns {
                for captures in pattern.matches(text) {
                    let read = captures["date"].flatMap(readDate)
                    let rank = read.map { $0.detail + 1 } ?? 0
                    if rank > best?.rank ?? -1 { best = (captures, read?.date, rank) }
                    if rank == 4 { break search }
                }
            }
            guard let (captures, date, _) = best else { continue }
            let display = FoldedText(Substring(original.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
            let name = slot("name", captures, display).map { String($0.trimming { $0 == "\"" || $0 == "'" || $0 == " " }) }
            let author = name.map { MailAddress(name: $0, address: slot("email", captures, display) ?? "") }
            let line = TextLine(index: index, full: lines[index])
            return Attribution(original: QuotedOriginal(author: author, date: date, attribution: line, lines: []),
                               end: index + span)
        }
        return nil
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

    /// Everything from a separator or Outlook header block to the end is the original; its
    /// From and Sent labels (in the header block's first lines) give the author and date.
    private static func quoteToEnd(_ lines: [Substring], from start: Int, fromLabels: [String], sentLabels: [String],
                                   months: MonthNames) -> QuoteSplit {
        var author: MailAddress?
        var date: MessageDate?
        var body: [TextLine] = []
        for index in start..<lines.count {
            let line = lines[index]
            if index < start + 8, author == nil || date == nil, let colon = line.firstIndex(of: ":") {
                let label = TextFolding.foldPhrase(line[..<colon].trimmingWhitespace.trimming { $0 == "*" })
                let value = String(line[line.index(after: colon)...].trimmingWhitespace)
                if author == nil, fromLabels.contains(label) {
                    author = AddressList.parse(value).addresses.first
                } else if date == nil, sentLabels.contains(label) {
                    date = LooseDate.parse(value, months: months)
                }
            }
            body.append(TextLine(index: index, full: line))
        }
        let quoted = QuotedOriginal(author: author, date: date,
                                    attribution: TextLine(index: start, full: lines[start]), lines: Array(body.dropFirst()))
        return QuoteSplit(newLines: Array(0..<start), quoted: quoted)
    }

    private static func isOutlookHeader(_ lines: [Substring], _ index: Int, _ from: [String], _ sent: [String]) -> Bool {
        func label(_ line: Substring) -> String? {
            // Labels are a word or two ("From", "Ημερομηνία"); a colon further in ends something else.
            guard let colon = line.utf8.prefix(64).firstIndex(of: 0x3A) else { return nil }
            return TextFolding.foldPhrase(line[..<colon].trimmingWhitespace.trimming { $0 == "*" })
        }
        guard let first = label(lines[index]), from.contains(first) else { return false }
        for next in lines[(index + 1)..<min(lines.count, index + 5)] {
            if let name = label(next), sent.contains(name) { return true }
        }
        return false
    }
}
