/// A piece of text next to its folded form (see `TextFolding`), so phrases are matched
/// case- and accent-insensitively and the match is mapped back to the original.
struct FoldedText {
    let original: Substring
    let folded: String
    /// Folding kept one character per character, so offsets carry over.
    private let aligned: Bool
    /// Where a phrase may start in `folded` (UTF-8 offsets): no letter or digit right before.
    private let starts: [Int]

    init(_ original: Substring) {
        self.original = original
        let folded = TextFolding.fold(original)
        self.folded = folded
        var starts: [Int] = []
        var previousIsWord = false
        if !original.utf8.contains(where: { $0 >= 0x80 }) {
            // ASCII folds to ASCII of the same length, byte for byte.
            self.aligned = true
            for (offset, byte) in folded.utf8.enumerated() {
                if !previousIsWord { starts.append(offset) }
                previousIsWord = byte.isASCIIWordByte
            }
        } else if let count = TextFolding.scalarCharacterCount(original),
                  let foldedCount = TextFolding.scalarCharacterCount(folded) {
            // Every scalar a character of its own: count and walk scalars, not graphemes.
            self.aligned = count == foldedCount
            var offset = 0
            for scalar in folded.unicodeScalars {
                if !previousIsWord { starts.append(offset) }
                previousIsWord = TextFolding.isWordScalar(scalar)
                offset += scalar.utf8.count
            }
        } else {
            self.aligned = folded.count == original.count
            let utf8 = folded.utf8
            for index in folded.indices {
                if !previousIsWord { starts.append(utf8.distance(from: utf8.startIndex, to: index)) }
                previousIsWord = folded[index].isWordCharacter
            }
        }
        self.starts = starts
    }

    /// The original range of a range of `folded`.
    func originalRange(_ range: Range<String.Index>) -> Range<String.Index> {
        guard aligned else { return original.startIndex..<original.endIndex }
        let lower = folded.distance(from: folded.startIndex, to: range.lowerBound)
        let length = folded.distance(from: range.lowerBound, to: range.upperBound)
        let start = original.index(original.startIndex, offsetBy: lower)
        return start..<original.index(start, offsetBy: length)
    }

    /// The first phrase of `phrases` (folded, longest first) that `folded` starts with,
    /// ending on a word boundary; returns its range in `folded`.
    func prefix(in phrases: [String], from start: String.Index? = nil) -> (phrase: String, range: Range<String.Index>)? {
        let utf8 = folded.utf8
        let base = start ?? folded.startIndex
        let offset = utf8.distance(from: utf8.startIndex, to: base)
        // Both sides are folded the same way, so bytes compare as characters would, faster.
        let found = Bytes.with(utf8) { text -> Int? in
            guard offset < text.count else { return nil }
            let first = text[offset]
            return phrases.indices.first { number in
                guard phrases[number].utf8.first == first else { return false }
                let count = phrases[number].utf8.count
                let matched = Bytes.with(phrases[number].utf8) { candidate in
                    Bytes.equal(text, at: offset, candidate, Bytes.Span(start: 0, count: count))
                }
                return matched && Self.isBoundary(folded, atOffset: offset + count, text)
            }
        }
        guard let found else { return nil }
        return (phrases[found], base..<utf8.index(base, offsetBy: phrases[found].utf8.count))
    }

    /// Every occurrence of each phrase, on word boundaries, as ranges of `folded`. Where two
    /// overlap, the one earlier in the list (longest first) wins.
    func occurrences(of phrases: PhraseSet) -> [(phrase: String, range: Range<String.Index>)] {
        // Both sides are folded the same way, so bytes compare as characters would, faster.
        var candidates: [(order: Int, start: Int, end: Int)] = []
        let utf8 = folded.utf8
        Bytes.with(utf8) { text in
            phrases.storage.withUnsafeBufferPointer { store in
                for start in starts where start < text.count {
                    for order in phrases.byFirstByte[Int(text[start])] {
                        let span = phrases.spans[order]
                        guard Bytes.equal(text, at: start, store, span) else { continue }
                        if Self.isBoundary(folded, atOffset: start + span.count, text) {
                            candidates.append((order, start, start + span.count))
                        }
                    }
                }
            }
        }
        candidates.sort { ($0.order, $0.start) < ($1.order, $1.start) }
        var found: [(order: Int, start: Int, end: Int)] = []
        for candidate in candidates where !found.contains(where: { $0.start < candidate.end && candidate.start < $0.end }) {
            found.append(candidate)
        }
        return found.sorted { $0.start < $1.start }.map { match in
            let lower = utf8.index(utf8.startIndex, offsetBy: match.start)
            return (phrases.phrases[match.order], lower..<utf8.index(lower, offsetBy: match.end - match.start))
        }
    }

    /// True at the end of the text or before anything but a letter or digit.
    private static func isBoundary(_ text: String, atOffset offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset < bytes.count else { return true }
        let byte = bytes[offset]
        if byte < 0x80 { return !byte.isASCIIWordByte }
        return isBoundary(text, at: text.utf8.index(text.utf8.startIndex, offsetBy: offset))
    }

    static func isBoundary(_ text: String, at index: String.Index) -> Bool {
        guard index < text.endIndex else { return true }
        return !text[index].isWordCharacter
    }
}

/// Folded phrases prepared for searching many lines: grouped by their first byte, so a
/// line is read once and only the phrases that can start at a word are compared.
struct PhraseSet {
    let phrases: [String]
    /// Every phrase's UTF-8, one after another; `spans` says where each is.
    let storage: [UInt8]
    let spans: [Bytes.Span]
    /// For each first byte, the phrases (by their place in the list) that start with it.
    let byFirstByte: [[Int]]
    var isEmpty: Bool { storage.isEmpty }

    init(_ phrases: [String]) {
        self.phrases = phrases
        var storage: [UInt8] = [], spans: [Bytes.Span] = []
        var groups = [[Int]](repeating: [], count: 256)
        for (order, phrase) in phrases.enumerated() {
            spans.append(Bytes.Span(start: storage.count, count: phrase.utf8.count))
            storage.append(contentsOf: phrase.utf8)
            if let first = phrase.utf8.first { groups[Int(first)].append(order) }
        }
        self.storage = storage
        self.spans = spans
        byFirstByte = groups
    }
}

/// Comparing folded text byte for byte: both sides fold alike, so equal bytes are equal text.
enum Bytes {
    struct Span { var start: Int, count: Int }

    /// Runs `body` over the UTF-8 of a string, in place when it is stored contiguously.
    static func with<Result>(_ utf8: String.UTF8View, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Whether `text` holds the span of `store` at `offset`.
    static func equal(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, _ store: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        guard offset + span.count <= text.count else { return false }
        var i = 0
        while i < span.count {
            if text[offset + i] != store[span.start + i] { return false }
            i += 1
        }
        return true
    }
}

extension Character {
    /// A letter or digit; ASCII is answered without Unicode's property tables.
    var isWordCharacter: Bool {
        if let ascii = asciiValue {
            return (0x30...0x39).contains(ascii) || (0x61...0x7A).contains(ascii | 0x20)
        }
        return isLetter || isNumber
    }
}
