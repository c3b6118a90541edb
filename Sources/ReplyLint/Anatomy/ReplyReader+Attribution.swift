/// Attribution lines: "On {date}, {name} <{email}> wrote:" in any language, on the line that
/// ends it alone or with the one or two lines above (clients wrap long ones), glued or not.
extension ReplyReader {
    /// The best reading of an attribution ending on line `end`. A longer reading must add
    /// evidence to win, so "Hi Anna," right above "On …, Anna wrote:" stays the greeting.
    func attribution(endingAt end: Int, lowest: Int = 0,
                     text: ((Int) -> Substring)? = nil) -> ReplyBoundary? {
        let line = text ?? { lines[$0].trimmingWhitespace }
        var best: ReplyBoundary?
        var pieces: [Substring] = []
        for start in stride(from: end, through: max(lowest, end - 2), by: -1) {
            let piece = line(start)
            guard !piece.isEmpty, text != nil || piece.first != ">" else { break }
            // A line that ends a sentence or a reading of its own is not part of this one.
            if start < end, piece.last == ":" || piece.last == "：" { break }
            pieces.insert(piece, at: 0)
            guard var reading = read(Self.unglued(pieces.joined(separator: " ")), start: start, end: end) else { continue }
            recipientEvidence(reading.author, &reading)
            if reading.score > best?.score ?? .min { best = reading }
        }
        guard var found = best else { return nil }
        if text == nil { addQuoteEvidence(&found) }
        return found
    }

    /// Quoted lines right after an attribution are evidence; without them the original follows
    /// unmarked (Outlook, help desks, mobile clients), from the next line to the end.
    private func addQuoteEvidence(_ found: inout ReplyBoundary) {
        var next = found.bodyStart
        while next < lines.count, lines[next].trimmingWhitespace.isEmpty { next += 1 }
        if next < lines.count, lines[next].trimmingWhitespace.first == ">" {
            found.quoteMarked = true
            found.add(2, "'>' quoted lines follow")
        } else {
            found.add(0, "the original follows without '>' markers")
        }
    }

    /// "Anna<anna@x>wrote:" → "Anna <anna@x> wrote:": clients and forwarding glue them. Patterns
    /// are read the same way, so "<{email}>のメール:" matches either spelling.
    static func unglued(_ text: String) -> String {
        guard text.containsBytes("<") || text.containsBytes(">") else { return text }
        var result = ""
        var previous: Character = " "
        for character in text {
            if character == "<", !previous.isWhitespace, previous != "(" { result.append(" ") }
            if previous == ">", character.isLetter { result.append(" ") }
            result.append(character)
            previous = character
        }
        return result
    }

    /// Every pattern's every reading of one joined text: one whose date parses wins, then one whose
    /// name is a name (not "at 09:00,"), then one whose name is not the tail of a zone label, then the most
    /// specific pattern ("Am {date} schrieb {name}" over "{date} {name}", which would read German
    /// "Am" as AM), then the date with the most detail (time, AM/PM, offset), then the first.
    /// "Pada tanggal Min, 15 Nov 2026 pukul 18.40 Sari" must not read "tanggal Min" as the date,
    /// nor "Nov 15, 2026 at 6:40 PM Tom" lose its PM.
    private func read(_ joined: String, start: Int, end: Int) -> ReplyBoundary? {
        let text = TextFolding.foldPhrase(joined)
        var best: (captures: [String: Range<String.Index>], date: (date: MessageDate, detail: Int)?, rank: [Int], pattern: String)?
        var dates: [String: (date: MessageDate, detail: Int)?] = [:]
        func readDate(_ range: Range<String.Index>) -> (date: MessageDate, detail: Int)? {
            let candidate = String(text[range])
            if let known = dates[candidate] { return known }
            let read = looseDate(candidate)
            dates[candidate] = .some(read)
            return read
        }
        // Many patterns capture the same name; each is judged once.
        var names: [String: Bool] = [:]
        func isNamed(_ range: Range<String.Index>) -> Bool {
            let candidate = String(text[range])
            if let known = names[candidate] { return known }
            let named = authorName(candidate).map { Self.plausibleName($0) || $0.containsBytes("@") } ?? false
            names[candidate] = named
            return named
        }
        for number in patterns.attributionIndex.candidates(text) {
            let pattern = patterns.attributions[number]
            // A reading ranks below the best as soon as one of its leading ranks does, so what
            // follows is not read: a less specific pattern than a best reading that is dated,
            // named and outside a zone label cannot win at all.
            if let best, best.rank[0] == 1, best.rank[1] == 1, best.rank[2] == 1, pattern.literalLength < best.rank[3] { continue }
            for captures in pattern.matches(text) {
                let read = captures["date"].flatMap(readDate)
                if let best, (read == nil ? 0 : 1) < best.rank[0] { continue }
                let named = captures["name"].map(isNamed) ?? true
                if let best, (read == nil ? 0 : 1) == best.rank[0], (named ? 1 : 0) < best.rank[1] { continue }
                let rank = [read == nil ? 0 : 1, named ? 1 : 0, Self.zoneLabelEnds(captures, in: text) ? 1 : 0,
                            pattern.literalLength, read?.detail ?? 0]
                if best.map({ rank.lexicographicallyPrecedes($0.rank) || rank == $0.rank }) ?? false { continue }
                best = (captures, read, rank, pattern.text)
            }
        }
        guard let best else { return nil }
        let display = FoldedText(Substring(joined.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
        func slot(_ name: String) -> String? {
            guard let range = best.captures[name], display.folded == text else { return nil }
            let value = display.original[display.originalRange(range)].trimmingWhitespace
            return value.isEmpty ? nil : String(value)
        }
        var boundary = ReplyBoundary(kind: .attribution, line: start, bodyStart: end + 1, quoteMarked: false, score: 0, evidence: [])
        boundary.add(2, "attribution '\(best.pattern)'" + (end > start ? " over \(end - start + 1) lines" : ""))
        var date = best.date
        // Gmail's "În lun., 16 nov. 2026, 09:00 Ion Popescu" leaves the time at the name's start.
        if let found = date, let name = best.captures["name"], let fragment = leadingTime(String(text[name])),
           let dateRange = best.captures["date"], let longer = looseDate(text[dateRange] + " " + fragment),
           longer.detail > found.detail {
            date = longer
        }
        if let date {
            boundary.date = date.date
            boundary.add(2 + date.detail, "date \(date.date.iso8601)" + yearNote(best.captures["date"].map { String(text[$0]) } ?? ""))
        } else if best.captures["date"] != nil {
            boundary.add(-1, "date '\(slot("date") ?? "")' does not parse")
        }
        let email = slot("email").map { String($0.trimming { $0 == "<" || $0 == ">" || $0 == " " }) }
        if let email, email.containsBytes("@") { boundary.add(1, "address \(email)") }
        let name = slot("name").flatMap(authorName)
        switch name {
        case let name? where name.containsBytes("@") && email == nil:
            boundary.author = MailAddress(name: nil, address: String(name.trimming { $0 == "<" || $0 == ">" }))
            boundary.add(1, "address-only author")
        case let name? where Self.plausibleName(name):
            boundary.author = MailAddress(name: name, address: email ?? "")
        case let name?:
            boundary.author = email.map { MailAddress(name: nil, address: $0) }
            boundary.add(-3, "'\(name)' is not a name")
        case nil:
            boundary.author = email.map { MailAddress(name: nil, address: $0) }
        }
        return boundary
    }

    /// Outlook's zone label is a list of cities ("(GMT+02:00) Athens, Beirut, Istanbul, Anna Smith"):
    /// with one in the date slot, the name begins after the last comma, not inside the list.
    private static func zoneLabelEnds(_ captures: [String: Range<String.Index>], in text: String) -> Bool {
        guard let date = captures["date"], let name = captures["name"] else { return true }
        let dateText = text[date]
        guard dateText.contains("(gmt") || dateText.contains("(utc") else { return true }
        return !text[name].contains(",")
    }

    /// The author as written, without quotes, a client's prefix ("пользователь", "Kontakti"),
    /// or a time fragment the date slot left at its start ("09:00 Anna Smith", "Uhr Anna").
    func authorName(_ slot: String) -> String? {
        var words = slot.trimming { "\"'“”„« »,".contains($0) }.split(separator: " ").map(String.init)
        let folded = TextFolding.foldPhrase(words.joined(separator: " "))
        if let prefix = patterns.authorPrefixes.first(where: { folded.hasPrefix($0 + " ") }) {
            words.removeFirst(prefix.split(separator: " ").count)
        }
        while let first = words.first, words.count > 1,
              first.contains(where: \.isNumber) || Self.timeWords.contains(TextFolding.fold(first).trimming { $0 == "." || $0 == "," }) {
            words.removeFirst()
        }
        let name = words.joined(separator: " ").trimming { "\"'“”„« »,".contains($0) }
        return name.isEmpty ? nil : String(name)
    }

    /// The time words at the start of a name slot ("09:00", "9:00 AM"), when there are any.
    private func leadingTime(_ slot: String) -> String? {
        let words = slot.split(separator: " ")
        let time = words.prefix { word in
            word.contains(where: \.isNumber) || Self.timeWords.contains(TextFolding.fold(word).trimming { $0 == "." || $0 == "," })
        }
        guard !time.isEmpty, time.count < words.count else { return nil }
        return time.joined(separator: " ")
    }

    private static let timeWords: Set<Substring> = ["am", "pm", "a.m", "p.m", "uhr", "h", "hs", "godz", "klo", "kl"]

    /// A display name: a few words, no digits, no colon; anything longer swallowed other text.
    static func plausibleName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.count <= 6 && name.count <= 80 && !name.contains(where: \.isNumber) && !name.containsBytes(":")
    }
}
