import Foundation

/// Bytes in, `Message` out. Never traps: what it cannot read becomes a `MessageProblem`,
/// and only limits and empty input throw.
enum MessageParser {
    static func parse(_ bytes: [UInt8], limits: MessageLimits = MessageLimits()) throws(MessageError) -> Message {
        // PLACEHOLDER: minimal header/body split, to be replaced by the full parser.
        if bytes.isEmpty { throw .empty }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        var headers: [HeaderField] = []
        var index = 0
        while index < lines.count, !lines[index].isEmpty {
            let line = lines[index]
            if line.first == " " || line.first == "\t", var last = headers.popLast() {
                last.rawValue += String(line)
                last.value = last.rawValue.trimmingCharacters(in: .whitespaces)
                headers.append(last)
            } else if let colon = line.firstIndex(of: ":") {
                let name = String(line[..<colon])
                let value = line[line.index(after: colon)...]
                let trimmed = value.drop { $0 == " " || $0 == "\t" }
                headers.append(HeaderField(name: name, rawValue: String(value), value: String(trimmed),
                                           line: index + 1, valueColumn: name.count + 2 + (value.count - trimmed.count),
                                           isEncoded: false))
            }
            index += 1
        }
        let bodyLines = index < lines.count ? Array(lines[(index + 1)...]) : []
        let body = BodyText(text: bodyLines.joined(separator: "\n"),
                            map: SourceMap(lines: bodyLines.indices.map { index + 2 + $0 }, exactColumns: true, note: nil),
                            contentType: "text/plain")
        func addresses(_ name: String) -> [MailAddress] {
            headers.filter { $0.name.caseInsensitiveEquals(name) }.flatMap { field in
                field.value.split(separator: ",").map { piece -> MailAddress in
                    let p = piece.trimmingCharacters(in: .whitespaces)
                    if let lt = p.firstIndex(of: "<"), let gt = p.firstIndex(of: ">") {
                        let name = p[..<lt].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                        return MailAddress(name: name.isEmpty ? nil : name, address: String(p[p.index(after: lt)..<gt]))
                    }
                    return MailAddress(name: nil, address: p)
                }
            }
        }
        return Message(headers: headers, from: addresses("From"), to: addresses("To"), cc: addresses("Cc"),
                       bcc: addresses("Bcc"), date: nil,
                       parts: [MessagePart(contentType: "text/plain", charset: "utf-8", transferEncoding: "7bit",
                                           isAttachment: false, filename: nil, size: body.text.utf8.count, line: index + 2)],
                       body: body, problems: [], rawLines: lines)
    }
}
