/// The raw file's line table. Lines end at LF (a CR before it is part of the break);
/// a lone CR is an ordinary byte, so line numbers agree with `rawLines` everywhere.
struct SourceLines {
    /// Byte offset where each line starts. A final LF does not open another line.
    let starts: [Int]
    let byteCount: Int

    init(_ bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == 0x0A && index + 1 < buffer.count {
                starts.append(index + 1)
            }
        }
        self.starts = starts
        byteCount = bytes.count
    }

    /// The 1-based line holding the byte at `offset` (the line after the last for the end).
    func line(at offset: Int) -> Int {
        if offset >= byteCount { return byteCount == 0 ? 1 : lineAfterEnd }
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// A position past the end: the next line when the file ends with a line break.
    private var lineAfterEnd: Int { starts.count + 1 }

    /// Each line's text without its line break, as UTF-8 when valid, else the fallback
    /// charset, so that excerpts show what the writer saw.
    func displayLines(of bytes: [UInt8]) -> [Substring] {
        var text = ""
        text.reserveCapacity(bytes.count)
        var lengths: [Int] = []
        lengths.reserveCapacity(starts.count)
        for (number, start) in starts.enumerated() {
            var end = number + 1 < starts.count ? starts[number + 1] - 1 : bytes.count
            if end > start, bytes[end - 1] == 0x0A { end -= 1 }
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            let content = bytes[start..<end]
            let before = text.utf8.count
            if content.allSatisfy({ $0 < 0x80 }) {
                text += String(decoding: content, as: UTF8.self)
            } else {
                text += Charset.fallback(Array(content))
            }
            lengths.append(text.utf8.count - before)
            text += "\n"
        }
        var result: [Substring] = []
        result.reserveCapacity(lengths.count)
        var index = text.startIndex
        for length in lengths {
            let end = text.utf8.index(index, offsetBy: length)
            result.append(text[index..<end])
            index = text.utf8.index(after: end)
        }
        return result
    }
}
