/// Rewrites the text part the draft's body came from. A 7bit/8bit part is edited where the
/// lines stand, through its charset; a quoted-printable or base64 part is decoded, edited and
/// encoded again as a whole, in the same charset and transfer encoding.
struct BodyRewrite {
    /// One rewritten range of the file and the edits it carries.
    struct Change {
        var range: Range<Int>
        var outcome: FixOutcome
        var edits: [TextEdit]
    }

    let body: BodyText
    let source: BodySource
    let bytes: [UInt8]
    /// The body text's lines, as the rules saw them.
    let lines: [Substring]

    /// Why no body fix can be made in this message, or nil.
    static func refusal(_ body: BodyText) -> String? {
        guard let source = body.source else { return "the message has no text part" }
        if body.contentType == "text/html" { return "the text is in a text/html part; replylint does not edit HTML" }
        if source.partCount > 1 { return "the text is split over \(source.partCount) parts around an attachment" }
        if source.isFlowed { return "the part is format=flowed; fixing it could re-flow its paragraphs" }
        if source.hasAlternative { return "the text/plain part has a text/html alternative that would keep the old text" }
        switch source.transferEncoding {
        case "7bit", "8bit", "binary", "quoted-printable", "base64": return nil
        default: return "the part's transfer encoding '\(source.transferEncoding)' is unknown"
        }
    }

    /// The changes that carry the edits (ascending, non-overlapping), each replaced or refused.
    static func rewrite(_ body: BodyText, edits: [TextEdit], in bytes: [UInt8]) -> [Change] {
        if let reason = refusal(body) { return [Change(range: 0..<0, outcome: .refused(reason), edits: edits)] }
        guard let source = body.source, source.range.upperBound <= bytes.count else {
            return [Change(range: 0..<0, outcome: .refused("the part could not be found in the file"), edits: edits)]
        }
        let rewrite = BodyRewrite(body: body, source: source, bytes: bytes,
                                  lines: body.text.split(separator: "\n", omittingEmptySubsequences: false))
        switch source.transferEncoding {
        case "quoted-printable", "base64":
            return [Change(range: source.range, outcome: rewrite.reencoded(edits), edits: edits)]
        default:
            return rewrite.inPlace(edits)
        }
    }

    private var charsetName: String { source.charset ?? "us-ascii" }

    /// Decoded text of `raw` that encodes back to exactly `raw`, split into lines that are the body's `lines`.
    private func editable(_ raw: [UInt8], lines expected: ArraySlice<Substring>) -> Result<EditableText, Refusal> {
        let decoded = Charset.decode(raw, charset: source.charset)
        if let problem = decoded.problem {
            if case .unknown = problem { return .failure(Refusal("the part's charset '\(charsetName)' is unknown")) }
            return .failure(Refusal("the text has bytes that are not valid \(charsetName)"))
        }
        guard Charset.encode(decoded.text, charset: source.charset) == raw else {
            return .failure(Refusal("writing the text again in \(charsetName) would change other bytes"))
        }
        guard let text = EditableText(decoded.text), text.lines.elementsEqual(expected, by: { $0 == $1 }) else {
            return .failure(Refusal("the part's lines do not match the text (a lone CR, or a charset such as UTF-16)"))
        }
        return .success(text)
    }

    struct Refusal: Error { var reason: String; init(_ reason: String) { self.reason = reason } }

    /// Edits made line by line where they stand: each run of lines the edits touch is replaced.
    private func inPlace(_ edits: [TextEdit]) -> [Change] {
        let range = source.range
        var starts = [range.lowerBound]
        for index in range where bytes[index] == 0x0A { starts.append(index + 1) }
        func contentEnd(_ line: Int) -> Int {
            var end = line + 1 < starts.count ? starts[line + 1] - 1 : range.upperBound
            if end > starts[line], bytes[end - 1] == 0x0D { end -= 1 }
            return end
        }
        guard starts.count == lines.count else {
            return [Change(range: 0..<0, outcome: .refused("the part's lines do not match the text (a lone CR, or a charset such as UTF-16)"),
                           edits: edits)]
        }
        // Runs of lines: edits that share a line are made together.
        var runs: [(first: Int, last: Int, edits: [TextEdit])] = []
        for edit in edits {
            if let last = runs.last, edit.start.line <= last.last {
                runs[runs.count - 1].last = max(last.last, edit.end.line)
                runs[runs.count - 1].edits.append(edit)
            } else {
                runs.append((edit.start.line, edit.end.line, [edit]))
            }
        }
        return runs.map { run in
            guard run.first >= 0, run.last < starts.count else {
                return Change(range: 0..<0, outcome: .refused("the fix points outside the text"), edits: run.edits)
            }
            let span = starts[run.first]..<contentEnd(run.last)
            let shifted = run.edits.map { edit in
                var edit = edit
                edit.start.line -= run.first
                edit.end.line -= run.first
                return edit
            }
            return Change(range: span, outcome: edited(Array(bytes[span]), shifted, lines: lines[run.first...run.last]),
                          edits: run.edits)
        }
    }

    private func edited(_ raw: [UInt8], _ edits: [TextEdit], lines expected: ArraySlice<Substring>) -> FixOutcome {
        switch editable(raw, lines: expected) {
        case let .failure(refusal):
            return .refused(refusal.reason)
        case var .success(text):
            guard text.apply(edits) else { return .refused("the fix points outside the text") }
            guard let encoded = Charset.encode(text.text, charset: source.charset) else {
                return .refused("the fix cannot be written in \(charsetName)")
            }
            return .replaced(encoded, expected: text.normalised)
        }
    }

    /// The whole body decoded, edited and encoded again.
    private func reencoded(_ edits: [TextEdit]) -> FixOutcome {
        let raw = bytes[source.range]
        let isQP = source.transferEncoding == "quoted-printable"
        let decoded = isQP ? TransferDecoding.quotedPrintable(raw) : TransferDecoding.base64(raw)
        if decoded.damaged { return .refused("the part's \(source.transferEncoding) is damaged") }
        let outcome = edited(decoded.bytes, edits, lines: lines[...])
        guard case let .replaced(newText, expected) = outcome else { return outcome }
        let lineBreak = self.lineBreak
        var encoded: [UInt8]
        if isQP {
            encoded = TransferEncoding.quotedPrintable(newText, lineBreak: lineBreak)
            // A body that ended in a soft line break keeps ending in one.
            if raw.last == 0x0A, !encoded.reversed().starts(with: lineBreak.reversed()) {
                encoded += [0x3D] + lineBreak
            }
        } else {
            let firstLine = raw.prefix { $0 != 0x0A && $0 != 0x0D }.count
            let trailing = raw.reversed().prefix { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }.reversed()
            let width = raw.count > firstLine + trailing.count ? firstLine : 76
            encoded = TransferEncoding.base64(newText, lineLength: width, lineBreak: lineBreak) + trailing
        }
        let check = isQP ? TransferDecoding.quotedPrintable(encoded[...]) : TransferDecoding.base64(encoded[...])
        guard !check.damaged, check.bytes == newText else {
            return .refused("the part could not be encoded again exactly")
        }
        return .replaced(encoded, expected: expected)
    }

    /// The part's own line break: CRLF when its first line (or the blank line before it) ends in one.
    private var lineBreak: [UInt8] {
        let range = source.range
        let firstLF = bytes[range].firstIndex(of: 0x0A) ?? (range.lowerBound > 0 ? range.lowerBound - 1 : 0)
        let isCRLF = firstLF > 0 && firstLF < bytes.count && bytes[firstLF] == 0x0A && bytes[firstLF - 1] == 0x0D
        return isCRLF ? [0x0D, 0x0A] : [0x0A]
    }
}
