/// A draft used as a rule's example: built from a few fields into a full message,
/// with `↓` marking where a finding must start (stripped before linting).
struct RuleExample: Sendable {
    var locale: String
    var source: String
    /// `--recipient-name` for the run, when the example needs one.
    var recipientName: String?
    /// `--now` and `--recipient-tz` for the run, when the example needs them.
    var now: String?
    var recipientTimeZone: String?
    /// The text the finding's message must quote as its example (`'Bună ziua, Cristina,'`),
    /// when the example is about what the rule suggests.
    var suggests: String?

    static let marker: Character = "↓"

    static let defaultDate = "Mon, 16 Nov 2026 10:12:00 +0200"

    init(_ locale: String, subject: String? = "Your refund for order A-1042",
         to: String = "Anna Smith <anna@example.com>", from: String = "Jo Baker <jo@shop.example>",
         date: String? = defaultDate, extraHeaders: [String] = [], body: String, recipientName: String? = nil) {
        var lines = ["From: \(from)", "To: \(to)"]
        if let subject { lines.append("Subject: \(subject)") }
        if let date { lines.append("Date: \(date)") }
        lines += extraHeaders
        lines.append("Content-Type: text/plain; charset=utf-8")
        lines.append("")
        self.locale = locale
        self.source = lines.joined(separator: "\n") + "\n" + body + (body.hasSuffix("\n") ? "" : "\n")
        self.recipientName = recipientName
    }

    /// An example given as a whole message.
    init(_ locale: String, message: String, recipientName: String? = nil) {
        self.locale = locale
        self.source = message
        self.recipientName = recipientName
    }

    /// `text` with a marker after its first `offset` characters.
    static func mark(_ text: String, at offset: Int) -> String {
        String(text.prefix(offset)) + String(marker) + String(text.dropFirst(offset))
    }

    /// The message without markers, and the 1-based file positions the markers stood at.
    var unmarked: (text: String, positions: [SourcePosition]) {
        var positions: [SourcePosition] = []
        var lines: [String] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var clean = ""
            var column = 1
            for character in line {
                if character == Self.marker {
                    positions.append(SourcePosition(line: index + 1, column: column))
                } else {
                    clean.append(character)
                    column += 1
                }
            }
            lines.append(clean)
        }
        return (lines.joined(separator: "\n"), positions)
    }

    /// The same example, whose finding's message must quote `text` as its example.
    func suggesting(_ text: String) -> RuleExample {
        var example = self
        example.suggests = text
        return example
    }
}
