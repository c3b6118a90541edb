import Foundation

/// Reads the pattern language of `PhrasePattern`, once per list entry when the data loads.
struct PhrasePatternParser {
    typealias Element = PhrasePattern.Element
    private let text: [Character]
    private var position = 0

    init(_ source: String) { text = Array(source) }

    /// Elements up to the end (`top`) or up to one of `closers`, which is left unread.
    mutating func sequence(top: Bool = false, closers: Set<Character> = []) throws(PhrasePatternError) -> [Element] {
        var elements: [Element] = []
        while true {
            while position < text.count, text[position].isWhitespace { position += 1 }
            guard position < text.count else {
                if top { return elements }
                throw PhrasePatternError(closers.contains(">") ? "'<' without its '>'" : "'{' without its '}'")
            }
            let character = text[position]
            if closers.contains(character) { return elements }
            switch character {
            case "|": throw PhrasePatternError("'|' outside '{…}'")
            case "}": throw PhrasePatternError("'}' without its '{'")
            case ">": throw PhrasePatternError("'>' without its '<'")
            case "<": elements.append(try anyOrder())
            default:
                if let gap = try gap() { elements.append(gap) } else { elements += try token() }
            }
        }
    }

    private static let stops: Set<Character> = ["|", "}", ">", "<"]

    private func isTokenEnd(_ index: Int) -> Bool {
        index >= text.count || text[index].isWhitespace || Self.stops.contains(text[index])
    }

    /// `...`, `…`, `...5`: a gap of words.
    private mutating func gap() throws(PhrasePatternError) -> Element? {
        var end = position
        if text[position] == "…" {
            end += 1
        } else if position + 2 < text.count, text[position...(position + 2)].allSatisfy({ $0 == "." }) {
            end += 3
        } else {
            return nil
        }
        let (number, after) = digits(from: end)
        guard isTokenEnd(after) else { return nil }
        position = after
        let size = number ?? PhrasePattern.defaultGap
        guard (1...9).contains(size) else { throw PhrasePatternError("a gap is of 1 to 9 words, not \(size)") }
        return .gap(size)
    }

    private func digits(from start: Int) -> (Int?, Int) {
        var end = start
        while end < text.count, let digit = text[end].wholeNumberValue, text[end].isASCII, digit >= 0 { end += 1 }
        return (end > start ? Int(String(text[start..<end])) : nil, end)
    }

    /// `<a b c>` or `<a b c>N`.
    private mutating func anyOrder() throws(PhrasePatternError) -> Element {
        position += 1
        let inner = try sequence(closers: [">"])
        position += 1
        let (number, after) = digits(from: position)
        position = after
        var words: [PhrasePattern.Word] = []
        for element in inner {
            switch element {
            case .word(let word):
                words.append(word)
            case .choice(let alternatives):
                let single = alternatives.compactMap { alternative -> PhrasePattern.Word? in
                    if alternative.count == 1, case .word(let word) = alternative[0] { return word }
                    return nil
                }
                guard single.count == alternatives.count, Set(single.map(\.stem)).count == 1 else {
                    throw PhrasePatternError("'<…>' holds single words or '{…}' of single words")
                }
                words.append(PhrasePattern.Word(forms: single.flatMap(\.forms), written: single.flatMap(\.written),
                                                stem: single[0].stem))
            case .gap, .anyOrder:
                throw PhrasePatternError("'<…>' holds single words or '{…}' of single words")
            }
        }
        guard words.count >= 2 else { throw PhrasePatternError("'<…>' needs two words or more") }
        let extra = number ?? PhrasePattern.defaultWindow
        guard extra <= 9 else { throw PhrasePatternError("'<…>' allows 0 to 9 other words, not \(extra)") }
        return .anyOrder(words, extra: extra)
    }

    /// A group of alternatives standing alone, or one written word (perhaps with glued alternatives).
    private mutating func token() throws(PhrasePatternError) -> [Element] {
        if text[position] == "{", matchingBrace(from: position) == nil { throw PhrasePatternError("'{' without its '}'") }
        if text[position] == "{", let close = matchingBrace(from: position), isTokenEnd(close + 1) {
            position += 1
            var alternatives: [[Element]] = []
            while true {
                alternatives.append(try sequence(closers: ["|", "}"]))
                let closer = text[position]
                position += 1
                if closer == "}" { break }
            }
            return [.choice(alternatives)]
        }
        return try word()
    }

    private func matchingBrace(from start: Int) -> Int? {
        var depth = 0
        for index in start..<text.count {
            if text[index] == "{" { depth += 1 }
            if text[index] == "}" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// Letters and glued `{a|b}` groups up to a space: every combination is a form.
    private mutating func word() throws(PhrasePatternError) -> [Element] {
        var forms = [""], stem = false, glued = false
        while !isTokenEnd(position) {
            let character = text[position]
            if character == "*" {
                guard isTokenEnd(position + 1) else { throw PhrasePatternError("'*' stands only at the end of a word") }
                stem = true
                position += 1
            } else if character == "{" {
                guard matchingBrace(from: position) != nil else { throw PhrasePatternError("'{' without its '}'") }
                glued = true
                forms = try gluedGroup(after: forms)
            } else {
                forms = forms.map { $0 + String(character) }
                position += 1
            }
        }
        return try Self.words(forms, stem: stem, glued: glued)
    }

    /// `{-mi|-ne|}` inside a word.
    private mutating func gluedGroup(after forms: [String]) throws(PhrasePatternError) -> [String] {
        position += 1
        var pieces = [""]
        while position < text.count, text[position] != "}" {
            let character = text[position]
            if character == "|" {
                pieces.append("")
            } else if character.isWhitespace || character == "{" || character == "<" || character == ">" {
                throw PhrasePatternError("'{…}' inside a word holds pieces of that word, without spaces")
            } else {
                pieces[pieces.count - 1].append(character)
            }
            position += 1
        }
        guard position < text.count else { throw PhrasePatternError("'{' without its '}'") }
        position += 1
        let combined = forms.flatMap { form in pieces.map { form + $0 } }
        guard combined.count <= PhrasePattern.maximumForms else {
            throw PhrasePatternError("a word has more than \(PhrasePattern.maximumForms) forms")
        }
        return combined
    }

    /// The written forms of one token as words the way `ProseWords` splits text.
    private static func words(_ forms: [String], stem: Bool, glued: Bool) throws(PhrasePatternError) -> [Element] {
        let split = forms.map { form in
            (folded: ProseWords.split(TextFolding.fold(form)), written: ProseWords.split(TextFolding.lowerKeepingMarks(form)),
             stop: form.hasSuffix("."))
        }
        if !glued, let only = split.first {
            // "Sir/Madam", "e-mail", "Yth.": one token, any number of words.
            let written = only.written.count == only.folded.count ? only.written : only.folded
            guard !(stem && only.folded.count != 1) else { throw PhrasePatternError("'*' ends a single word") }
            return try zip(only.folded, written).enumerated().map { number, pair throws(PhrasePatternError) in
                let last = number == only.folded.count - 1
                return .word(try word([pair.0], [pair.1], stem: stem && last, stop: last && only.stop))
            }
        }
        var folded: [String] = [], written: [String] = []
        for form in split {
            // An empty piece may leave a form that is one word plus a dangling hyphen: "anunțați-".
            guard form.folded.count <= 1 else {
                throw PhrasePatternError("'{…}' inside a word must give one word, not '\(form.folded.joined(separator: " "))'")
            }
            guard let word = form.folded.first, !folded.contains(word) else { continue }
            folded.append(word)
            written.append(form.written.count == 1 ? form.written[0] : word)
        }
        guard !folded.isEmpty else { return [] }
        return [.word(try word(folded, written, stem: stem, stop: split.allSatisfy(\.stop)))]
    }

    private static func word(_ folded: [String], _ written: [String], stem: Bool, stop: Bool) throws(PhrasePatternError) -> PhrasePattern.Word {
        if stem, let short = folded.first(where: { $0.count < 3 }) {
            throw PhrasePatternError("the stem '\(short)*' is shorter than three letters")
        }
        return PhrasePattern.Word(forms: folded, written: written, stem: stem, stopAfter: stop)
    }
}
