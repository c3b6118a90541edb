/// Turns the chosen body part into `BodyText`: charset decoding, line endings, HTML and
/// format=flowed, and the map from decoded lines back to file lines.
enum PartText {
    static func decode(_ leaf: LeafPart, bytes: [UInt8]) -> (body: BodyText, problems: [MessageProblem]) {
        var problems: [MessageProblem] = []
        let partLine = leaf.part.line
        func report(_ message: String) {
            problems.append(MessageProblem(area: .body, message: message, position: SourcePosition(line: partLine, column: 1)))
        }
        let decoded = Charset.decode(leaf.decoded, charset: leaf.part.charset)
        switch decoded.problem {
        case let .unknown(name)?:
            report("unknown charset '\(name)' in part on line \(partLine); read as UTF-8")
        case let .invalidBytes(charset, count)?:
            report("\(count) invalid byte sequence\(count == 1 ? "" : "s") for charset '\(charset)' in part on line \(partLine)")
        case nil:
            break
        }
        var text = normalisedLineBreaks(decoded.text)
        var map = baseMap(leaf, bytes: bytes, lineCount: lineCount(text))
        if leaf.part.contentType == "text/html" {
            text = normalisedLineBreaks(HTMLText.text(from: text))
            map = SourceMap(lines: Array(repeating: leaf.bodyLine, count: lineCount(text)), exactColumns: false,
                            note: "in the text/html part starting on line \(leaf.bodyLine)")
        } else if leaf.contentType["format"]?.lowercased() == "flowed" {
            let delSp = leaf.contentType["delsp"]?.lowercased() == "yes"
            let flowed = FlowedText.unflow(lineSlices(text), delSp: delSp)
            text = flowed.lines.joined(separator: "\n")
            let starts = flowed.starts.map { map.lines.isEmpty ? leaf.bodyLine : map.lines[min(max($0, 0), map.lines.count - 1)] }
            map = SourceMap(lines: starts, exactColumns: false, note: "in a format=flowed part")
        }
        let source = BodySource(range: leaf.bodyRange, charset: leaf.part.charset,
                                transferEncoding: leaf.part.transferEncoding,
                                isFlowed: leaf.contentType["format"]?.lowercased() == "flowed", hasAlternative: false)
        return (BodyText(text: text, map: map, contentType: leaf.part.contentType, source: source), problems)
    }

    /// Where each decoded line stands in the file, before HTML or flowed processing.
    private static func baseMap(_ leaf: LeafPart, bytes: [UInt8], lineCount: Int) -> SourceMap {
        let bodyLine = leaf.bodyLine
        switch leaf.part.transferEncoding {
        case "base64":
            return SourceMap(lines: Array(repeating: bodyLine, count: lineCount), exactColumns: false,
                             note: "in the base64 part starting on line \(bodyLine)")
        case "quoted-printable":
            let starts = hardLineStarts(bytes[leaf.bodyRange], firstLine: bodyLine)
            return SourceMap(lines: (0..<lineCount).map { starts[min($0, starts.count - 1)] }, exactColumns: false,
                             note: "in the quoted-printable part starting on line \(bodyLine)")
        default:
            let rawCount = leaf.bodyRange.isEmpty ? 1 : bytes[leaf.bodyRange].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            // A charset such as UTF-16, or lone CRs, can make decoded lines differ from the file's.
            let exact = rawCount == lineCount
            return SourceMap(lines: (0..<lineCount).map { bodyLine + min($0, rawCount - 1) }, exactColumns: exact,
                             note: exact ? nil : "in the part starting on line \(bodyLine)")
        }
    }

    /// The file line where each quoted-printable hard line starts: a line ending in `=`
    /// (before trailing blanks) continues on the next.
    private static func hardLineStarts(_ body: ArraySlice<UInt8>, firstLine: Int) -> [Int] {
        var starts = [firstLine]
        var line = firstLine
        var lastNonBlank: UInt8 = 0
        for byte in body {
            if byte == 0x0A {
                line += 1
                if lastNonBlank != 0x3D { starts.append(line) }
                lastNonBlank = 0
            } else if byte != 0x20, byte != 0x09, byte != 0x0D {
                lastNonBlank = byte
            }
        }
        return starts
    }

    /// CRLF and lone CR become LF.
    static func normalisedLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == 0x0D
            output.append(byte == 0x0D ? 0x0A : byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func lineCount(_ text: String) -> Int {
        text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The text's lines, split on LF by bytes rather than by Character.
    static func lineSlices(_ text: String) -> [Substring] {
        var slices: [Substring] = []
        var start = text.startIndex
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex {
            if text.utf8[index] == 0x0A {
                slices.append(text[start..<index])
                start = text.utf8.index(after: index)
            }
            index = text.utf8.index(after: index)
        }
        slices.append(text[start...])
        return slices
    }
}
