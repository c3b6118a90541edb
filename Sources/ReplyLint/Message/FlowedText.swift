/// RFC 3676 `format=flowed`: joins soft-broken lines (ending in a space) into paragraphs,
/// honouring `DelSp=yes`, space-stuffing, quote depth and the `-- ` signature line.
///
/// Quoted output lines carry one `>` per level and then a single space (`>> text` for
/// depth 2), the form plain-text mail clients write and the quote recogniser expects.
enum FlowedText {
    /// Returns the unflowed lines and, for each, the index of the input line where it starts.
    static func unflow(_ lines: [Substring], delSp: Bool) -> (lines: [String], starts: [Int]) {
        var output: [String] = []
        var starts: [Int] = []
        // The paragraph still open because its last line was soft-broken.
        var open: (depth: Int, text: String, start: Int)?
        for (index, raw) in zip(lines.indices, lines) {
            let line = FlowedLine(raw)
            if open?.depth == line.depth, line.canContinue {
                // Mutated in place: a copy would share the buffer and make long paragraphs quadratic.
                if delSp, open?.text.last == " " { open?.text.removeLast() }
                open?.text += line.content
            } else {
                if let paragraph = open {
                    output.append(quotePrefix(paragraph.depth) + paragraph.text)
                    starts.append(paragraph.start)
                }
                open = (line.depth, String(line.content), index)
            }
            if !line.isFlowed, let paragraph = open {
                output.append(quotePrefix(paragraph.depth) + paragraph.text)
                starts.append(paragraph.start)
                open = nil
            }
        }
        if let paragraph = open {
            output.append(quotePrefix(paragraph.depth) + paragraph.text)
            starts.append(paragraph.start)
        }
        return (output, starts)
    }

    static func quotePrefix(_ depth: Int) -> String {
        depth > 0 ? String(repeating: ">", count: depth) + " " : ""
    }
}

/// One input line of a flowed body, split into quote depth and unstuffed content.
private struct FlowedLine {
    let depth: Int
    let content: Substring
    let isFlowed: Bool
    /// Whether the line may join a soft-broken line before it. The signature separator
    /// never does, and neither does an empty line: some senders leave a space after a
    /// paragraph's last word, and absorbing the blank line would merge two paragraphs.
    let canContinue: Bool

    init(_ raw: Substring) {
        var text = raw.last == "\r" ? raw.dropLast() : raw
        let quoted = text.prefix { $0 == ">" }
        depth = quoted.count
        text = text.dropFirst(depth)
        if text.first == " " { text = text.dropFirst() }
        content = text
        let isSignatureSeparator = text == "-- "
        isFlowed = !isSignatureSeparator && text.last == " "
        canContinue = !isSignatureSeparator && !text.isEmpty
    }
}
