import Foundation

/// The headers of a composed reply, from the values and the rendered template. Every value
/// bound for a header is checked: a line break (raw, or hidden in an encoded-word) is refused.
struct MessageHeaders {
    /// Values that become From and To, with their header.
    static let bound = [("From", "agent_name"), ("From", "agent_email"), ("To", "customer_name"), ("To", "customer_email")]

    var from: MailAddress
    var to: MailAddress?
    var subject: String?
    var extra: [(name: String, addresses: [MailAddress])] = []
    var sentAt: MessageDate
    var messageID: String
    var inReplyTo: String?
    var references: [String]
    var body: String

    init(values: [String: String], rendered: RenderedTemplate, reply: ReplyContext?, sentAt: MessageDate) throws(ComposeError) {
        let agentEmail = values["agent_email"].map { String($0.trimmingWhitespace) } ?? ""
        from = MailAddress(name: Self.nonBlank(values["agent_name"]), address: agentEmail)
        to = Self.nonBlank(values["customer_email"]).map { MailAddress(name: Self.nonBlank(values["customer_name"]), address: $0) }
        subject = reply?.subject ?? rendered.headers.first { $0.name.caseInsensitiveEquals("Subject") }?.value
        if let subject, Self.breaksLine(subject) {
            throw .headerInjection(header: "Subject", variable: reply?.subject != nil ? "the original's Subject" : "Subject")
        }
        for (name, value) in rendered.headers where !name.caseInsensitiveEquals("Subject") {
            guard ["Cc", "Bcc", "Reply-To"].contains(where: { $0.caseInsensitiveEquals(name) }) else {
                throw .badValue(name: name, message: "a template may set Subject, Cc, Bcc and Reply-To, not \(name)")
            }
            if Self.breaksLine(value) { throw .headerInjection(header: name, variable: name) }
            let (addresses, problems) = AddressList.parse(value)
            if let problem = problems.first { throw .badValue(name: name, message: "'\(value)' is not a list of addresses: \(problem)") }
            for address in addresses where !Self.isAddress(address.address) {
                throw .badValue(name: name, message: "'\(address.address)' is not an e-mail address")
            }
            extra.append((Self.canonical(name), addresses))
        }
        self.sentAt = sentAt
        messageID = Self.newMessageID(domain: agentEmail)
        inReplyTo = reply?.inReplyTo
        references = reply?.references ?? []
        body = rendered.body
    }

    func message(crlf: Bool, bodyEncoding: BodyEncoding = .quotedPrintable) -> ComposedMessage {
        var message = ComposedMessage(body: body, crlf: crlf, bodyEncoding: bodyEncoding)
        message.addAddresses("From", [from])
        message.addAddresses("To", to.map { [$0] } ?? [])
        for (name, addresses) in extra { message.addAddresses(name, addresses) }
        if let subject { message.addText("Subject", subject) }
        message.addTokens("Date", [Self.rfc5322(sentAt)])
        message.addTokens("Message-ID", [messageID])
        message.addTokens("In-Reply-To", inReplyTo.map { [$0] } ?? [])
        message.addTokens("References", references)
        return message
    }

    /// Refuses From and To values that would break a header line, and addresses that are not addresses.
    static func checkValues(_ values: [String: String]) throws(ComposeError) {
        for (header, name) in bound {
            guard let value = values[name] else { continue }
            if breaksLine(value) { throw .headerInjection(header: header, variable: name) }
            if name.hasSuffix("_email"), !value.trimmingWhitespace.isEmpty, !isAddress(String(value.trimmingWhitespace)) {
                throw .badValue(name: name, message: "'\(value)' is not an e-mail address like anna@example.com")
            }
        }
    }

    /// Values the message itself needs: a From address.
    static func missing(_ values: [String: String]) -> [String] {
        nonBlank(values["agent_email"]) == nil ? ["agent_email"] : []
    }

    /// CR, LF or another control character, as written or inside an encoded-word.
    static func breaksLine(_ value: String) -> Bool {
        let isControl = { (scalar: Unicode.Scalar) in (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" }
        if value.unicodeScalars.contains(where: isControl) { return true }
        return value.contains("=?") && EncodedWords.decode(value).text.unicodeScalars.contains(where: isControl)
    }

    /// `local@domain` in ASCII with none of the characters that end an address.
    static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), text.utf8.count <= 254 else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value != 0x7F && !"<>()[],;:\\\" ".unicodeScalars.contains($0) }
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
    }

    static func nonBlank(_ value: String?) -> String? {
        guard let value, !value.trimmingWhitespace.isEmpty else { return nil }
        return String(value.trimmingWhitespace)
    }

    static func canonical(_ name: String) -> String {
        ["Cc", "Bcc", "Reply-To"].first { $0.caseInsensitiveEquals(name) } ?? name
    }

    /// `<random.time@domain-of-the-agent>`; a domain that is not plain becomes `replylint.invalid`.
    static func newMessageID(domain agentEmail: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<2).map { _ in String(generator.next() as UInt64, radix: 36) }.joined(separator: ".")
        var domain = agentEmail.split(separator: "@").last.map(String.init) ?? ""
        if domain.isEmpty || !agentEmail.contains("@") || !domain.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == ".") }) {
            domain = "replylint.invalid"
        }
        return "<\(random)@\(domain)>"
    }

    /// `Mon, 16 Nov 2026 10:12:00 +0200`.
    static func rfc5322(_ date: MessageDate) -> String {
        let local = Int(date.date.timeIntervalSince1970.rounded(.down)) + date.utcOffset
        let days = local.floorDiv(86_400)
        let (year, month, day) = CivilDate.civil(fromDays: days)
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.floorMod(7)]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let seconds = local.floorMod(86_400)
        let offset = abs(date.utcOffset) / 60
        let zone = (date.utcOffset < 0 ? "-" : "+") + String(offset / 60).leftPadded(to: 2) + String(offset % 60).leftPadded(to: 2)
        let clock = [seconds / 3600, seconds % 3600 / 60, seconds % 60].map { String($0).leftPadded(to: 2) }.joined(separator: ":")
        return "\(weekday), \(day) \(months[max(0, min(11, month - 1))]) \(year) \(clock) \(zone)"
    }
}
