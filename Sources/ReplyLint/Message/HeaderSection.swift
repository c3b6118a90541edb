/// The header section of a message or MIME part, split from its body and unfolded.
struct HeaderSection {
    var fields: [HeaderField] = []
    var problems: [MessageProblem] = []
    /// Byte offset where the body starts (the end of the range when there is none).
    var bodyStart: Int
    /// The 1-based file line of the body's first line.
    var bodyLine: Int

    func field(_ name: String) -> HeaderField? {
        fields.first { $0.name.caseInsensitiveEquals(name) }
    }

    /// Reads header fields from `range` until a blank line, or until a line that is neither
    /// a field nor a continuation (a problem: the body then starts on that line).
    static func parse(
        _ bytes: [UInt8], in range: Range<Int>, firstLine: Int, skipMboxLine: Bool = false,
        limits: MessageLimits
    ) throws(MessageError) -> HeaderSection {
        var section = HeaderSection(bodyStart: range.upperBound, bodyLine: firstLine)
        var position = range.lowerBound
        var line = firstLine
        if skipMboxLine, bytes[range].starts(with: Array("From ".utf8)) {
            let next = nextLineStart(bytes, from: position, end: range.upperBound)
            if fieldNameEnd(bytes, position..<contentEnd(bytes, start: position, next: next)) == nil {
                position = next
                line += 1
            }
        }
        var pending: PendingField?
        while position < range.upperBound {
            let next = nextLineStart(bytes, from: position, end: range.upperBound)
            let content = position..<contentEnd(bytes, start: position, next: next)
            if content.isEmpty {
                section.finish(pending, bytes)
                section.bodyStart = next
                section.bodyLine = line + 1
                return section
            }
            let first = bytes[position]
            if first == 0x20 || first == 0x09, pending != nil {
                pending?.lines.append(content)
                pending?.byteCount += next - position
                if let field = pending, field.byteCount > limits.maxHeaderFieldBytes {
                    throw .headerFieldTooLong(name: field.name, limit: limits.maxHeaderFieldBytes, line: field.line)
                }
            } else if let colon = fieldNameEnd(bytes, content) {
                section.finish(pending, bytes)
                if section.fields.count >= limits.maxHeaderFields {
                    throw .tooManyHeaderFields(limit: limits.maxHeaderFields, line: line)
                }
                let name = String(decoding: bytes[content.lowerBound..<colon], as: UTF8.self)
                    .trimmingSuffix { $0 == " " || $0 == "\t" }
                if next - position > limits.maxHeaderFieldBytes {
                    throw .headerFieldTooLong(name: name, limit: limits.maxHeaderFieldBytes, line: line)
                }
                pending = PendingField(name: name, line: line, colon: colon, lines: [content], byteCount: next - position)
            } else {
                section.finish(pending, bytes)
                section.reportMissingBlankLine(bytes, content, line: line)
                section.bodyStart = position
                section.bodyLine = line
                return section
            }
            position = next
            line += 1
        }
        section.finish(pending, bytes)
        section.bodyLine = line
        return section
    }

    private mutating func reportMissingBlankLine(_ bytes: [UInt8], _ content: Range<Int>, line: Int) {
        let excerpt = Charset.fallback(Array(bytes[content.lowerBound..<min(content.upperBound, content.lowerBound + 40)]))
        let message = fields.isEmpty
            ? "no header fields before the body ('\(excerpt)')"
            : "no blank line between the headers and the body ('\(excerpt)')"
        problems.append(MessageProblem(area: .header, message: message, position: SourcePosition(line: line, column: 1)))
    }

    /// The offset of the `:` ending a field name, when the line starts with one: printable
    /// ASCII without spaces, then optionally spaces (the obsolete `Subject :`), then the colon.
    static func fieldNameEnd(_ bytes: [UInt8], _ content: Range<Int>) -> Int? {
        var index = content.lowerBound
        while index < content.upperBound, bytes[index] > 0x20, bytes[index] < 0x7F, bytes[index] != 0x3A {
            index += 1
        }
        guard index > content.lowerBound else { return nil }
        while index < content.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index < content.upperBound && bytes[index] == 0x3A ? index : nil
    }

    static func nextLineStart(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var index = start
        while index < end, bytes[index] != 0x0A { index += 1 }
        return min(index + 1, end)
    }

    /// Where a line's content ends: before its LF and a CR preceding that LF.
    static func contentEnd(_ bytes: [UInt8], start: Int, next: Int) -> Int {
        var end = next
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }
}

/// A field whose continuation lines are still being collected.
struct PendingField {
    var name: String
    var line: Int
    /// The offset of the colon after the name on the first line.
    var colon: Int
    /// Each physical line's content, without line breaks.
    var lines: [Range<Int>]
    var byteCount: Int
}

extension String {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var result = self
        while let last = result.last, predicate(last) { result.removeLast() }
        return result
    }
}
