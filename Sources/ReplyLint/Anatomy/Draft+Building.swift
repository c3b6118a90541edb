/// Building a draft's anatomy from a parsed message.
extension Draft {
    init(message: Message, languages: LanguageSet, options: DraftOptions, configLocale: String?) {
        let lines = Self.lines(message.body.text)
        let split = Self.splitQuote(lines, languages: languages, recipients: message.to, sent: (message.date ?? options.now)?.date)
        let newLines = split.newLines.map { TextLine(index: $0, full: lines[$0]) }
        let choice = Self.chooseLanguage(message, newLines, languages, options, configLocale)
        let code = choice.code
        let language = languages.language(code) ?? LanguageData(code: code, name: code)
        self.init(message: message, language: language, languages: languages, languageSource: choice.source,
                  languageReason: choice.reason, region: choice.tag.flatMap(Self.region), recipientName: nil, lines: lines)
        quoted = split.quoted
        original = Self.original(given: options.original, quoted: split.quoted)
        if let sent = message.date ?? options.now { sentAt = sent }
        recipientTimeZone = options.recipientTimeZone
        // An address is never a name to greet ("anna@example.org" <anna@example.org>).
        // The original's author is the one greeted only when the draft goes back to them: a
        // forward to a colleague ("Hi Warehouse team,") does not greet the customer it quotes.
        recipientName = Self.nonEmpty(options.recipientName) ?? Self.personName(message.to.first?.name)
            ?? Self.personName(Self.isAddressed(original?.author, by: message.to) ? original?.author?.name : nil)

        let device = Self.splitDeviceSignature(newLines, patterns: languages.replies)
        var closing = Self.findClosing(device.body, signOffs: Self.merged(language, languages, .signOffs))
        if closing.signOff == nil, closing.signature.isEmpty {
            let block = Self.trailingSignature(closing.bodyLines, senderName: message.from.first?.name,
                                               jobTitles: language.list(.jobTitles))
            closing.bodyLines = block.body
            closing.signature = block.signature
        }
        signOff = closing.signOff
        senderName = closing.senderName
        signature = closing.signature + device.signature
        var body = closing.bodyLines
        while let first = body.first, first.isBlank { body.removeFirst() }
        if let first = body.first,
           let found = Self.findGreeting(first, openers: Self.merged(language, languages, .greetings),
                                         generic: Self.merged(language, languages, .genericGreetings),
                                         titles: Self.merged(language, languages, .nameTitles)) {
            greeting = found
            body.removeFirst()
            let rest = first.full[found.range.upperBound...].trimmingWhitespace
            if !rest.isEmpty { body.insert(TextLine(index: first.index, full: first.full, text: rest), at: 0) }
        }
        paragraphs = Self.paragraphs(body)
        lists = Self.lists(paragraphs, stepWords: language.list(.stepWords), months: languages.months)
        links = Self.links(newLines.filter { line in !signature.contains { $0.index == line.index } }, inSignature: false)
            + Self.links(signature, inSignature: true)
        self.newText = newLines.filter { line in !signature.contains { $0.index == line.index } }
        prose = paragraphs.map { ProseWords($0, vocabulary: languages.vocabulary) }
        newTextWords = Self.sharingWords(Self.paragraphs(newText), with: prose, vocabulary: languages.vocabulary)
        words = paragraphs.flatMap { $0 }.flatMap { line in
            Segmenter.segments(line.text, kind: .word, locale: code).map { Word(line: line, range: $0) }
        }
        passages = Self.passages(paragraphs, lists: lists, words: words, links: links, stepWords: language.list(.stepWords), locale: code)
    }

    /// Whether the draft goes to `author`: no recipient address to say otherwise, or one of them is
    /// the author's address.
    private static func isAddressed(_ author: MailAddress?, by recipients: [MailAddress]) -> Bool {
        guard let author, !author.address.isEmpty else { return true }
        let addresses = recipients.map(\.address).filter { !$0.isEmpty }
        return addresses.isEmpty || addresses.contains { $0.caseInsensitiveCompare(author.address) == .orderedSame }
    }

    /// The words of each block, taken from the paragraph of the same lines when there is one:
    /// most blocks of the new text are paragraphs, and their words are the same.
    private static func sharingWords(_ blocks: [[TextLine]], with prose: [ProseWords], vocabulary: [String: Int]) -> [ProseWords] {
        var byFirstLine: [Int: Int] = [:]
        for (number, paragraph) in prose.enumerated() {
            if let first = paragraph.lines.first { byFirstLine[first.index] = byFirstLine[first.index] ?? number }
        }
        return blocks.map { block in
            if let first = block.first, let number = byFirstLine[first.index], sameLines(prose[number].lines, block) {
                return prose[number]
            }
            return ProseWords(block, vocabulary: vocabulary)
        }
    }

    private static func sameLines(_ a: [TextLine], _ b: [TextLine]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            x.index == y.index && x.text.startIndex == y.text.startIndex && x.text.endIndex == y.text.endIndex
        }
    }

    /// The body's lines, split on bytes unless a CR makes "\r\n" one character that is not "\n".
    private static func lines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard !utf8.contains(0x0D) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { text[$0.startIndex..<$0.endIndex] }
    }

    static func merged(_ language: LanguageData, _ languages: LanguageSet, _ key: ListKey) -> [String] {
        languages.merged(language.code, key)
    }

    /// `en-GB`, `en_gb`, `en-Latn-GB` → `gb`: the tag's two-letter or three-digit region subtag.
    static func region(_ tag: String) -> String? {
        let parts = tag.trimmingWhitespace.split(whereSeparator: { $0 == "-" || $0 == "_" }).dropFirst()
        return parts.first { $0.count == 2 && $0.allSatisfy(\.isLetter) || $0.count == 3 && $0.allSatisfy(\.isNumber) }
            .map { $0.lowercased() }
    }

    /// `el-GR`, `ro_RO`, `EN` → a shipped language code.
    static func languageCode(_ tag: String, _ languages: LanguageSet) -> String? {
        let code = tag.trimmingWhitespace.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        guard let code, languages.knows(code) else { return nil }
        return code
    }

    private static func personName(_ text: String?) -> String? {
        guard let name = nonEmpty(text), !name.containsBytes("@") else { return nil }
        return name
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingWhitespace.isEmpty else { return nil }
        return String(text.trimmingWhitespace)
    }
}
