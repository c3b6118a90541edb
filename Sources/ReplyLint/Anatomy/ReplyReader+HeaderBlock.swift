/// Header blocks: "From: … / Sent: … / To: … / Subject: …" as Outlook, Apple Mail, Gmail's
/// forwards and Thunderbird write them, in any language, whatever separator stands above.
extension ReplyReader {
    private struct HeaderLine {
        var label: String
        var written: Substring
        var field: ReplyPatterns.Field?
        var value: String
    }

    /// The folded label of a "Label: value" line: a word or a few before a colon near the start
    /// ("From", "De la", "Ημερομηνία", "差出人", Outlook's bold "*From:*").
    static func label(_ line: Substring) -> String? {
        let utf8 = line.utf8
        guard let colon = utf8.prefix(48).firstIndex(where: { $0 == 0x3A || $0 == 0xEF }) else { return nil }
        if utf8[colon] == 0xEF, !utf8[colon...].starts(with: [0xEF, 0xBC, 0x9A]) { return nil }
        let label = line[..<colon].trimmingWhitespace.trimming { $0 == "*" }
        guard !label.isEmpty, label.split(separator: " ").count <= 4,
              label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "/" }) else { return nil }
        return TextFolding.foldPhrase(label)
    }

    /// The block of labelled lines from `start`, a value wrapped onto the next line joined (Outlook
    /// wraps a long From). `separatorAbove`: nil when there is none, true when it is a known one.
    func headerBlock(at start: Int, separatorAbove: Bool?) -> ReplyBoundary? {
        var block: [HeaderLine] = []
        var index = start
        while index < min(lines.count, start + 14) {
            let trimmed = lines[index].trimmingWhitespace
            guard !trimmed.isEmpty else { break }
            if let label = Self.label(trimmed) {
                let afterColon = trimmed.drop { $0 != ":" && $0 != "：" }.dropFirst()
                let written = trimmed.prefix { $0 != ":" && $0 != "：" }.trimming { $0 == "*" || $0 == " " }
                block.append(HeaderLine(label: label, written: written, field: patterns.labels[label],
                                        value: String(afterColon.trimmingWhitespace)))
            } else if let last = block.last, last.field == .from || last.field == .to || last.field == .cc || last.value.isEmpty,
                      trimmed.containsBytes("@") || trimmed.first == "<" || trimmed.first == "[" {
                block[block.count - 1].value += (last.value.isEmpty ? "" : " ") + trimmed
            } else {
                break
            }
            index += 1
        }
        guard block.count >= 2 else { return nil }
        var boundary = ReplyBoundary(kind: .headerBlock, line: start, bodyStart: index, quoteMarked: false, score: 0, evidence: [])
        let fields = Set(block.compactMap(\.field))
        let points: [ReplyPatterns.Field: Int] = [.from: 2, .sent: 1, .to: 1, .subject: 1]
        for field in [ReplyPatterns.Field.from, .sent, .to, .subject] where fields.contains(field) {
            let written = block.first { $0.field == field }.map { String($0.written) } ?? field.rawValue
            boundary.add(points[field] ?? 0, "\(field.rawValue) label '\(written)'")
        }
        if block.count >= 3 { boundary.add(1, "\(block.count) labelled lines") }
        let datable = block.filter { $0.field == .sent } + block.filter { $0.field != .sent && $0.field != .from }
        if let (line, date) = datable.lazy.compactMap({ line in looseDate(line.value).map { (line, $0.date) } }).first {
            boundary.date = date
            boundary.add(2, "date \(date.iso8601) from '\(line.written)'" + yearNote(line.value))
        }
        let from = block.first { $0.field == .from } ?? block.first { $0.field == nil && $0.value.containsBytes("@") }
        if let from, let author = Self.author(from.value) {
            boundary.author = author
            if !author.address.isEmpty { boundary.add(1, "author address \(author.address)") }
            recipientEvidence(author, &boundary)
        }
        // A block of labels is an original when it is dated or has Outlook's From and Sent, and
        // when it names its author with a known label or stands under a separator: an agent's
        // "Order: … / Date: … / Email: …" lines are neither.
        let dated = boundary.date != nil || fields.isSuperset(of: [.from, .sent])
        let introduced = fields.contains(.from) || separatorAbove != nil
        guard dated, introduced else { return nil }
        if separatorAbove == nil, boundary.score < 5 { return nil }
        return boundary
    }

    /// "Anna Smith <anna@x>", Outlook's "Anna Smith [mailto:anna@x]", a bare address or a name.
    static func author(_ value: String) -> MailAddress? {
        var text = value
        if let open = text.range(of: "[mailto:"), let close = text[open.upperBound...].firstIndex(of: "]") {
            text = text[..<open.lowerBound] + "<" + text[open.upperBound..<close] + ">" + text[text.index(after: close)...]
        }
        if text.containsBytes("@"), var address = AddressList.parse(text).addresses.first {
            if let name = address.name, name.containsBytes("@") || name.trimmingWhitespace.isEmpty { address.name = nil }
            return address
        }
        let name = text.trimming { "\"' ".contains($0) }
        return name.isEmpty ? nil : MailAddress(name: String(name), address: "")
    }
}
