/// The greeting: the first line of the new text when it opens with a greeting phrase
/// ("Dear", "Αγαπητέ", "Stimate", "Tere", "Halo"), optionally titles, then a name slot
/// closed by `,` `!` `:` or the end of the line. A bare "Anna," also greets.
extension Draft {
    static func findGreeting(_ line: TextLine, openers: [String], generic: [String], titles: [String]) -> Greeting? {
        let text = line.trimmed
        let folded = FoldedText(text)
        // A generic head ("Yth. Pelanggan …", "Dear valued customer of …") stays generic whatever
        // follows it: the shop's name after it is no customer's name.
        let heads = generic.compactMap { entry in
            entry.utf8.last == 0xA6 && entry.hasSuffix(" …") ? String(entry.dropLast(2)) : nil
        }
        if !heads.isEmpty, let (_, range) = folded.prefix(in: heads) {
            var found = greeting(line, text, folded, opener: range, titles: [])
            found.isGeneric = true
            found.nameSlot = nil
            return found
        }
        // "Dear Valued Hearth & Bloom Customer,": a head, the shop's name, then the rest.
        if let range = gappedGeneric(folded, generic) {
            var found = greeting(line, text, folded, opener: range, titles: [])
            found.isGeneric = true
            found.nameSlot = nil
            return found
        }
        // Otherwise generic only when nothing but punctuation follows: "Stimate domnule," is
        // generic, "Stimate domnule Popescu," is not.
        if let (_, range) = folded.prefix(in: generic),
           folded.folded[range.upperBound...].allSatisfy({ $0 == " " || ",!:;.".contains($0) }) {
            var found = greeting(line, text, folded, opener: range, titles: titles)
            found.isGeneric = true
            found.nameSlot = nil
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

    /// Words a gap in a generic greeting (`Dear valued … customer`) may stand for: a shop's name.
    static let greetingGapWords = 4

    /// The head of the first generic entry with a gap (` … ` inside it) that the line matches:
    /// the head at its start, then up to `greetingGapWords` words without punctuation, then the
    /// rest of the entry, and nothing after it but punctuation unless the entry ends in ` …` too.
    private static func gappedGeneric(_ folded: FoldedText, _ generic: [String]) -> Range<String.Index>? {
        for entry in generic where entry.utf8.count > 6 && entry.utf8.dropLast(4).contains(0xA6) {
            let parts = entry.split(separator: " … ", omittingEmptySubsequences: false)
            guard parts.count == 2, let (_, head) = folded.prefix(in: [String(parts[0])]) else { continue }
            var tail = parts[1].split(separator: " ")
            let open = tail.last == "…"
            if open { tail.removeLast() }
            let words = folded.folded[head.upperBound...].split(separator: " ")
            for gap in 1...Self.greetingGapWords where gap + tail.count <= words.count {
                let gapWords = words.prefix(gap), candidate = words.dropFirst(gap).prefix(tail.count)
                // A comma or a full stop in the gap ends the greeting: "Dear Anna, our customer" is no head.
                if gapWords.contains(where: { $0.contains(where: { ",.!:;".contains($0) }) }) { break }
                let bare = candidate.map { word in word.filter { !",!:;.".contains($0) } }
                guard bare.elementsEqual(tail.map(String.init)) else { continue }
                if open || words.count == gap + tail.count { return head }
            }
        }
        return nil
    }

    private static func greeting(_ line: TextLine, _ text: Substring, _ folded: FoldedText,
                                 opener foldedOpener: Range<String.Index>, titles: [String]) -> Greeting {
        let opener = folded.originalRange(foldedOpener)
        var cursor = foldedOpener.upperBound
        // "Tere, Mari!", "Bună ziua, doamnă Ionescu,": a comma may stand between opener and name.
        var afterComma: String.Index?
        let spaced = folded.folded[cursor...].drop { $0 == " " }
        if spaced.first == "," { afterComma = folded.folded.index(after: spaced.startIndex) }
        var titleRanges: [Range<String.Index>] = []
        func readTitles(from start: String.Index) -> String.Index {
            var position = start
            while true {
                let afterSpace = folded.folded[position...].firstIndex { $0 != " " } ?? folded.folded.endIndex
                guard let (_, range) = folded.prefix(in: titles, from: afterSpace) else { return position }
                titleRanges.append(folded.originalRange(range))
                position = range.upperBound
            }
        }
        if let comma = afterComma {
            let afterTitles = readTitles(from: comma)
            let nameWords = Self.nameWords(folded, text, from: afterTitles)
            if !titleRanges.isEmpty || nameWords > 0 {
                cursor = afterTitles
            } else {
                titleRanges = []
            }
        } else {
            cursor = readTitles(from: cursor)
        }
        let openerEnd = text.index(text.startIndex, offsetBy: folded.folded.distance(from: folded.folded.startIndex, to: cursor),
                                   limitedBy: text.endIndex) ?? text.endIndex
        let rest = text[openerEnd...]
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

    /// How many capitalised words follow `start` before punctuation or the end (0 when more than 3).
    private static func nameWords(_ folded: FoldedText, _ text: Substring, from start: String.Index) -> Int {
        let offset = folded.folded.distance(from: folded.folded.startIndex, to: start)
        guard let index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) else { return 0 }
        let rest = text[index...]
        let close = rest.firstIndex { ",!:;.?".contains($0) } ?? rest.endIndex
        let words = rest[..<close].split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return 0 }
        return words.count
    }
}
