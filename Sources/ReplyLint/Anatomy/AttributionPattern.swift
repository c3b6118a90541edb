/// An "On {date}, {name} <{email}> wrote:" line, compiled from a locale's `attribution`
/// list. Literal parts match folded text exactly (runs of spaces as one); slots match
/// any non-empty text, with backtracking, since dates hold commas.
struct AttributionPattern: Sendable {
    enum Token: Sendable, Equatable { case literal(String), slot(String) }
    let tokens: [Token]
    /// The pattern as compiled, for `show`'s evidence.
    let text: String
    /// How much of it is literal text: of two readings with a date, the more specific pattern wins.
    let literalLength: Int

    init(_ folded: String) {
        text = folded
        var tokens: [Token] = []
        var rest = Substring(folded)
        while !rest.isEmpty {
            if rest.first == "{", let close = rest.firstIndex(of: "}") {
                tokens.append(.slot(String(rest[rest.index(after: rest.startIndex)..<close])))
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.firstIndex(of: "{") ?? rest.endIndex
                tokens.append(.literal(String(rest[..<end])))
                rest = rest[end...]
            }
        }
        self.tokens = tokens
        literalLength = tokens.reduce(0) { total, token in
            if case let .literal(text) = token { return total + text.count }
            return total
        }
    }

    /// Every way the whole text matches: slot name → range in `text` (folded, whitespace
    /// collapsed). Dates hold commas and names may too, so the caller picks the reading
    /// whose date parses.
    func matches(_ text: String) -> [[String: Range<String.Index>]] {
        // Both are folded alike, so bytes compare as characters would, and far faster.
        if case let .literal(last)? = tokens.last, !text.utf8.reversed().starts(with: last.utf8.reversed()) { return [] }
        if case let .literal(first)? = tokens.first, !text.utf8.starts(with: first.utf8) { return [] }
        var results: [[String: Range<String.Index>]] = []
        var captures: [String: Range<String.Index>] = [:]
        match(tokens[...], text, text.startIndex, &captures, &results)
        return results
    }

    private func match(_ tokens: ArraySlice<Token>, _ text: String, _ at: String.Index,
                       _ captures: inout [String: Range<String.Index>], _ results: inout [[String: Range<String.Index>]]) {
        guard results.count < 16 else { return }
        guard let token = tokens.first else {
            if at == text.endIndex { results.append(captures) }
            return
        }
        let rest = tokens.dropFirst()
        switch token {
        case let .literal(literal):
            guard text.utf8[at...].starts(with: literal.utf8) else { return }
            match(rest, text, text.utf8.index(at, offsetBy: literal.utf8.count), &captures, &results)
        case let .slot(name):
            guard at < text.endIndex else { return }
            // The slot ends where the next literal starts; try each place it does.
            guard case let .literal(next)? = rest.first else {
                captures[name] = at..<text.endIndex
                match(rest, text, text.endIndex, &captures, &results)
                return
            }
            var searchFrom = text.index(after: at)
            while searchFrom <= text.endIndex, let found = Self.firstRange(of: next, in: text, from: searchFrom) {
                captures[name] = at..<found.lowerBound
                match(rest, text, found.lowerBound, &captures, &results)
                guard found.lowerBound < text.endIndex else { break }
                searchFrom = text.index(after: found.lowerBound)
            }
            captures[name] = nil
        }
    }

    /// Where `literal` first occurs in `text` from `start`, by bytes: both are folded the same way,
    /// and Foundation's `range(of:)` costs a bridge to NSString on every call.
    private static func firstRange(of literal: String, in text: String, from start: String.Index) -> Range<String.Index>? {
        let needle = Array(literal.utf8)
        guard let first = needle.first else { return start..<start }
        let bytes = text.utf8
        var index = start
        while let candidate = bytes[index...].firstIndex(of: first) {
            if bytes[candidate...].starts(with: needle) {
                return candidate..<bytes.index(candidate, offsetBy: needle.count)
            }
            index = bytes.index(after: candidate)
        }
        return nil
    }
}
