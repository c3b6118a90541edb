import Foundation

/// A Hunspell `.dic` that is a plain sorted word list (no affix flags, nothing after the
/// word), as el_GR's 828,000 expanded forms are: looked up by binary search over the file's
/// bytes, in milliseconds, where Hunspell takes a good part of a second to hash it all.
/// Any other dictionary returns nil and goes through Hunspell.
struct WordList: Sendable {
    private let bytes: [UInt8]
    /// Start of each word; the word runs to the next newline.
    private let starts: [Int32]

    init?(dictionary path: String, affix: String) {
        // Input conversions would change what a lookup must match.
        guard let aff = FileManager.default.contents(atPath: affix),
              !String(decoding: aff, as: UTF8.self).split(separator: "\n").contains(where: { $0.hasPrefix("ICONV") || $0.hasPrefix("IGNORE") }),
              let data = FileManager.default.contents(atPath: path), data.count < Int(Int32.max)
        else { return nil }
        let bytes = [UInt8](data)
        guard let firstNewline = bytes.firstIndex(of: 0x0A) else { return nil }
        var starts: [Int32] = []
        starts.reserveCapacity(Int(String(decoding: bytes[..<firstNewline], as: UTF8.self).trimmingCharacters(in: .whitespaces)) ?? 0)
        var start = firstNewline + 1
        var previous: ArraySlice<UInt8> = []
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            // Flags, morphology or tabs: a real Hunspell dictionary. Out of order: cannot search.
            if line.contains(where: { $0 == 0x2F || $0 == 0x09 || $0 == 0x20 }) { return nil }
            if !line.isEmpty {
                guard previous.lexicographicallyPrecedes(line) else { return nil }
                starts.append(Int32(start))
                previous = line
            }
            start = end + 1
        }
        self.bytes = bytes
        self.starts = starts
    }

    var count: Int { starts.count }

    /// Every word, in order, for a compiled copy of the list.
    var words: [[UInt8]] { starts.indices.map { Array(word(at: $0)) } }

    /// Whether the list holds exactly these bytes (in the dictionary's encoding).
    func contains(_ word: [UInt8]) -> Bool {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            let entry = self.word(at: middle)
            if entry.elementsEqual(word) { return true }
            if entry.lexicographicallyPrecedes(word) { low = middle + 1 } else { high = middle }
        }
        return false
    }

    private func word(at index: Int) -> ArraySlice<UInt8> {
        let start = Int(starts[index])
        var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[start..<end]
    }
}
