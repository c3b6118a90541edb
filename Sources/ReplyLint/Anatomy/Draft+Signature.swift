/// Signatures the sign-off does not announce: a mobile app's "Sent from my iPhone" line, and a
/// block of name, title, phone and address lines closing a reply that has no sign-off.
extension Draft {
    /// The new text without a device signature at its end, and that signature's lines.
    static func splitDeviceSignature(_ lines: [TextLine], patterns: ReplyPatterns) -> (body: [TextLine], signature: [TextLine]) {
        var checked = 0
        for position in lines.indices.reversed() where !lines[position].isBlank {
            checked += 1
            // The device line ends the reply, or stands over a short block of its own.
            if checked > 4 { break }
            let trimmed = lines[position].trimmed
            guard trimmed.utf8.count <= 90 else { continue }
            let text = ReplyPatterns.bare(TextFolding.foldPhrase(trimmed))
            guard patterns.deviceSignatures.contains(where: { pattern in
                pattern.matches(text).contains { ($0["device"].map { text[$0].split(separator: " ").count } ?? 0) <= 5 }
            }) else { continue }
            var start = position
            while start > 0, lines[start - 1].isBlank { start -= 1 }
            return (Array(lines[..<start]), lines[position...].filter { !$0.isBlank })
        }
        return (lines, [])
    }

    /// A closing block with no sign-off above it: after a blank line, two to seven short lines
    /// that open with a name and hold a signature's details (a job title, a phone number, an
    /// address, a link), or whose first line is the sender's own name.
    static func trailingSignature(_ lines: [TextLine], senderName: String?, jobTitles: [String]) -> (body: [TextLine], signature: [TextLine]) {
        guard let last = lines.lastIndex(where: { !$0.isBlank }) else { return (lines, []) }
        var start = last
        while start > 0, !lines[start - 1].isBlank { start -= 1 }
        let block = Array(lines[start...last])
        guard start > 0, (2...7).contains(block.count), block.allSatisfy({ $0.trimmed.count <= 70 }),
              let first = block.first, looksLikeName(first.trimmed) else { return (lines, []) }
        let details = block.dropFirst().filter { line in
            let text = line.trimmed
            let folded = TextFolding.foldPhrase(text)
            return isPhone(text) || text.containsBytes("@") || text.containsBytes("://") || text.containsBytes("www.")
                || jobTitles.contains { folded.split(separator: " ").contains(Substring($0)) || folded.hasSuffix($0) }
        }
        let ownName = senderName.map { TextFolding.foldPhrase($0) == TextFolding.foldPhrase(first.trimmed) } ?? false
        // Prose ends sentences; a signature's lines do not.
        let prose = block.contains { line in line.trimmed.last.map { ".?!".contains($0) } == true && line.trimmed.split(separator: " ").count > 4 }
        guard !prose, details.count >= 1, ownName || details.count >= 2 else { return (lines, []) }
        return (Array(lines[..<start]), block)
    }

    /// "+44 20 7946 0321", "(021) 555-0124", "Tel: 0721 123 456": mostly digits, at least seven.
    private static func isPhone(_ text: Substring) -> Bool {
        let digits = text.filter(\.isASCIIDigit).count
        let others = text.filter { $0.isLetter }.count
        return digits >= 7 && others <= 6
    }
}
