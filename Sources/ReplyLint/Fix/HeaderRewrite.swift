/// Rewrites one header field so that its decoded value reads as the edits make it. An
/// unencoded value is edited where it stands (keeping its folding when each edit stays on
/// one line, else refolded); one with encoded-words is written again as UTF-8 encoded-words.
struct HeaderRewrite {
    /// Unstructured fields, whose value is free text that any edit keeps valid.
    static let freeTextFields: Set<String> = ["subject", "comments", "content-description", "thread-topic"]

    let field: HeaderField
    let raw: [UInt8]
    let lineBreak: [UInt8]
    /// Where the value starts in `raw`.
    let valueStart: Int

    init?(_ field: HeaderField, in bytes: [UInt8]) {
        let range = field.sourceRange
        guard !range.isEmpty, range.upperBound <= bytes.count else { return nil }
        raw = Array(bytes[range])
        guard let colon = raw.firstIndex(of: 0x3A) else { return nil }
        self.field = field
        lineBreak = range.upperBound < bytes.count && bytes[range.upperBound] == 0x0D ? [0x0D, 0x0A] : [0x0A]
        var start = colon + 1
        while start < raw.count, raw[start] == 0x20 || raw[start] == 0x09 { start += 1 }
        valueStart = start
    }

    /// The name, colon and blanks as written, with a space after the colon when there was none.
    var prefix: [UInt8] {
        var prefix = Array(raw[..<valueStart])
        if prefix.last == 0x3A { prefix.append(0x20) }
        return prefix
    }

    /// The field's new bytes and the value they decode to, or why it cannot be fixed.
    static func rewrite(_ field: HeaderField, edits: [TextEdit], in bytes: [UInt8]) -> FixOutcome {
        guard freeTextFields.contains(field.name.lowercased()) else {
            return .refused("fixes are made only in free-text headers such as Subject")
        }
        var value = EditableText(lines: [field.value], breaks: [""])
        guard value.apply(edits), let newValue = value.lines.first else { return .refused("the fix points outside the header") }
        guard let rewrite = HeaderRewrite(field, in: bytes) else { return .refused("the header could not be found in the file") }
        guard String(validating: rewrite.raw, as: UTF8.self) != nil else {
            return .refused("the header has raw 8-bit bytes that are not UTF-8")
        }
        let segments = rewrite.segments()
        if field.isEncoded {
            let unfolded = segments.map(\.text).joined(separator: " ")
            guard EncodedWords.decode(unfolded).problems.isEmpty else {
                return .refused("the header has an encoded-word replylint cannot read")
            }
            return .replaced(EncodedWordWriter.field(prefix: rewrite.prefix, value: newValue, lineBreak: rewrite.lineBreak),
                             expected: newValue)
        }
        let written = rewrite.inPlace(segments, edits: edits) ?? rewrite.refolded(newValue)
        return .replaced(written, expected: newValue)
    }

    /// One physical line's share of the value, blanks around it excluded.
    struct Segment {
        var range: Range<Int>
        var text: String
    }

    /// The value's non-empty pieces, one per physical line.
    func segments() -> [Segment] {
        var segments: [Segment] = []
        var lineStart = 0
        while lineStart <= raw.count {
            let lineEnd = raw[lineStart...].firstIndex(of: 0x0A) ?? raw.count
            var lower = lineStart == 0 ? valueStart : lineStart
            var upper = lineEnd
            if upper > lower, raw[upper - 1] == 0x0D { upper -= 1 }
            while lower < upper, raw[lower] == 0x20 || raw[lower] == 0x09 { lower += 1 }
            while upper > lower, raw[upper - 1] == 0x20 || raw[upper - 1] == 0x09 { upper -= 1 }
            if lower < upper { segments.append(Segment(range: lower..<upper, text: String(decoding: raw[lower..<upper], as: UTF8.self))) }
            lineStart = lineEnd + 1
        }
        return segments
    }

    /// Each edit applied on the physical line it falls on, so the folding stays; nil when an
    /// edit spans a fold or would leave a line empty or with blanks at its ends.
    func inPlace(_ segments: [Segment], edits: [TextEdit]) -> [UInt8]? {
        guard segments.map(\.text).joined(separator: " ") == field.value else { return nil }
        var starts: [Int] = []
        var offset = 0
        for segment in segments {
            starts.append(offset)
            offset += segment.text.count + 1
        }
        guard offset - 1 == field.value.count else { return nil }
        var output = raw
        for index in segments.indices.reversed() {
            let lower = starts[index], upper = lower + segments[index].text.count
            let mine = edits.filter { $0.start.offset >= lower && $0.start.offset <= upper && $0.end.offset >= lower }
            guard !mine.isEmpty else { continue }
            guard mine.allSatisfy({ $0.end.offset <= upper }) else { return nil }
            var text = EditableText(lines: [segments[index].text], breaks: [""])
            let shifted = mine.map { edit in
                var edit = edit
                edit.start.offset -= lower
                edit.end.offset -= lower
                return edit
            }
            guard text.apply(shifted), let new = text.lines.first, let first = new.unicodeScalars.first,
                  let last = new.unicodeScalars.last, !Self.isBlank(first), !Self.isBlank(last),
                  !new.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) else { return nil }
            output.replaceSubrange(segments[index].range, with: Array(new.utf8))
        }
        // An edit in the space between two lines belongs to no line.
        let covered = edits.allSatisfy { edit in
            starts.indices.contains { edit.start.offset >= starts[$0] && edit.end.offset <= starts[$0] + segments[$0].text.count }
        }
        return covered ? output : nil
    }

    /// The name as written and the value folded at single spaces into lines of at most 78 characters where it can.
    func refolded(_ value: String) -> [UInt8] {
        var output = prefix
        let text = Array(value.utf8)
        // Fold points: a single space between two non-blank bytes.
        let folds = text.indices.filter { index in
            text[index] == 0x20 && index > 0 && index + 1 < text.count
                && !Self.isBlankByte(text[index - 1]) && !Self.isBlankByte(text[index + 1])
        }
        var lineStart = 0
        var used = output.count
        while true {
            let fitting = folds.last { $0 > lineStart && used + ($0 - lineStart) <= EncodedWordWriter.maxLine }
            let rest = text.count - lineStart
            guard used + rest > EncodedWordWriter.maxLine,
                  let fold = fitting ?? folds.first(where: { $0 > lineStart }) else {
                output += text[lineStart...]
                return output
            }
            output += text[lineStart..<fold]
            output += lineBreak
            lineStart = fold
            used = 0
        }
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
    private static func isBlankByte(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}

/// What a rewrite of one region (a header field, a body part, a run of body lines) came to.
enum FixOutcome {
    /// The new bytes for the region, and the decoded text they must read back as.
    case replaced([UInt8], expected: String)
    /// Why the region was left as it was.
    case refused(String)
}
