import Foundation

/// Case- and accent-insensitive comparison keys, the same for every script:
/// "Bună Ziua" and "buna ziua" fold alike, so do "Παπαδόπουλε" and "ΠΑΠΑΔΟΠΟΥΛΕ".
/// A typographic apostrophe folds to the plain one, so "can’t" is "can't".
///
/// Folding is per scalar: lower-case, decompose canonically, drop the combining marks,
/// final sigma to sigma. The scripts of the shipped languages (Latin, Greek, general
/// punctuation) are looked up in a table built once; other scalars take Foundation's path.
enum TextFolding {
    static func fold(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            bytes.append(byte &+ (byte &- 0x41 < 26 ? 0x20 : 0))
        }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        bytes.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                bytes.append(byte &+ (byte &- 0x41 < 26 ? 0x20 : 0))
            } else if let entry = FoldTable.shared.entry(value) {
                entry.append(to: &bytes)
            } else {
                for folded in foldScalar(scalar) { append(folded, to: &bytes) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// How many scalars the text has, when each is a character of its own and a line's worth
    /// of ordinary text (ASCII but line breaks, and the table's blocks but joiners): such
    /// text can be walked scalar by scalar, far faster than character by character. Nil otherwise.
    static func scalarCharacterCount(_ text: some StringProtocol) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value == 0x0A || value == 0x0D { return nil }
            } else if !FoldTable.shared.standsAlone(value) {
                return nil
            }
            count += 1
        }
        return count
    }

    /// A letter or digit (as `Character.isWordCharacter` says), for a scalar that is a
    /// character of its own (see `scalarCharacterCount`).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return UInt8(value).isASCIIWordByte }
        return FoldTable.shared.isWord(value) ?? Character(scalar).isWordCharacter
    }

    /// Lower-case with the accents kept (composed), for telling apart words that `fold` makes
    /// equal (Romanian "această" and "aceasta"). Only what no writer tells apart is made one:
    /// ş and ţ with a cedilla are ș and ț with a comma, final sigma is sigma, ’ is '.
    static func lowerKeepingMarks(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in String(text).lowercased().precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "\u{015F}": result.append("\u{0219}")
            case "\u{0163}": result.append("\u{021B}")
            case "ς": result.append("σ")
            case "\u{2019}": result.append("'")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether the text carries an accent or other mark that `fold` drops.
    static func hasMarks(_ text: some StringProtocol) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return text.unicodeScalars.contains { scalar in
            scalar.value >= 0x80 && (FoldTable.shared.hasMark(scalar.value) ?? carriesMark(scalar))
        }
    }

    /// Whether the scalar's canonical decomposition holds a mark that `fold` drops, the slow way;
    /// the table holds the answer for its blocks.
    fileprivate static func carriesMark(_ scalar: Unicode.Scalar) -> Bool {
        String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            .contains { [.nonspacingMark, .enclosingMark].contains($0.properties.generalCategory) }
    }

    /// Folds and collapses runs of whitespace to one space, trimming both ends.
    static func foldPhrase(_ text: some StringProtocol) -> String {
        fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// One scalar folded the slow way, through Foundation; the table is built from this.
    fileprivate static func foldScalar(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: result.append(part == "ς" ? "σ" : part == "\u{2019}" ? "'" : part)
            }
        }
        return result
    }

    fileprivate static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }
}

/// The folded form of every scalar of the blocks the shipped languages write in, as UTF-8.
/// Built once per binary and kept in the cache folder (`FoldTable+Cache`): building it asks
/// Foundation about a thousand scalars, which was a fourteenth of a start.
struct FoldTable: Sendable, Equatable {
    struct Entry {
        /// Up to eight bytes of UTF-8, little end first; `count` of them are used.
        var packed: UInt64
        var count: UInt8

        func append(to bytes: inout [UInt8]) {
            var rest = packed
            for _ in 0..<count {
                bytes.append(UInt8(truncatingIfNeeded: rest))
                rest >>= 8
            }
        }
    }

    /// Latin-1 to Latin Extended-B and IPA, Greek and Coptic, Greek Extended, General Punctuation.
    static let blocks: [ClosedRange<UInt32>] = [0x80...0x2AF, 0x370...0x3FF, 0x1F00...0x206F]
    static let shared = FoldTable.cached(in: CompiledWordList.cacheFolder()) ?? FoldTable()
    /// How many scalars the blocks hold.
    static let size = blocks.reduce(0) { $0 + $1.count }

    let packed: [UInt64]
    let counts: [UInt8]
    /// `wordFlag`, `aloneFlag` and `markFlag` for each scalar.
    let flags: [UInt8]
    private let offsets: [(range: ClosedRange<UInt32>, base: Int)]
    private static let wordFlag: UInt8 = 1, aloneFlag: UInt8 = 2, markFlag: UInt8 = 4

    static func == (a: FoldTable, b: FoldTable) -> Bool {
        a.packed == b.packed && a.counts == b.counts && a.flags == b.flags
    }

    /// A table as built, read back from its bytes (`FoldTable+Cache`).
    init(packed: [UInt64], counts: [UInt8], flags: [UInt8]) {
        self.packed = packed
        self.counts = counts
        self.flags = flags
        var offsets: [(ClosedRange<UInt32>, Int)] = [], base = 0
        for block in Self.blocks {
            offsets.append((block, base))
            base += block.count
        }
        self.offsets = offsets
    }

    /// The table built the slow way, through Foundation, scalar by scalar.
    init() {
        var packed: [UInt64] = [], counts: [UInt8] = [], flags: [UInt8] = []
        var offsets: [(ClosedRange<UInt32>, Int)] = []
        for block in Self.blocks {
            offsets.append((block, packed.count))
            for value in block {
                var bytes: [UInt8] = []
                var flag: UInt8 = 0
                if let scalar = Unicode.Scalar(value) {
                    for folded in TextFolding.foldScalar(scalar) { TextFolding.append(folded, to: &bytes) }
                    if Character(scalar).isWordCharacter { flag |= Self.wordFlag }
                    if TextFolding.carriesMark(scalar) { flag |= Self.markFlag }
                    // Swift's own grapheme breaking says whether it ever joins its neighbours.
                    var probe = String.UnicodeScalarView()
                    probe.append(contentsOf: ["a", scalar, "b", scalar, scalar])
                    if String(probe).count == 5, ![0x200C, 0x200D].contains(value) { flag |= Self.aloneFlag }
                }
                flags.append(flag)
                // Longer foldings (none in these blocks today) are marked and take the slow path.
                guard bytes.count <= 8 else { packed.append(0); counts.append(.max); continue }
                var word: UInt64 = 0
                for (shift, byte) in bytes.enumerated() { word |= UInt64(byte) << (8 * UInt64(shift)) }
                packed.append(word)
                counts.append(UInt8(bytes.count))
            }
        }
        self.packed = packed
        self.counts = counts
        self.flags = flags
        self.offsets = offsets
    }

    private func index(_ value: UInt32) -> Int? {
        for (range, base) in offsets where range.contains(value) { return base + Int(value - range.lowerBound) }
        return nil
    }

    /// Whether the scalar is in the table and a character on its own wherever it stands.
    func standsAlone(_ value: UInt32) -> Bool {
        index(value).map { flags[$0] & Self.aloneFlag != 0 } ?? false
    }

    /// Whether the scalar decomposes with a mark (`TextFolding.hasMarks`); nil outside the table.
    func hasMark(_ value: UInt32) -> Bool? {
        index(value).map { flags[$0] & Self.markFlag != 0 }
    }

    /// Whether the scalar is a letter or digit; nil outside the table.
    func isWord(_ value: UInt32) -> Bool? {
        index(value).map { flags[$0] & Self.wordFlag != 0 }
    }

    func entry(_ value: UInt32) -> Entry? {
        for (range, base) in offsets where range.contains(value) {
            let index = base + Int(value - range.lowerBound)
            let count = counts[index]
            return count == .max ? nil : Entry(packed: packed[index], count: count)
        }
        return nil
    }
}

extension Character {
    /// A letter that has case (Latin, Greek, Cyrillic, ...), so capitals can shout.
    var isCasedLetter: Bool { isUppercase || isLowercase }
}

extension UInt8 {
    /// An ASCII letter or digit.
    var isASCIIWordByte: Bool { self &- 0x30 < 10 || self | 0x20 &- 0x61 < 26 }
}

extension StringProtocol {
    /// Whether the text holds `needle` byte for byte. For marks like "@" and "://", where
    /// Foundation's `contains` would bridge to NSString on every call.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let bytes = utf8
        var index = bytes.startIndex
        while let candidate = bytes[index...].firstIndex(of: first) {
            if bytes[candidate...].starts(with: pattern) { return true }
            index = bytes.index(after: candidate)
        }
        return false
    }
}
