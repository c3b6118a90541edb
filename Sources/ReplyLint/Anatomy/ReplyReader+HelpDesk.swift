/// Help desks (Zendesk, Freshdesk, Help Scout, Front) put a marker above the conversation
/// history they quote ("##- Please type your reply above this line -##"): the marker and
/// everything under it are the original, whose latest comment gives the author and date.
extension ReplyReader {
    func replyMarker(_ trimmed: Substring, at index: Int) -> ReplyBoundary? {
        let text = ReplyPatterns.markerText(TextFolding.foldPhrase(trimmed))
        guard !text.isEmpty, patterns.replyMarkers.contains(where: { text.hasPrefix($0) }) else { return nil }
        var boundary = ReplyBoundary(kind: .replyMarker, line: index, bodyStart: index + 1, quoteMarked: false, score: 0, evidence: [])
        boundary.add(ReplyBoundary.threshold + 1, "help-desk reply marker '\(trimmed)'")
        if let latest = latestComment(after: index) {
            boundary.author = latest.author
            boundary.date = latest.date
            boundary.evidence += latest.evidence
        }
        return boundary
    }

    /// The first comment of the history: an attribution or header block, else a name line over a
    /// date line, as Zendesk writes each comment ("Anna Smith (Example)" / "Nov 16, 2026, 09:00 GMT+2").
    private func latestComment(after marker: Int) -> (author: MailAddress?, date: MessageDate?, evidence: [String])? {
        var previous: Substring?
        for index in (marker + 1)..<min(lines.count, marker + 80) {
            let trimmed = lines[index].trimmingWhitespace
            guard !trimmed.isEmpty else { continue }
            defer { previous = trimmed }
            if trimmed.last == ":" || trimmed.last == "：", let found = attribution(endingAt: index), found.score >= ReplyBoundary.threshold {
                return (found.author, found.date, ["history: " + found.evidence.joined(separator: "; ")])
            }
            if Self.label(trimmed) != nil, let block = headerBlock(at: index, separatorAbove: true), block.date != nil {
                return (block.author, block.date, ["history: " + block.evidence.joined(separator: "; ")])
            }
            if trimmed.count <= 60, let previous, let date = looseDate(String(trimmed)) {
                let name = previous.firstIndex(of: "(").map { previous[..<$0].trimmingWhitespace } ?? previous
                guard Draft.looksLikeName(name) else { continue }
                let author = MailAddress(name: String(name), address: "")
                return (author, date.date, ["history: comment by '\(name)' dated \(date.date.iso8601)" + yearNote(String(trimmed))])
            }
        }
        return nil
    }
}
