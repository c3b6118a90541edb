import Foundation

/// A dictionary's stems with their affix flags and its prefix and suffix rules, compiled once
/// into a memory-mapped file, for dictionaries whose forms are too many to list (ro_RO makes
/// 2 million, et_EE 15 million): a word is looked up the way Hunspell looks it up (as a stem,
/// as a stem with one suffix, one prefix, or a prefix and a suffix that both allow it), by
/// binary searches over pages the kernel already holds, without loading Hunspell.
///
/// A sample of the forms was checked by Hunspell when the list was compiled; a form it
/// rejected is kept in the file and never found. A list marked complete (no compounding)
/// answers false for a word without digit, hyphen, dot or all capitals that it lacks, as
/// Hunspell does; otherwise a word not found goes to Hunspell.
///
/// File: `RLSTEMS1` (`RLSTEMS2` when complete), then the offsets (UInt32, little-endian) of four
/// tables (stems, suffixes, prefixes, rejected forms) and of the stems' hash table (`Slots`),
/// then those. A table is its count,
/// the start of each record and the end of the last (UInt32), then the records, sorted
/// bytewise. A record is its key's UTF-8 bytes, a 0 byte, then what it holds: a stem's flags
/// (one byte each, numbered by `StemList.compile`); an affix's strip (its length, then its
/// bytes), flag, whether it combines, the number of condition characters, and per condition
/// character its kind (0 any, 1 one of, 2 none of), its length and its characters. A suffix's key is its
/// added text reversed bytewise, so that a word's endings are found by their bytes read backwards.
final class StemList: CompiledForms {
    static let magic = Array("RLSTEMS1".utf8), completeMagic = Array("RLSTEMS2".utf8)

    private let data: Data
    let isComplete: Bool

    convenience init?(file path: String) {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        self.init(data: data)
    }

    init?(data: Data) {
        guard data.count >= 28, data.prefix(8).elementsEqual(Self.magic) || data.prefix(8).elementsEqual(Self.completeMagic) else { return nil }
        let valid = data.withUnsafeBytes { raw in
            (0..<4).allSatisfy { Table(raw, number: $0) != nil } && Slots(raw, number: 4) != nil
        }
        guard valid else { return nil }
        isComplete = data.prefix(8).elementsEqual(Self.completeMagic)
        self.data = data
    }

    /// Whether Hunspell accepts exactly these UTF-8 bytes: a stem, or a stem with affixes its
    /// flags allow, and not a form Hunspell was seen to reject.
    func contains(_ word: [UInt8]) -> Bool {
        guard !word.isEmpty, !word.contains(0) else { return false }
        return data.withUnsafeBytes { raw in
            guard let table = Table(raw, number: 0), let suffixes = Table(raw, number: 1),
                  let prefixes = Table(raw, number: 2), let rejected = Table(raw, number: 3), let slots = Slots(raw, number: 4)
            else { return false }
            let stems = Stems(table: table, slots: slots)
            if !rejected.records(key: word).isEmpty { return false }
            if !stems.records(key: word).isEmpty { return true }
            if Self.suffixed(word, suffixes: suffixes, stems: stems, prefix: nil) { return true }
            // One prefix, then perhaps one suffix: the prefix's condition holds on what is left.
            var within: Range<Int>?
            for length in 0..<word.count {
                let found = word.withUnsafeBufferPointer { prefixes.starting(with: UnsafeBufferPointer(rebasing: $0[..<length]), within: within) }
                if found.isEmpty { break }
                within = found
                for index in prefixes.exact(found, length: length) {
                    let prefix = Affix(prefixes.payload(index))
                    let root = Array(prefix.strip) + word[length...]
                    guard prefix.holds(on: root, atEnd: false) else { continue }
                    if stems.hasFlags(stems.records(key: root), [prefix.flag]) { return true }
                    if prefix.combines, Self.suffixed(root, suffixes: suffixes, stems: stems, prefix: prefix.flag) { return true }
                }
            }
            return false
        }
    }

    /// Whether `word` is a stem with one suffix (that combines, and on a stem with `prefix`'s
    /// flag too, when given). Suffixes adding and stripping the same are neighbours in the
    /// table: their stem is looked up once.
    private static func suffixed(_ word: [UInt8], suffixes: Table, stems: Stems, prefix: UInt8?) -> Bool {
        var key: [UInt8] = [], within: Range<Int>?
        for length in 0..<word.count {
            if length > 0 { key.append(word[word.count - length]) }
            let found = key.withUnsafeBufferPointer { suffixes.starting(with: $0, within: within) }
            if found.isEmpty { break }
            within = found
            let exact = suffixes.exact(found, length: length)
            var index = exact.lowerBound
            while index < exact.upperBound {
                let strip = Affix(suffixes.payload(index)).strip
                var end = index + 1
                while end < exact.upperBound, Affix(suffixes.payload(end)).strip.elementsEqual(strip) { end += 1 }
                let root = Array(word[..<(word.count - length)]) + strip
                let stem = stems.records(key: root)
                if !stem.isEmpty {
                    for rule in index..<end {
                        let suffix = Affix(suffixes.payload(rule))
                        guard prefix == nil || suffix.combines, suffix.holds(on: root, atEnd: true) else { continue }
                        if stems.hasFlags(stem, prefix.map { [suffix.flag, $0] } ?? [suffix.flag]) { return true }
                    }
                }
                index = end
            }
        }
        return false
    }
}

extension StemList {
    /// The stem records and their hash table.
    struct Stems {
        let table: Table
        let slots: Slots

        func records(key: [UInt8]) -> Range<Int> { slots.records(key: key, in: table) }
        func hasFlags(_ stems: Range<Int>, _ flags: [UInt8]) -> Bool { table.hasFlags(stems, flags) }
    }
}

/// What a compiled dictionary answers without Hunspell: `CompiledWordList` or `StemList`.
protocol CompiledForms: Sendable {
    /// Whether the dictionary accepts exactly these UTF-8 bytes; false only means the list lacks them,
    /// unless `isComplete`.
    func contains(_ word: [UInt8]) -> Bool
    /// Every form without a digit that Hunspell accepts is found.
    var isComplete: Bool { get }
}

extension CompiledWordList: CompiledForms {}
