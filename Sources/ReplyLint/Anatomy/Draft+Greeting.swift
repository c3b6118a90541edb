/// The greeting: the first line of the new text when it opens with a greeting phrase
/// ("Dear", "Αγαπητέ", "Stimate", "Tere", "Halo"), optionally titles, then a name slot
/// closed by `,` `!` `:` or the end of the line. A bare "Anna," also greets.
extension Draft {
    static func findGreeting(_ line: TextLine, openers: [String], generic: [String], titles: [String]) -> Greeting? {
        let text = line.trimmed
        let folded = FoldedText(text)
        // Generic only when nothing but punctuation follows: "Stimate domnule," is generic,
        // "Stimate domnule Popescu," is not.
        if let (_, range) = folded.prefix(in: generic),
           folded.folded[range.upperBound...].allSatisfy({ $0 == " " || ",!:;.".contains($0) }) {
            var found = greeting(line, text, folded, opener: range, titles: titles)
            found.isGeneric = true
            return found
        }
        if let (_, range) = folded.prefix(in: openers) {
            return greeting(line, text, folded, opener: range, titles: titles)
        }
        // "Anna," or "Anna Smith:" on a line of its own.
        if let last = text.last, ",:".contains(last), text.count <= 40 {
            let words = text.dropLast().split(separator: " ")
            if (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) {
                let name = text.startIndex..<text.index(before: text.endIndex)
                return Greeting(line: line, opener: nil, titles: [], nameSlot: name, range: text.startIndex..<text.endIndex)
            }
        }
        return nil
    }

    private static func greeting(_ line: TextLine, _ text: Substring, _ folded: FoldedText,
                                 opener foldedOpener: Range<String.Index>, titles: [String]) -> Greeting {
        let opener = folded.originalRange(foldedOpener)
        var cursor = foldedOpener.upperBound
        var titleRanges: [Range<String.Index>] = []
        while true {
            let afterSpace = folded.folded[cursor...].firstIndex { $0 != " " } ?? folded.folded.endIndex
            guard let (_, range) = folded.prefix(in: titles, from: afterSpace) else { break }
            titleRanges.append(folded.originalRange(range))
            cursor = range.upperBound
        }
        let openerEnd = text.index(text.startIndex, offsetBy: folded.folded.distance(from: folded.folded.startIndex, to: cursor),
                                   limitedBy: text.endIndex) ?? text.endIndex
        var rest = text[openerEnd...]
        // "Tere, Mari!" and "Hi, Anna": the name after a comma that follows the opener.
        if rest.first == ",", titleRanges.isEmpty {
            let after = rest.dropFirst()
            let close = after.firstIndex { ",!:;.?".contains($0) } ?? after.endIndex
            let words = after[..<close].split(separator: " ")
            if (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) {
                rest = after
            }
        }
        let slotStart = rest.startIndex
        let stop = rest.firstIndex { ",!:;.?".contains($0) }
        let slotEnd = stop ?? text.endIndex
        var slot = text[slotStart..<slotEnd].trimmingWhitespace
        var end = stop.map { text.index(after: $0) } ?? text.endIndex
        if slot.split(separator: " ").count > 4 {
            // "Hello and thank you for writing." has no name slot.
            slot = text[slotStart..<slotStart]
            end = opener.upperBound
            return Greeting(line: line, opener: opener, titles: titleRanges, nameSlot: nil, range: text.startIndex..<end)
        }
        let slotRange = slot.isEmpty ? slotStart..<slotStart : slot.startIndex..<slot.endIndex
        if end > text.endIndex { end = text.endIndex }
        return Greeting(line: line, opener: opener, titles: titleRanges, nameSlot: slotRange, range: text.startIndex..<end)
    }
}
