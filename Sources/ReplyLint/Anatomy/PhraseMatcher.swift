/// The one phrase matcher: a list of `PhrasePattern`s compiled over word numbers, matched
/// against `ProseWords` left to right, the longest match winning where several start at a word.
/// Built once per language and list in `LanguageSet`. Only the patterns that can start with a
/// word are tried there, and each is bounded (gaps and windows of at most nine words), so the
/// work stays linear in the text.
struct PhraseMatcher: Sendable {
    /// The lists matched by patterns, in every language (map keys for `negative-words`).
    static let keys: [ListKey] = [.nextSteps, .closedMatter, .furtherHelp, .jobTitles, .genericSubjects,
                                  .websiteReferences, .attachmentWords, .sequenceWords, .imperatives,
                                  .requestWords, .mailboxNames, .thanks, .apologies, .vagueApologies, .blame,
                                  .formality, .slang, .jargon, .delayAcknowledgements, .negativeWords,
                                  .negators, .notConditionals, .harmWords, .refusalAlternatives]

    /// A match: the words it covers and the entry (its place in `entries`).
    struct Hit: Sendable, Equatable {
        var words: Range<Int>
        var entry: Int
    }

    /// Each entry folded as written (`TextFolding.foldPhrase`), as a map's keys are.
    let entries: [String]
    private let patterns: [[Step]]
    /// Word number → the patterns that can start with it, in list order.
    private let byFirst: [Int: [Int]]
    /// Patterns that can start with a stem, by the stem's first byte.
    private let stemFirst: [UInt8: [(stem: [UInt8], pattern: Int)]]

    var isEmpty: Bool { patterns.isEmpty }

    init(_ patterns: [PhrasePattern], vocabulary: [String: Int]) {
        entries = patterns.map { TextFolding.foldPhrase($0.source) }
        self.patterns = patterns.map { $0.elements.map { Step($0, vocabulary) } }
        var byFirst: [Int: [Int]] = [:]
        var stemFirst: [UInt8: [(stem: [UInt8], pattern: Int)]] = [:]
        for (number, steps) in self.patterns.enumerated() {
            for test in Self.firstTests(steps[...]) {
                for form in test.forms where byFirst[form.id]?.last != number { byFirst[form.id, default: []].append(number) }
                for stem in test.stems { stemFirst[stem.bytes[0], default: []].append((stem.bytes, number)) }
            }
        }
        self.byFirst = byFirst
        self.stemFirst = stemFirst
    }

    /// Non-overlapping matches, left to right.
    func hits(_ words: [ProseWords.Word]) -> [Hit] {
        var found: [Hit] = []
        var position = 0
        while position < words.count {
            if let hit = longest(words, at: position) {
                found.append(hit)
                position = hit.words.upperBound
            } else {
                position += 1
            }
        }
        return found
    }

    /// Non-overlapping matches, left to right, as ranges of word positions.
    func matches(_ words: [ProseWords.Word]) -> [Range<Int>] { hits(words).map(\.words) }

    /// How many words the longest match starting at `position` spans, if one does.
    func match(_ words: [ProseWords.Word], at position: Int) -> Int? { longest(words, at: position)?.words.count }

    func contains(in words: [ProseWords.Word]) -> Bool {
        words.indices.contains { longest(words, at: $0) != nil }
    }

    /// The longest match starting at `position` (the earlier entry on a tie).
    func longest(_ words: [ProseWords.Word], at position: Int) -> Hit? {
        let word = words[position]
        var candidates = word.id >= 0 ? byFirst[word.id] ?? [] : []
        var stemsAdded = false
        if let first = word.folded.utf8.first, let stems = stemFirst[first] {
            for (stem, pattern) in stems where word.folded.utf8.starts(with: stem) && !candidates.contains(pattern) {
                candidates.append(pattern)
                stemsAdded = true
            }
        }
        var best: Hit?
        var run = Run(words: words)
        for pattern in stemsAdded ? candidates.sorted() : candidates {
            run.stack.removeAll(keepingCapacity: true)
            run.stack.append(Frame(steps: patterns[pattern][...]))
            guard let end = run.longest(position, stopAllowed: true) else { continue }
            if end > best?.words.upperBound ?? position { best = Hit(words: position..<end, entry: pattern) }
        }
        return best
    }

    /// The tests a pattern's first word may pass.
    private static func firstTests(_ steps: ArraySlice<Step>) -> [Test] {
        guard let first = steps.first else { return [] }
        switch first {
        case .word(let test): return [test]
        case .anyOrder(let tests, _): return tests
        case .gap: return firstTests(steps.dropFirst())
        case .choice(let alternatives):
            var tests = alternatives.flatMap { firstTests($0[...]) }
            if alternatives.contains(where: { !Step.matchesWord($0) }) { tests += firstTests(steps.dropFirst()) }
            return tests
        }
    }
}

extension PhraseMatcher {
    /// A word of a pattern, compiled: the word numbers of its forms, or its stems.
    struct Test: Sendable {
        /// A form's folded number and how it is written, lower-case with its accents.
        struct Form: Sendable { var id: Int, written: Written }
        struct Stem: Sendable { var bytes: [UInt8], written: Written }
        var forms: [Form]
        var stems: [Stem]
        var stopAfter: Bool

        init(_ word: PhrasePattern.Word, _ vocabulary: [String: Int]) {
            let pairs = zip(word.forms, word.written)
            forms = word.stem ? [] : pairs.compactMap { folded, written in
                vocabulary[folded].map { Form(id: $0, written: Written(written)) }
            }
            stems = word.stem ? pairs.map { Stem(bytes: Array($0.utf8), written: Written($1)) } : []
            stopAfter = word.stopAfter
        }

        func accepts(_ word: ProseWords.Word) -> Bool {
            if word.id >= 0, let form = forms.first(where: { $0.id == word.id }) {
                return form.written.agrees(with: word.original, stem: false)
            }
            return stems.contains { word.folded.utf8.starts(with: $0.bytes) && $0.written.agrees(with: word.original, stem: true) }
        }
    }

    /// How an entry's word is written, for what folding alone would make equal: a word written
    /// with accents matches text with the same accents or none (typed without them, Greek
    /// capitals); a Latin word written without accents matches only text without them, so
    /// Romanian "aceasta" is not "această". A non-Latin word written without accents is folded
    /// on purpose and matches any accents.
    struct Written: Sendable {
        enum Kind: Sendable { case marked, plain, folded }
        var text: String
        var kind: Kind

        init(_ text: String) {
            self.text = text
            if TextFolding.hasMarks(text) {
                kind = .marked
            } else {
                kind = text.unicodeScalars.allSatisfy { $0.isASCII || !$0.properties.isAlphabetic || $0.value <= 0x24F } ? .plain : .folded
            }
        }

        func agrees(with original: Substring, stem: Bool) -> Bool {
            guard kind != .folded, original.utf8.contains(where: { $0 >= 0x80 }), TextFolding.hasMarks(original) else { return true }
            guard kind == .marked else { return false }
            let written = TextFolding.lowerKeepingMarks(original)
            return stem ? written.hasPrefix(text) : written == text
        }
    }

    indirect enum Step: Sendable {
        case word(Test)
        case choice([[Step]])
        case gap(Int)
        case anyOrder([Test], extra: Int)

        init(_ element: PhrasePattern.Element, _ vocabulary: [String: Int]) {
            switch element {
            case .word(let word): self = .word(Test(word, vocabulary))
            case .choice(let alternatives): self = .choice(alternatives.map { $0.map { Step($0, vocabulary) } })
            case .gap(let size): self = .gap(size)
            case .anyOrder(let words, let extra): self = .anyOrder(words.map { Test($0, vocabulary) }, extra: extra)
            }
        }

        /// Whether every way through the steps takes at least one word.
        static func matchesWord(_ steps: [Step]) -> Bool {
            steps.contains { step in
                switch step {
                case .word, .anyOrder: true
                case .choice(let alternatives): alternatives.allSatisfy(matchesWord)
                case .gap: false
                }
            }
        }
    }

    /// Steps still to match: a pattern's, or an alternative's before the rest of its pattern.
    struct Frame {
        var steps: ArraySlice<Step>
    }

    /// One attempt at one position: depth-first through the alternatives, keeping the longest end.
    /// The steps still to match are a stack of frames, changed in place and restored on the way
    /// back, so an attempt allocates nothing beyond the stack itself.
    struct Run {
        let words: [ProseWords.Word]
        var stack: [Frame] = []

        init(words: [ProseWords.Word]) {
            self.words = words
            stack.reserveCapacity(8)
        }

        /// The furthest word position the frames can reach from `position`; `stopAllowed` says
        /// whether the word at `position` may start a sentence. Leaves the stack as it found it.
        mutating func longest(_ position: Int, stopAllowed: Bool) -> Int? {
            guard let frame = stack.last else { return position }
            guard let step = frame.steps.first else {
                stack.removeLast()
                defer { stack.append(frame) }
                return longest(position, stopAllowed: stopAllowed)
            }
            let top = stack.count - 1
            stack[top].steps = frame.steps.dropFirst()
            defer { stack[top] = frame }
            switch step {
            case .word(let test):
                guard position < words.count, stopAllowed || !words[position].startsSentence, test.accepts(words[position])
                else { return nil }
                return longest(position + 1, stopAllowed: test.stopAfter)
            case .choice(let alternatives):
                var best: Int?
                for alternative in alternatives {
                    stack.append(Frame(steps: alternative[...]))
                    let reached = longest(position, stopAllowed: stopAllowed)
                    stack.removeLast()
                    if let end = reached { best = max(best ?? end, end) }
                }
                return best
            case .gap(let size):
                var best: Int?
                var skipped = 0
                while true {
                    if let end = longest(position + skipped, stopAllowed: stopAllowed && skipped == 0) {
                        best = max(best ?? end, end)
                    }
                    guard skipped < size, position + skipped < words.count,
                          skipped == 0 && stopAllowed || !words[position + skipped].startsSentence else { break }
                    skipped += 1
                }
                return best
            case .anyOrder(let tests, let extra):
                var best: Int?
                for end in orders(tests, from: position, window: tests.count + extra, stopAllowed: stopAllowed) {
                    if let reached = longest(end, stopAllowed: false) { best = max(best ?? reached, reached) }
                }
                return best
            }
        }

        /// The ends of every way to give each test its own word within the window, the first
        /// word at `start`, no sentence starting inside.
        private func orders(_ tests: [Test], from start: Int, window: Int, stopAllowed: Bool) -> [Int] {
            guard start < words.count, stopAllowed || !words[start].startsSentence else { return [] }
            var limit = min(words.count, start + window)
            if let stop = words[(start + 1)..<limit].firstIndex(where: \.startsSentence) { limit = stop }
            var ends: [Int] = []
            func place(_ remaining: [Test], _ used: [Int]) {
                guard !remaining.isEmpty else {
                    ends.append((used.max() ?? start) + 1)
                    return
                }
                for position in start..<limit where !used.contains(position) {
                    if used.isEmpty && position != start { break }
                    for (number, test) in remaining.enumerated() where test.accepts(words[position]) {
                        var others = remaining
                        others.remove(at: number)
                        place(others, used + [position])
                    }
                }
            }
            place(tests, [])
            return ends
        }
    }
}
