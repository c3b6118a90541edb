/// The body between greeting and sign-off: paragraphs (split on blank lines), lists
/// (`1.` `1)` `Step 1:` numbered, `-` `*` `•` bulleted) and links.
extension Draft {
    static func paragraphs(_ lines: [TextLine]) -> [[TextLine]] {
        var result: [[TextLine]] = []
        var current: [TextLine] = []
        var previous: Int?
        for line in lines {
            let gap = previous.map { line.index != $0 + 1 } ?? false
            if line.isBlank || gap, !current.isEmpty {
                result.append(current)
                current = []
            }
            if !line.isBlank { current.append(line) }
            previous = line.index
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    enum ListMarker: Equatable { case ordered, bullet }

    /// The list marker a line starts with, and where the item's text begins.
    static func listMarker(_ text: Substring, stepWords: [String], months: MonthNames = MonthNames()) -> (ListMarker, String.Index)? {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first else { return nil }
        if "-*•–·‣◦".contains(first) {
            let after = trimmed.dropFirst()
            guard after.first == " " || after.first == "\t" else { return nil }
            return (.bullet, after.startIndex)
        }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let after = trimmed[digits.endIndex...]
            if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " {
                // "19. novembril" is an Estonian date, not step 19.
                let word = after.dropFirst(2).prefix { $0.isLetter }
                if mark == ".", word.count >= 3, months.isMonth(TextFolding.fold(word)) { return nil }
                return (.ordered, after.index(after: after.startIndex))
            }
            return nil
        }
        // "Step 1:" and its translations.
        // "Step 1:" has its number within the first few words; most lines have none.
        guard !stepWords.isEmpty, trimmed.prefix(24).contains(where: \.isNumber) else { return nil }
        let folded = FoldedText(trimmed)
        if let (_, range) = folded.prefix(in: stepWords) {
            let rest = folded.folded[range.upperBound...].drop { $0 == " " }
            let number = rest.prefix { $0.isNumber }
            if !number.isEmpty, let mark = rest.dropFirst(number.count).first, ":.)".contains(mark) {
                return (.ordered, trimmed.startIndex)
            }
        }
        return nil
    }

    static func lists(_ paragraphs: [[TextLine]], stepWords: [String], months: MonthNames = MonthNames()) -> [ListBlock] {
        var lists: [ListBlock] = []
        var current: ListBlock?
        var lastItemIndex = -10
        for paragraph in paragraphs {
            for line in paragraph {
                if let (marker, _) = listMarker(line.text, stepWords: stepWords, months: months) {
                    let ordered = marker == .ordered
                    // Items of one list may be separated by one blank line.
                    if var open = current, open.ordered == ordered, line.index - lastItemIndex <= 2 {
                        open.items.append([line])
                        current = open
                    } else {
                        if let open = current { lists.append(open) }
                        current = ListBlock(ordered: ordered, items: [[line]])
                    }
                    lastItemIndex = line.index
                } else if var open = current, line.index == lastItemIndex + 1, line.text.first == " " || line.text.first == "\t" {
                    open.items[open.items.count - 1].append(line)
                    current = open
                    lastItemIndex = line.index
                } else if let open = current {
                    lists.append(open)
                    current = nil
                }
            }
        }
        if let open = current { lists.append(open) }
        return lists
    }

    /// URLs (`http://`, `https://`, `www.`) and `mailto:` links, without trailing punctuation.
    static func links(_ lines: [TextLine], inSignature: Bool) -> [Link] {
        var links: [Link] = []
        for line in lines {
            var search = line.text.startIndex
            while let start = linkStart(line.text, from: search) {
                var end = line.text[start...].firstIndex { $0.isWhitespace || "<>\"'()[]".contains($0) } ?? line.text.endIndex
                while end > start, ".,;:!?".contains(line.text[line.text.index(before: end)]) {
                    end = line.text.index(before: end)
                }
                if end > start {
                    links.append(Link(line: line, range: start..<end, target: String(line.text[start..<end]),
                                      inSignature: inSignature))
                }
                search = end > start ? end : line.text.index(after: start)
            }
        }
        return links
    }

    private static func linkStart(_ text: Substring, from: String.Index) -> String.Index? {
        // Every link starts with an ASCII letter: scan bytes, and look closer only at h, w and m.
        let bytes = text.utf8
        var index = from
        while let found = bytes[index...].firstIndex(where: { $0 | 0x20 == 0x68 || $0 | 0x20 == 0x77 || $0 | 0x20 == 0x6D }) {
            let rest = bytes[found...].prefix(8).map { $0 | 0x20 }
            if rest.starts(with: "https://".utf8) || rest.starts(with: "http://".utf8) || rest.starts(with: "mailto:".utf8) {
                return found
            }
            if rest.starts(with: "www.".utf8) {
                let previous = found > text.startIndex ? text[text.index(before: found)] : " "
                if !previous.isWordCharacter, previous != "/", previous != "." { return found }
            }
            index = bytes.index(after: found)
        }
        return nil
    }
}
