import Foundation

/// The end of a reply: the `-- ` signature delimiter, the sign-off ("Best regards,"),
/// the sender's name under it, and the signature block.
extension Draft {
    struct Closing {
        var signOff: SignOff?
        var senderName: TextLine?
        var signature: [TextLine]
        /// New-text lines before the closing: what the body scopes are built from.
        var bodyLines: [TextLine]
    }

    static func findClosing(_ lines: [TextLine], signOffs: [String]) -> Closing {
        var body = lines
        var signature: [TextLine] = []
        if let delimiter = lines.lastIndex(where: { $0.text == "-- " || $0.text == "--" }) {
            body = Array(lines[..<delimiter])
            signature = Array(lines[(delimiter + 1)...])
        }
        var checked = 0
        for position in body.indices.reversed() where !body[position].isBlank {
            checked += 1
            if checked > 12 { break }
            guard let range = signOffRange(body[position], signOffs) else { continue }
            let line = body[position]
            let after = Array(body[(position + 1)...])
            var sender: TextLine?
            let rest = line.full[range.upperBound...].trimmingWhitespace.drop { $0 == "," || $0 == " " }
            if !rest.isEmpty, looksLikeName(rest) {
                sender = TextLine(index: line.index, full: line.full, text: rest)
            } else if let next = after.first(where: { !$0.isBlank }), looksLikeName(next.trimmed) {
                sender = TextLine(index: next.index, full: next.full, text: next.trimmed)
            }
            if signature.isEmpty { signature = after.filter { !$0.isBlank } }
            return Closing(signOff: SignOff(line: line, range: range), senderName: sender,
                           signature: signature, bodyLines: Array(body[..<position]))
        }
        return Closing(signOff: nil, senderName: nil, signature: signature, bodyLines: body)
    }

    /// The sign-off phrase on a short line: "Best regards," or "Best regards, Anna".
    private static func signOffRange(_ line: TextLine, _ signOffs: [String]) -> Range<String.Index>? {
        let trimmed = line.trimmed
        guard trimmed.count <= 60 else { return nil }
        let folded = FoldedText(trimmed)
        guard let (_, range) = folded.prefix(in: signOffs) else { return nil }
        let rest = folded.folded[range.upperBound...].trimmingWhitespace
        let restOK = rest.isEmpty || rest.allSatisfy { ",.!:;–—-".contains($0) }
            || (rest.first == "," && rest.split(separator: " ").count <= 4)
        guard restOK else { return nil }
        let original = folded.originalRange(range)
        var end = original.upperBound
        while end < trimmed.endIndex, ",.!:;".contains(trimmed[end]) { end = trimmed.index(after: end) }
        return original.lowerBound..<end
    }

    /// A short line of words with no digits, address or link: "Jo Baker", "Νίκος Π.".
    static func looksLikeName(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), text.count <= 60 else { return false }
        guard !text.containsBytes("@"), !text.containsBytes("://"), !text.contains(where: \.isNumber) else { return false }
        return text.first?.isLetter == true && !text.hasSuffix(".") || words.count <= 3
    }
}
