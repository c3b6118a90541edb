import Foundation

extension StemList {
    /// One table of the file, read in place: records sorted bytewise, each a key up to a 0 byte.
    struct Table {
        private let raw: UnsafeRawBufferPointer
        private let bytes: UnsafeBufferPointer<UInt8>
        private let base: Int
        let count: Int

        init?(_ raw: UnsafeRawBufferPointer, number: Int) {
            guard raw.count >= 8 + 4 * (number + 1) else { return nil }
            let base = Self.number(raw, at: 8 + 4 * number)
            guard base + 4 <= raw.count else { return nil }
            let count = Self.number(raw, at: base)
            guard count < raw.count, base + 8 + 4 * count <= raw.count else { return nil }
            self.raw = raw
            bytes = raw.bindMemory(to: UInt8.self)
            self.base = base
            self.count = count
            guard start(0) <= start(count), start(count) <= raw.count else { return nil }
        }

        private static func number(_ raw: UnsafeRawBufferPointer, at offset: Int) -> Int {
            Int(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian)
        }

        private func start(_ index: Int) -> Int { Self.number(raw, at: base + 4 + 4 * index) }

        /// The record's bounds; empty when the file is damaged there.
        private func bounds(_ index: Int) -> Range<Int> {
            let from = start(index), to = start(index + 1)
            return from <= to && to <= bytes.count ? from..<to : 0..<0
        }

        /// What the record holds after its key.
        func payload(_ index: Int) -> UnsafeRawBufferPointer.SubSequence {
            let bounds = bounds(index)
            guard let zero = bytes[bounds].firstIndex(of: 0) else { return raw[bounds.upperBound...] }
            return raw[(zero + 1)..<bounds.upperBound]
        }

        /// The order of the record's key cut to `key`'s length against `key`: -1, 0 or 1.
        private func compare(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int {
            let bounds = bounds(index)
            var at = bounds.lowerBound
            for byte in key {
                guard at < bounds.upperBound, bytes[at] != 0 else { return -1 }
                if bytes[at] != byte { return bytes[at] < byte ? -1 : 1 }
                at += 1
            }
            return 0
        }

        /// The records within `within` whose key starts with `key`: the sorted order keeps them together.
        func starting(with key: UnsafeBufferPointer<UInt8>, within: Range<Int>? = nil) -> Range<Int> {
            var low = within?.lowerBound ?? 0, high = within?.upperBound ?? count
            while low < high {
                let middle = (low + high) / 2
                if compare(middle, key) < 0 { low = middle + 1 } else { high = middle }
            }
            var first = low, end = within?.upperBound ?? count
            while first < end {
                let middle = (first + end) / 2
                if compare(middle, key) <= 0 { first = middle + 1 } else { end = middle }
            }
            return low..<first
        }

        /// The records of `found` (all starting with a key of `length` bytes) whose key is exactly
        /// that: the first ones, since a shorter key sorts first.
        func exact(_ found: Range<Int>, length: Int) -> Range<Int> {
            var end = found.lowerBound
            while end < found.upperBound {
                let at = bounds(end).lowerBound + length
                guard at < bytes.count, bytes[at] == 0 else { break }
                end += 1
            }
            return found.lowerBound..<end
        }

        /// The records whose key is exactly `key`.
        func records(key: [UInt8]) -> Range<Int> {
            key.withUnsafeBufferPointer { exact(starting(with: $0), length: $0.count) }
        }

        /// The records from `index` on whose key is exactly `key`.
        func records(from index: Int, key: UnsafeBufferPointer<UInt8>) -> Range<Int> {
            var end = index
            while end < count, compare(end, key) == 0 {
                let at = bounds(end).lowerBound + key.count
                guard at < bytes.count, bytes[at] == 0 else { break }
                end += 1
            }
            return index..<end
        }

        /// Whether one of these stem records (one entry of the `.dic`, homonyms apart) has every flag.
        func hasFlags(_ stems: Range<Int>, _ flags: [UInt8]) -> Bool {
            stems.contains { index in
                let held = payload(index)
                return flags.allSatisfy(held.contains)
            }
        }
    }

    /// The stems' hash table: a power of two of slots (UInt32, little-endian), each 0 or one
    /// more than the index of the first stem record of a key, found from `hash` by linear probing.
    struct Slots {
        private let raw: UnsafeRawBufferPointer
        private let base: Int
        private let count: Int

        init?(_ raw: UnsafeRawBufferPointer, number: Int) {
            guard raw.count >= 8 + 4 * (number + 1) else { return nil }
            let base = Int(raw.loadUnaligned(fromByteOffset: 8 + 4 * number, as: UInt32.self).littleEndian)
            guard base + 4 <= raw.count else { return nil }
            let count = Int(raw.loadUnaligned(fromByteOffset: base, as: UInt32.self).littleEndian)
            guard count > 0, count & (count - 1) == 0, base + 4 + 4 * count <= raw.count else { return nil }
            self.raw = raw
            self.base = base
            self.count = count
        }

        /// FNV-1a over the key's bytes.
        static func hash(_ key: some Sequence<UInt8>) -> UInt32 {
            var hash: UInt32 = 0x811c_9dc5
            for byte in key { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
            return hash
        }

        /// The stem records of `key` in `stems`.
        func records(key: [UInt8], in stems: Table) -> Range<Int> {
            key.withUnsafeBufferPointer { key in
                var slot = Int(Self.hash(key)) & (count - 1)
                for _ in 0..<count {
                    let value = Int(raw.loadUnaligned(fromByteOffset: base + 4 + 4 * slot, as: UInt32.self).littleEndian)
                    guard value > 0, value <= stems.count else { return 0..<0 }
                    let found = stems.records(from: value - 1, key: key)
                    if !found.isEmpty { return found }
                    slot = (slot + 1) & (count - 1)
                }
                return 0..<0
            }
        }
    }

    /// One prefix or suffix rule as the file holds it: the strip first, so that rules adding
    /// and stripping the same text are neighbours and share one look-up of their stem.
    struct Affix {
        let strip: UnsafeRawBufferPointer.SubSequence
        var flag: UInt8 = 0
        var combines = false
        /// The condition's count and characters, read only when a stem was found.
        private var rest: UnsafeRawBufferPointer.SubSequence
        /// A record cut short: the rule never applies.
        private var damaged = false

        init(_ payload: UnsafeRawBufferPointer.SubSequence) {
            let length = Int(payload.first ?? 0)
            guard payload.count >= 1 + length + 2 else {
                strip = payload[payload.endIndex...]
                rest = strip
                damaged = true
                return
            }
            let start = payload.startIndex
            strip = payload[(start + 1)..<(start + 1 + length)]
            flag = payload[start + 1 + length]
            combines = payload[start + 2 + length] == 1
            rest = payload[(start + 3 + length)...]
        }

        /// Whether the condition holds at the end (suffix) or start (prefix) of the stem `root`.
        func holds(on root: [UInt8], atEnd: Bool) -> Bool {
            guard !damaged, var bytes = Optional(rest), let count = bytes.popFirst() else { return false }
            guard count > 0 else { return true }
            let scalars = Array(String(decoding: root, as: UTF8.self).unicodeScalars)
            guard scalars.count >= Int(count) else { return false }
            var part = (atEnd ? scalars.suffix(Int(count)) : scalars.prefix(Int(count)))[...]
            while let scalar = part.popFirst() {
                guard let kind = bytes.popFirst(), let length = bytes.popFirst(), bytes.count >= Int(length) else { return false }
                let characters = String(decoding: bytes.prefix(Int(length)), as: UTF8.self).unicodeScalars
                bytes = bytes.dropFirst(Int(length))
                if kind != 0, characters.contains(scalar) == (kind == 2) { return false }
            }
            return true
        }
    }
}
