import Foundation

/// A dictionary's word forms compiled once into a sorted file and memory-mapped by every later
/// process: looking a word up is a binary search over pages the kernel already holds, where
/// loading Hunspell costs 25–45 ms per English dictionary. Every form in it was accepted by
/// Hunspell when it was compiled, so a word found is right; a word not found is only unknown
/// to this list, and Hunspell decides it.
///
/// A list marked complete holds every form Hunspell accepts that has no digit (the only
/// compounds the English dictionaries make are ordinals like `21st`): for a word without digit,
/// hyphen or all capitals, not found is then Hunspell's verdict too.
///
/// File: `RLWORDS1` (`RLWORDS2` when complete), the count (UInt32, little-endian), the start of each word (UInt32), then
/// the words' UTF-8 bytes, sorted bytewise. The name carries a hash of the dictionary files'
/// paths, sizes and modification times, so a changed dictionary is compiled again.
final class CompiledWordList: Sendable {
    static let magic = Array("RLWORDS1".utf8), completeMagic = Array("RLWORDS2".utf8)
    /// Dictionaries with more forms than this (ro_RO 2.3 million, et_EE 15 million) would take
    /// seconds to minutes to compile and tens of MB on disk; they are compiled as a `StemList`.
    static let maxForms = 1_500_000

    private let data: Data
    let count: Int
    /// Every form without a digit that Hunspell accepts is in the list.
    let isComplete: Bool

    convenience init?(file path: String) {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        self.init(data: data)
    }

    init?(data: Data) {
        guard data.count >= 12, data.prefix(8).elementsEqual(Self.magic) || data.prefix(8).elementsEqual(Self.completeMagic) else { return nil }
        isComplete = data.prefix(8).elementsEqual(Self.completeMagic)
        let count = Int(data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian })
        guard data.count >= 12 + 4 * count else { return nil }
        self.data = data
        self.count = count
    }

    /// Whether the list holds exactly these bytes (UTF-8, or a plain list's own encoding).
    @Sendable func contains(_ word: [UInt8]) -> Bool {
        contains(bytes: word)
    }

    func contains(bytes word: some Collection<UInt8>) -> Bool {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let table = 12, end = raw.count
            func start(_ index: Int) -> Int {
                Int(raw.loadUnaligned(fromByteOffset: table + 4 * index, as: UInt32.self).littleEndian)
            }
            var low = 0, high = count
            while low < high {
                let middle = (low + high) / 2
                let from = start(middle), to = middle + 1 < count ? start(middle + 1) : end
                guard from <= to, to <= end else { return false }
                let entry = UnsafeBufferPointer(rebasing: bytes[from..<to])
                if entry.elementsEqual(word) { return true }
                if entry.lexicographicallyPrecedes(word) { low = middle + 1 } else { high = middle }
            }
            return false
        }
    }

    /// The words, sorted and without repeats, in the file format.
    static func encode(_ words: [[UInt8]], complete: Bool = false) -> Data {
        var data = Data(complete ? completeMagic : magic)
        var header = [UInt32](), offset = 12 + 4 * words.count
        header.reserveCapacity(words.count + 1)
        header.append(UInt32(words.count))
        for word in words {
            header.append(UInt32(offset))
            offset += word.count
        }
        for value in header { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        for word in words { data.append(contentsOf: word) }
        return data
    }
}
