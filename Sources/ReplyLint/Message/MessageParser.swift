/// Bytes in, `Message` out. Never traps: what it cannot read becomes a `MessageProblem`,
/// and only limits and empty input throw.
enum MessageParser {
    static func parse(_ bytes: [UInt8], limits: MessageLimits = MessageLimits()) throws(MessageError) -> Message {
        if bytes.isEmpty { throw .empty }
        if bytes.count > limits.maxBytes { throw .tooLarge(bytes: bytes.count, limit: limits.maxBytes) }
        let lines = SourceLines(bytes)
        let top = try HeaderSection.parse(bytes, in: bytes.indices, firstLine: 1, skipMboxLine: true, limits: limits)
        var problems = top.problems
        func addresses(_ name: String) -> [MailAddress] {
            top.fields.filter { $0.name.caseInsensitiveEquals(name) }.flatMap { field in
                let list = AddressList.parse(field.rawValue)
                problems += list.problems.map { field.problem("\($0) in '\(field.name)'") }
                return list.addresses
            }
        }
        let from = addresses("From"), to = addresses("To"), cc = addresses("Cc"), bcc = addresses("Bcc")
        var date: MessageDate?
        if let field = top.field("Date") {
            date = DateParser.parse(field.value)
            if date == nil { problems.append(field.problem("unparseable date '\(field.value)'")) }
        }
        var walk = PartWalk(bytes: bytes, lines: lines, limits: limits)
        try walk.run(top)
        problems += walk.problems
        var leaves = walk.leaves
        let chosen = BodyChoice.choose(&leaves).map { PartText.decode(leaves[$0], bytes: bytes) }
        var body = BodyText.joined(chosen.map(\.body))
        problems += chosen.flatMap(\.problems)
        if body.contentType == "text/plain" {
            body.source?.hasAlternative = leaves.contains { $0.isTextCandidate && $0.part.contentType == "text/html" }
        }
        return Message(headers: top.fields, from: from, to: to, cc: cc, bcc: bcc, date: date,
                       parts: leaves.map(\.part), body: body, problems: problems,
                       rawLines: lines.displayLines(of: bytes))
    }
}

extension HeaderField {
    /// A header problem at the start of this field's value.
    func problem(_ message: String) -> MessageProblem {
        MessageProblem(area: .header, message: message, position: SourcePosition(line: line, column: valueColumn))
    }
}
