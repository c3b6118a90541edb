/// A draft as replylint sees it, for `replylint show`: what users read to understand a finding.
public struct DraftSummary: Codable, Sendable, Equatable {
    public struct GreetingSummary: Codable, Sendable, Equatable {
        public var text: String
        /// The name slot as written; "" for "Hi ,"; nil when the greeting has no slot.
        public var name: String?
        public var generic: Bool
        public var line: Int
    }

    public struct ListSummary: Codable, Sendable, Equatable {
        public var ordered: Bool
        public var items: [String]
        public var line: Int
    }

    public struct QuotedSummary: Codable, Sendable, Equatable {
        public var author: MailAddress?
        public var date: String?
        public var text: String
        /// Where the new text ends and why.
        public var boundary: BoundarySummary?
    }

    /// The boundary chosen between new text and original, and the evidence that chose it.
    public struct BoundarySummary: Codable, Sendable, Equatable {
        /// `attribution`, `header-block`, `separator`, `quote-markers` or `reply-marker`.
        public var kind: String
        /// The message line where the original begins.
        public var line: Int
        public var score: Int
        /// What was found around it, each with the points it added.
        public var evidence: [String]
    }

    public struct AttachmentSummary: Codable, Sendable, Equatable {
        public var filename: String?
        public var contentType: String
        public var size: Int
    }

    public var subject: String?
    public var from: [MailAddress]
    public var to: [MailAddress]
    public var date: String?
    public var parts: [MessagePart]
    public var locale: String
    public var localeSource: String
    /// Why that language won: "the text is Romanian (…), not Content-Language 'en-US'".
    public var localeReason: String
    public var recipientName: String?
    public var greeting: GreetingSummary?
    public var newText: String
    public var lists: [ListSummary]
    public var links: [String]
    public var signOff: String?
    public var senderName: String?
    public var signature: String?
    public var quoted: QuotedSummary?
    public var attachments: [AttachmentSummary]
}

extension DraftSummary {
    init(_ draft: Draft) {
        let message = draft.message
        subject = message.subject?.value
        from = message.from
        to = message.to
        date = message.date?.iso8601
        parts = message.parts
        locale = draft.language.code
        localeSource = draft.languageSource
        localeReason = draft.languageReason
        recipientName = draft.recipientName
        greeting = draft.greeting.map { g in
            GreetingSummary(text: String(g.text), name: g.name.map(String.init), generic: g.isGeneric,
                            line: message.body.map.position(line: g.line.index, column: 1).0.line)
        }
        newText = draft.newText.map { String($0.text) }.joined(separator: "\n")
        lists = draft.lists.map { list in
            ListSummary(ordered: list.ordered,
                        items: list.items.map { $0.map { String($0.text.trimmingWhitespace) }.joined(separator: " ") },
                        line: message.body.map.position(line: list.items.first?.first?.index ?? 0, column: 1).0.line)
        }
        links = draft.links.map(\.target)
        signOff = draft.signOff.map { String($0.line.full[$0.range]) }
        senderName = draft.senderName.map { String($0.text) }
        signature = draft.signature.isEmpty ? nil : draft.signature.map { String($0.text) }.joined(separator: "\n")
        quoted = draft.quoted.map { quoted in
            QuotedSummary(author: quoted.author, date: quoted.date?.iso8601, text: quoted.text, boundary: quoted.boundary.map { found in
                BoundarySummary(kind: found.kind.rawValue, line: message.body.map.position(line: found.line, column: 1).0.line,
                                score: found.score, evidence: found.evidence)
            })
        }
        attachments = message.attachments.map { AttachmentSummary(filename: $0.filename, contentType: $0.contentType, size: $0.size) }
    }

    /// The summary as a reader-friendly text block.
    public var text: String {
        func people(_ list: [MailAddress]) -> String {
            list.map { a in a.name.map { "\($0) <\(a.address)>" } ?? a.address }.joined(separator: ", ")
        }
        func block(_ text: String) -> String { text.split(separator: "\n", omittingEmptySubsequences: false).map { "  | \($0)" }.joined(separator: "\n") }
        var lines: [String] = []
        lines.append("subject:     \(subject ?? "(none)")")
        lines.append("from:        \(people(from))")
        lines.append("to:          \(people(to))")
        lines.append("date:        \(date ?? "(none)")")
        for part in parts {
            let what = [part.contentType, part.charset.map { "charset=\($0)" }, part.transferEncoding,
                        part.isAttachment ? "attachment" + (part.filename.map { " '\($0)'" } ?? "") : nil]
            lines.append("part:        " + what.compactMap { $0 }.joined(separator: ", ") + " (line \(part.line), \(part.size) bytes)")
        }
        lines.append("locale:      \(locale) (\(localeSource): \(localeReason))")
        lines.append("recipient:   \(recipientName ?? "(unknown)")")
        if let greeting {
            let name = greeting.name.map { "'\($0)'" } ?? "(no name slot)"
            lines.append("greeting:    \(greeting.text)   name: \(name)\(greeting.generic ? "   generic" : "")")
        } else {
            lines.append("greeting:    (none)")
        }
        lines.append("sign-off:    \(signOff ?? "(none)")")
        lines.append("sender name: \(senderName ?? "(none)")")
        for (index, list) in lists.enumerated() {
            lines.append("list \(index + 1):      \(list.ordered ? "numbered" : "bulleted"), \(list.items.count) items (line \(list.line))")
        }
        for link in links { lines.append("link:        \(link)") }
        lines.append("new text:\n" + block(newText))
        if let signature { lines.append("signature:\n" + block(signature)) }
        if let quoted {
            let author = quoted.author.map { a in a.name.map { "\($0)" + (a.address.isEmpty ? "" : " <\(a.address)>") } ?? a.address } ?? "(unknown)"
            lines.append("quoted:      by \(author), \(quoted.date ?? "date unknown")")
            if let boundary = quoted.boundary {
                lines.append("boundary:    \(boundary.kind) at line \(boundary.line), score \(boundary.score)")
                lines += boundary.evidence.map { "  evidence:  \($0)" }
            }
            lines.append(block(quoted.text))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Linter {
    /// The draft as the rules see it.
    public func inspect(_ bytes: [UInt8]) throws(MessageError) -> DraftSummary {
        DraftSummary(try draft(bytes))
    }
}
