import Foundation

/// Finds template slots left unfilled: `{{name}}`, `{% … %}`, `${name}`, `%FIRSTNAME%`,
/// `$name`, `[NAME]`, `[Customer Name]`, `<first name>`, `XXX`, Mailchimp's `*|FNAME|*` and
/// Salesforce's `{!Contact.FirstName}`.
enum Placeholder {
    static func find(in text: Substring, words: Set<String>) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        // Every slot starts with one of `{ $ % [ < X *`: scan bytes for those, look closer there.
        let bytes = text.utf8
        var index = bytes.startIndex
        while let start = bytes[index...].firstIndex(where: isTrigger) {
            if let end = match(text, at: start, words: words) {
                found.append(start..<end)
                index = end
            } else {
                index = bytes.index(after: start)
            }
        }
        return found
    }

    private static func match(_ text: Substring, at index: String.Index, words: Set<String>) -> String.Index? {
        let rest = text[index...]
        switch text[index] {
        case "{":
            if rest.hasPrefix("{{") { return closing(rest, "}}", after: 2) }
            if rest.hasPrefix("{%") { return closing(rest, "%}", after: 2) }
            if rest.hasPrefix("{!") { return named(rest, after: 2, closer: "}") }
        case "*":
            if rest.hasPrefix("*|") { return named(rest, after: 2, closer: "|*") }
        case "$":
            if rest.hasPrefix("${") { return closing(rest, "}", after: 2) }
            guard isStart(text, index) else { return nil }
            let name = rest.dropFirst().prefix { $0.isLetter || $0 == "_" || ($0.isNumber && $0.isASCII) }
            if let first = name.first, first.isLetter, name.count >= 2 { return name.endIndex }
        case "%":
            let name = rest.dropFirst().prefix { ($0.isLetter && $0.isUppercase) || $0 == "_" }
            if name.count >= 2, name.endIndex < text.endIndex, text[name.endIndex] == "%" {
                return text.index(after: name.endIndex)
            }
        case "[", "<":
            let close: Character = text[index] == "[" ? "]" : ">"
            // "[[nr_comanda]]", "<<first name>>": a doubled bracket is one slot, from its first bracket.
            let second = text.index(after: index)
            if second < text.endIndex, text[second] == text[index] {
                let body = text[text.index(after: second)...].prefix(41)
                if let end = body.range(of: String([close, close]))?.lowerBound,
                   isSlot(text[body.startIndex..<end], allowCapitals: true, words: words) {
                    return text.index(end, offsetBy: 2)
                }
            }
            guard let end = rest.dropFirst().prefix(41).firstIndex(of: close) else { return nil }
            let inner = text[text.index(after: index)..<end]
            if isSlot(inner, allowCapitals: true, words: words) { return text.index(after: end) }
        case "X":
            guard isStart(text, index) else { return nil }
            let run = rest.prefix { $0 == "X" }
            if run.count >= 3, run.endIndex == text.endIndex || !text[run.endIndex].isLetter { return run.endIndex }
        default:
            break
        }
        return nil
    }

    /// A merge field of letters, digits, `_`, `.` and `:` up to its closer: `FNAME|*`,
    /// `Contact.FirstName}`, `MC:SUBJECT|*`.
    private static func named(_ rest: Substring, after: Int, closer: String) -> String.Index? {
        let body = rest.dropFirst(after)
        let name = body.prefix { ($0.isLetter || $0.isNumber || "_.:".contains($0)) && $0.isASCII }
        guard name.first?.isLetter == true, body[name.endIndex...].hasPrefix(closer) else { return nil }
        return body.index(name.endIndex, offsetBy: closer.count)
    }

    private static func closing(_ rest: Substring, _ marker: String, after: Int) -> String.Index? {
        let body = rest.dropFirst(after).prefix(80)
        guard let range = body.range(of: marker) else { return nil }
        return range.upperBound
    }

    /// `[NAME]`, `[ORDER NUMBER]`, `[Customer Name]`, `<first name>`: letters only, and either
    /// all capitals or holding a placeholder word of the language.
    private static func isSlot(_ inner: Substring, allowCapitals: Bool, words: Set<String>) -> Bool {
        let trimmed = inner.trimmingWhitespace
        guard trimmed.count >= 2, trimmed.allSatisfy({ $0.isLetter || $0 == " " || $0 == "_" }) else { return false }
        let letters = trimmed.filter(\.isLetter)
        if allowCapitals, letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) { return true }
        let folded = TextFolding.foldPhrase(trimmed.replacingOccurrences(of: "_", with: " "))
        if words.contains(folded) { return true }
        return words.contains { word in folded.hasPrefix(word + " ") || folded.hasSuffix(" " + word) }
    }

    private static func isTrigger(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x7B, 0x24, 0x25, 0x5B, 0x3C, 0x58, 0x2A: true
        default: false
        }
    }

    private static func isStart(_ text: Substring, _ index: String.Index) -> Bool {
        index == text.startIndex || !text[text.index(before: index)].isWordCharacter
    }
}
