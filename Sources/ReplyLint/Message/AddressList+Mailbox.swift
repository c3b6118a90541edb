extension AddressList {
    /// One mailbox from the tokens between commas: `name <addr>`, or a bare `addr (name)`.
    static func mailbox(_ item: [AddressToken], text: String, problems: inout [String]) -> MailAddress? {
        guard let open = item.firstIndex(where: { $0.isSpecial(0x3C) }) else { return bareMailbox(item, text: text, problems: &problems) }
        let close = item[open...].firstIndex { $0.isSpecial(0x3E) }
        if close == nil { problems.append("unbalanced '<' in '\(text)'") }
        var address = joined(item[(open + 1)..<(close ?? item.count)])
        if address.hasPrefix("@"), let colon = address.firstIndex(of: ":") {
            address = String(address[address.index(after: colon)...]) // obsolete route
        }
        var name = phrase(item[..<open])
        if name == nil, let close { name = commentName(item[close...]) }
        check(address, text: text, problems: &problems)
        return MailAddress(name: name, address: address)
    }

    private static func bareMailbox(_ item: [AddressToken], text: String, problems: inout [String]) -> MailAddress? {
        if item.contains(where: { $0.isSpecial(0x3E) }) { problems.append("unbalanced '>' in '\(text)'") }
        let content = item.filter { token in
            if case .comment = token.kind { return false }
            return !token.isSpecial(0x3E)
        }
        guard !content.isEmpty else { return nil }
        // Runs of tokens not separated by blanks; `John Smith j@x` lacks its angle brackets.
        var runs: [[AddressToken]] = []
        for token in content {
            let previous = runs.last?.last
            let glued = !token.spaceBefore || token.isSpecial(0x40) || previous?.isSpecial(0x40) == true
                || token.isWord(where: { $0.hasPrefix(".") }) || previous?.isWord(where: { $0.hasSuffix(".") }) == true
            if glued, !runs.isEmpty { runs[runs.count - 1].append(token) } else { runs.append([token]) }
        }
        let addressRun = runs.lastIndex { $0.contains { $0.isSpecial(0x40) } } ?? runs.count - 1
        let address = joined(runs[addressRun][...])
        var name = commentName(item[...])
        if runs.count > 1 {
            problems.append("address '\(address)' needs angle brackets after its name in '\(text)'")
            name = name ?? phrase(runs.enumerated().filter { $0.offset != addressRun }.flatMap(\.element)[...])
        }
        check(address, text: text, problems: &problems)
        return MailAddress(name: name, address: address)
    }

    private static func check(_ address: String, text: String, problems: inout [String]) {
        guard let at = address.lastIndex(of: "@"), at != address.startIndex,
              address.index(after: at) != address.endIndex else {
            problems.append(address.isEmpty ? "empty address in '\(text)'" : "address '\(address)' has no '@'")
            return
        }
    }

    /// An address's tokens with blanks and comments removed; quoted local parts keep their quotes.
    private static func joined(_ tokens: ArraySlice<AddressToken>) -> String {
        var result = ""
        for token in tokens {
            switch token.kind {
            case let .word(text): result += text
            case let .quoted(text): result += "\"\(text)\""
            case let .special(byte) where byte != 0x3E && byte != 0x3C: result += String(UnicodeScalar(byte))
            default: break
            }
        }
        return result
    }

    /// A display name: words and quoted strings joined by single spaces, encoded-words decoded.
    static func phrase(_ tokens: ArraySlice<AddressToken>) -> String? {
        var result = ""
        for token in tokens {
            let piece: String
            switch token.kind {
            case let .word(text), let .quoted(text): piece = text
            case .special(0x2C): piece = ","
            case let .special(byte): piece = String(UnicodeScalar(byte))
            case .comment: continue
            }
            if !result.isEmpty, token.spaceBefore || !token.isSpecial(0x2C) && result.hasSuffix(",") {
                result += " "
            }
            result += piece
        }
        let name = EncodedWords.decode(result).text.trimmingBlanks()
        return name.isEmpty ? nil : name
    }

    private static func commentName(_ tokens: ArraySlice<AddressToken>) -> String? {
        for token in tokens {
            if case let .comment(text) = token.kind {
                let name = EncodedWords.decode(text).text.trimmingBlanks()
                if !name.isEmpty { return name }
            }
        }
        return nil
    }
}
