/// The subject and its reply/forward prefixes ("Re: RE: Fwd:", "ΑΠ:", "AW:", "Re[2]:").
extension Draft {
    struct SubjectParts {
        var field: HeaderField
        /// Grapheme offsets of each prefix in the decoded value, colon and following spaces included.
        var prefixes: [Range<Int>]
        /// Grapheme offset where the subject's own text starts.
        var coreStart: Int
        var core: Substring
    }

    var subject: SubjectParts? {
        guard let field = message.subject else { return nil }
        let value = field.value
        var prefixes: [Range<Int>] = []
        var cursor = value.startIndex
        var offset = 0
        while true {
            let spaces = value[cursor...].prefix { $0 == " " || $0 == "\t" }
            let start = spaces.endIndex
            guard let colon = value[start...].prefix(16).firstIndex(where: { $0 == ":" || $0 == "：" }) else { break }
            var word = value[start..<colon].trimmingWhitespace
            if word.last == "]" || word.last == ")", let open = word.lastIndex(where: { $0 == "[" || $0 == "(" }) {
                word = word[..<open]   // Re[2]:
            }
            guard !word.isEmpty, languages.replyPrefixes.contains(TextFolding.fold(word)) else { break }
            var end = value.index(after: colon)
            while end < value.endIndex, value[end] == " " { end = value.index(after: end) }
            let startOffset = offset + spaces.count
            let length = value.distance(from: start, to: end)
            prefixes.append(startOffset..<(startOffset + length))
            offset = startOffset + length
            cursor = end
        }
        return SubjectParts(field: field, prefixes: prefixes, coreStart: offset, core: value[cursor...])
    }
}
