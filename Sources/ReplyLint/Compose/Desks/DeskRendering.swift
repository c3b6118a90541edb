/// A macro filled in: the values each placeholder gets, per language and mode, and the message
/// the linter reads.
struct DeskRendering {
    enum Mode: Sendable {
        /// Every placeholder has a value.
        case sample
        /// Every placeholder the desk may leave empty is empty.
        case emptyOptional
    }

    let catalogue: DeskCatalogue
    let dynamicContent: [DeskDynamicContent]

    /// The value of every documented placeholder `paths` holds, in `language` (names from the
    /// language's stand-ins); dynamic content rendered in that language.
    func values(for paths: [String], language: String, mode: Mode) -> [String: LiquidValue] {
        let ours = Self.standIns(language)
        var values: [String: LiquidValue] = [:]
        var pending = paths
        var seen: Set<String> = []
        while let path = pending.popLast() {
            guard seen.insert(path).inserted, let placeholder = catalogue.placeholder(path) else { continue }
            if placeholder.dynamic {
                let name = String(path.dropFirst(3))
                guard let variant = dynamicContent.first(where: { $0.name == name })?.variant(for: language),
                      let nodes = try? LiquidParser.parse(variant.source.text) else { continue }
                let inner = LiquidUsage(nodes).uses.map(\.path)
                var renderer = LiquidRenderer(values: self.values(for: inner.filter { !$0.hasPrefix("dc.") }, language: language, mode: mode))
                values[path] = .string(renderer.render(nodes))
                continue
            }
            if mode == .emptyOptional, placeholder.optional { continue }
            if placeholder.list { values[path] = .list([]); continue }
            if let name = placeholder.value {
                if let value = ours[name], !Template.isMissing(value) { values[path] = .string(value) }
            } else if let sample = placeholder.sample {
                values[path] = .string(sample)
            }
        }
        return values
    }

    /// What replylint fills in for a test render, as in `templates check` on our own templates,
    /// with the agent's first and last name and a signature.
    static func standIns(_ language: String) -> [String: String] {
        var values = BuiltInExamples.values(for: language)
        values.merge(agentParts(values)) { current, _ in current }
        return values
    }

    /// `agent_first_name`, `agent_last_name` and `agent_signature` from the agent's values.
    static func agentParts(_ values: [String: String]) -> [String: String] {
        guard let name = values["agent_name"], !Template.isMissing(name) else { return [:] }
        let words = name.split(separator: " ")
        var parts = ["agent_first_name": String(words.first ?? "")]
        if words.count > 1 { parts["agent_last_name"] = words.dropFirst().joined(separator: " ") }
        parts["agent_signature"] = [name, values["agent_title"]].compactMap { $0 }.joined(separator: "\n")
        return parts
    }
}

/// A rendered macro as the message the linter reads: From the agent, To the customer, dated
/// `BuiltInExamples.date`; an HTML body as `text/html`, as the desk sends it.
enum DeskDraft {
    static func bytes(subject: String, body: String, html: Bool, language: String?, values: [String: String]) -> [UInt8] {
        var text = "From: \(header(values["agent_name"] ?? "")) <\(values["agent_email"] ?? "agent@example.com")>\r\n"
        let customer = values["customer_name"] ?? ""
        text += "To: " + (customer.isEmpty ? "" : header(customer) + " ") + "<\(values["customer_email"] ?? "customer@example.com")>\r\n"
        var bytes = Array(text.utf8)
        if !subject.isEmpty {
            bytes += EncodedWordWriter.field(prefix: Array("Subject: ".utf8), value: subject, lineBreak: [0x0D, 0x0A]) + [0x0D, 0x0A]
        }
        var rest = "Date: \(BuiltInExamples.date)\r\nMIME-Version: 1.0\r\nContent-Type: text/\(html ? "html" : "plain"); charset=utf-8\r\n"
        rest += "Content-Transfer-Encoding: 8bit\r\n"
        if let language { rest += "Content-Language: \(language)\r\n" }
        rest += "\r\n" + body.replacingCRLF.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        return bytes + Array(rest.utf8)
    }

    /// A display name as a header value: quoted when it holds specials, RFC 2047 when not ASCII.
    private static func header(_ name: String) -> String {
        guard name.unicodeScalars.allSatisfy(\.isASCII) else {
            return String(decoding: EncodedWordWriter.field(prefix: [], value: name, lineBreak: [0x0D, 0x0A]), as: UTF8.self)
        }
        return name.contains(where: { ",;:<>@\"()[]".contains($0) }) ? "\"\(name.replacingOccurrences(of: "\"", with: ""))\"" : name
    }
}
