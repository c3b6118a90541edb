/// The body of a `multipart/*` entity split at its boundary lines (RFC 2046 §5.1.1).
struct MultipartBody {
    /// Each part's bytes, from the line after a delimiter to the line break before the next.
    var parts: [Range<Int>] = []
    /// Whether any delimiter line was found.
    var foundDelimiter = false
    /// Whether the closing `--boundary--` line was found.
    var isClosed = false

    /// Splits `range` at lines that are `--boundary` or `--boundary--`, allowing trailing
    /// blanks. The preamble before the first delimiter and the epilogue after the last
    /// are dropped; without a closing delimiter the last part runs to the end.
    init(_ bytes: [UInt8], in range: Range<Int>, boundary: [UInt8]) {
        var position = range.lowerBound
        var partStart: Int?
        while position < range.upperBound {
            let next = HeaderSection.nextLineStart(bytes, from: position, end: range.upperBound)
            let end = HeaderSection.contentEnd(bytes, start: position, next: next)
            if let isClosing = Self.delimiter(bytes, position..<end, boundary: boundary) {
                foundDelimiter = true
                if let start = partStart { parts.append(start..<max(start, Self.endBeforeBreak(bytes, position))) }
                if isClosing {
                    isClosed = true
                    return
                }
                partStart = next
            }
            position = next
        }
        if let start = partStart, start < range.upperBound { parts.append(start..<range.upperBound) }
    }

    /// Nil when the line is not a delimiter; true for the closing one.
    private static func delimiter(_ bytes: [UInt8], _ line: Range<Int>, boundary: [UInt8]) -> Bool? {
        let prefixLength = boundary.count + 2
        guard line.count >= prefixLength, bytes[line.lowerBound] == 0x2D, bytes[line.lowerBound + 1] == 0x2D,
              bytes[(line.lowerBound + 2)..<(line.lowerBound + prefixLength)].elementsEqual(boundary) else { return nil }
        var rest = bytes[(line.lowerBound + prefixLength)..<line.upperBound]
        let isClosing = rest.starts(with: [0x2D, 0x2D])
        if isClosing { rest = rest.dropFirst(2) }
        return rest.allSatisfy { $0 == 0x20 || $0 == 0x09 } ? isClosing : nil
    }

    /// The line break before a delimiter belongs to the delimiter, not the part.
    private static func endBeforeBreak(_ bytes: [UInt8], _ lineStart: Int) -> Int {
        var end = lineStart
        if end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        if end > 0, bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }
}
