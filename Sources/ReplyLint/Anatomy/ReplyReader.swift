import Foundation

/// Reads a reply as a small model of one: the agent's new text, then the original it answers,
/// introduced by an attribution line (possibly wrapped), a header block, a separator, a
/// help desk's reply marker or a run of `>` lines. Each candidate boundary is scored by the
/// evidence around it (a date that parses, an address, known labels, quoted lines after it,
/// the author being the reply's recipient); the first whose evidence is strong enough is the
/// split, since everything after a real boundary is the original. One pass, each line looked at
/// a bounded number of times, so splitting stays linear in the draft's length.
struct ReplyReader {
    let lines: [Substring]
    let patterns: ReplyPatterns
    /// The reply's To addresses, lower-cased: a quoted author among them is evidence.
    let recipients: Set<String>
    /// When the reply was written: the year of a quoted date that gives none.
    let sent: Date?

    init(lines: [Substring], patterns: ReplyPatterns, recipients: [MailAddress], sent: Date? = nil) {
        self.lines = lines
        self.patterns = patterns
        self.recipients = Set(recipients.map { $0.address.lowercased() }.filter { !$0.isEmpty })
        self.sent = sent
    }

    /// A quoted date in any language, the reply's year given to one written without a year.
    func looseDate(_ text: String) -> (date: MessageDate, detail: Int)? {
        patterns.date(text, yearOf: sent)
    }

    /// " (no year: the reply's)" when a date read only with the reply's year, for `show`'s evidence.
    /// Most dates hold a four-digit year, which settles it without reading the date again.
    func yearNote(_ text: String) -> String {
        guard sent != nil else { return "" }
        var run = 0
        for byte in text.utf8 {
            run = (0x30...0x39).contains(byte) ? run + 1 : 0
            if run == 4 { return "" }
        }
        return patterns.date(text) == nil ? " (no year: the reply's)" : ""
    }

    func boundary() -> ReplyBoundary? {
        var previousLabelled = false
        for index in lines.indices {
            let trimmed = lines[index].trimmingWhitespace
            guard let first = trimmed.first, let last = trimmed.last else {
                previousLabelled = false
                continue
            }
            if first == ">" { return quoteRun(at: index) }
            let labelled = Self.label(trimmed) != nil
            defer { previousLabelled = labelled }
            var best: ReplyBoundary?
            func consider(_ candidate: ReplyBoundary?) {
                guard let candidate, candidate.score >= ReplyBoundary.threshold, candidate.score > best?.score ?? .min else { return }
                best = candidate
            }
            if !first.isLetter, !first.isNumber { consider(replyMarker(trimmed, at: index)) }
            if last == ":" || last == "：" || "-_=*".contains(first) { consider(separator(trimmed, at: index)) }
            if last == ":" || last == "：" { consider(attribution(endingAt: index)) }
            if labelled, !previousLabelled { consider(headerBlock(at: index, separatorAbove: nil)) }
            if let best { return best }
        }
        return nil
    }

    /// The first `>` line with no introduction above it; Apple Mail and iOS put the attribution
    /// inside the quote ("> On 16 Nov 2026, at 09:00, Anna <anna@…> wrote:").
    private func quoteRun(at start: Int) -> ReplyBoundary {
        var boundary = ReplyBoundary(kind: .quoteMarkers, line: start, bodyStart: start, quoteMarked: true, score: 0, evidence: [])
        boundary.add(ReplyBoundary.threshold, "'>' quoted lines from here")
        var index = start
        var seen = 0
        while index < lines.count, seen < 3, lines[index].trimmingWhitespace.first == ">" {
            let text = Self.unquoted(lines[index])
            if !text.isEmpty {
                seen += 1
                if text.last == ":" || text.last == "：",
                   let inside = attribution(endingAt: index, lowest: start, text: { Self.unquoted(lines[$0]) }) {
                    boundary.author = inside.author
                    boundary.date = inside.date
                    boundary.attributionLines = inside.line..<(index + 1)
                    boundary.add(0, "attribution inside the quote, as Apple Mail writes it")
                    boundary.evidence += inside.evidence
                    return boundary
                }
            }
            index += 1
        }
        return boundary
    }

    /// A quoted line without its `>` markers and the spaces between them.
    static func unquoted(_ line: Substring) -> Substring {
        var text = line.trimmingWhitespace
        while text.first == ">" || text.first == " " { text = text.dropFirst() }
        return text
    }

    /// "-----Original Message-----", or any line of dashes over a header block.
    private func separator(_ trimmed: Substring, at index: Int) -> ReplyBoundary? {
        let folded = LanguageSet.collapsingDashes(TextFolding.foldPhrase(trimmed))
        let known = patterns.separators.first { folded.hasPrefix($0) }
        let ruled = trimmed.unicodeScalars.filter { "-_=".unicodeScalars.contains($0) }.count >= 5
            && trimmed.allSatisfy { "-_= ".contains($0) || $0.isLetter }
        guard known != nil || ruled else { return nil }
        // A bare rule (Outlook on the web's underscores) is also a signature's decoration:
        // only a header block under it makes it a boundary.
        let needsBlock = !(known?.contains(where: \.isLetter) ?? false)
        var boundary = ReplyBoundary(kind: .separator, line: index, bodyStart: index + 1, quoteMarked: false, score: 0, evidence: [])
        if known != nil, !needsBlock { boundary.add(ReplyBoundary.threshold, "separator '\(trimmed)'") } else { boundary.add(1, "a ruled line") }
        // The header block under it gives the author and date.
        var next = index + 1
        while next < lines.count, next <= index + 3, lines[next].trimmingWhitespace.isEmpty { next += 1 }
        if next < lines.count, Self.label(lines[next].trimmingWhitespace) != nil,
           let block = headerBlock(at: next, separatorAbove: known != nil) {
            boundary.author = block.author
            boundary.date = block.date
            boundary.score += block.score
            boundary.evidence += block.evidence
        } else if needsBlock {
            return nil
        } else if next < lines.count, let attribution = attribution(endingAt: next), attribution.date != nil || attribution.author != nil {
            // Proton Mail writes "------- Original Message -------" over "On …, Anna <…> wrote:".
            boundary.author = attribution.author
            boundary.date = attribution.date
            boundary.score += attribution.score
            boundary.evidence += attribution.evidence
            boundary.quoteMarked = attribution.quoteMarked
            boundary.bodyStart = attribution.bodyStart
        }
        return boundary
    }

    /// The evidence that a found author is the customer this reply goes to.
    func recipientEvidence(_ author: MailAddress?, _ boundary: inout ReplyBoundary) {
        guard let address = author?.address.lowercased(), recipients.contains(address) else { return }
        boundary.add(1, "author is the reply's recipient")
    }
}
