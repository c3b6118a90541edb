import CICU

/// Words and sentences by ICU's locale-aware break iterators.
enum Segmenter {
    enum Kind { case word, sentence }

    /// Ranges of the segments of `text`; for words, only those ICU counts as words
    /// (letters, numbers, ideographs), not spaces or punctuation.
    static func segments(_ text: Substring, kind: Kind, locale: String) -> [Range<String.Index>] {
        let utf16 = Array(text.utf16)
        guard !utf16.isEmpty else { return [] }
        var capacity = utf16.count + 2
        var offsets = [Int32](repeating: 0, count: capacity)
        var statuses = [Int32](repeating: 0, count: capacity)
        let type = kind == .word ? Int32(CICU_BREAK_WORD) : Int32(CICU_BREAK_SENTENCE)
        var count: Int32 = 0
        while true {
            count = utf16.withUnsafeBufferPointer { buffer in
                cicu_boundaries(type, locale, buffer.baseAddress, Int32(buffer.count), &offsets, &statuses, Int32(capacity))
            }
            if count <= Int32(capacity) { break }
            capacity = Int(count)
            offsets = [Int32](repeating: 0, count: capacity)
            statuses = [Int32](repeating: 0, count: capacity)
        }
        guard count >= 2 else { return count < 0 ? [] : [text.startIndex..<text.endIndex] }
        var ranges: [Range<String.Index>] = []
        var index = text.utf16.startIndex
        var position = 0
        var start = index
        for boundary in 0..<Int(count) {
            let offset = Int(offsets[boundary])
            index = text.utf16.index(index, offsetBy: offset - position)
            position = offset
            if boundary > 0, kind == .sentence || statuses[boundary] >= 100 {
                // ICU's UBRK_WORD_NUMBER is 100..<200, letters 200..<300, kana and ideographs above.
                ranges.append(start..<index)
            }
            start = index
        }
        return ranges
    }
}
