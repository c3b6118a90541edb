extension HeaderSection {
    /// Turns collected lines into a `HeaderField`: unfolds, reads raw 8-bit bytes as UTF-8
    /// (RFC 6532) or else the fallback charset, and decodes encoded-words.
    mutating func finish(_ pending: PendingField?, _ bytes: [UInt8]) {
        guard let pending, let firstLine = pending.lines.first else { return }
        var valueStart = pending.colon + 1
        while valueStart < firstLine.upperBound, bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 {
            valueStart += 1
        }
        var segments = [pending.colon + 1..<firstLine.upperBound]
        segments += pending.lines.dropFirst()
        let isUTF8 = segments.allSatisfy { bytes[$0].allSatisfy { $0 < 0x80 } }
            || String(validating: segments.flatMap { bytes[$0] }, as: UTF8.self) != nil
        let valueColumn = valueStart - firstLine.lowerBound + 1
        if !isUTF8 {
            problems.append(MessageProblem(
                area: .header, message: "raw 8-bit bytes in '\(pending.name)'; read as windows-1252",
                position: SourcePosition(line: pending.line, column: valueColumn)))
        }
        let texts = segments.map { segment in
            isUTF8 ? String(decoding: bytes[segment], as: UTF8.self) : Charset.fallback(Array(bytes[segment]))
        }
        let rawValue = texts.joined()
        let unfolded = texts.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }.joined(separator: " ")
        let decoded = EncodedWords.decode(unfolded)
        for message in decoded.problems {
            problems.append(MessageProblem(area: .header, message: "\(message) in '\(pending.name)'",
                                           position: SourcePosition(line: pending.line, column: valueColumn)))
        }
        fields.append(HeaderField(name: pending.name, rawValue: rawValue, value: decoded.text, line: pending.line,
                                  valueColumn: valueColumn, isEncoded: decoded.isEncoded,
                                  sourceRange: firstLine.lowerBound..<(pending.lines.last?.upperBound ?? firstLine.upperBound)))
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (folding whitespace, not Unicode spaces).
    func trimmingBlanks() -> String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(text[first...last])
    }
}
