import Foundation

extension StemList {
    /// Forms of the sample of stems that Hunspell checks when a list is compiled: about half a
    /// second of Hunspell's time, a check that what the rules make is what Hunspell accepts.
    static let checkedForms = 50_000

    /// The file of a dictionary's stems and rules; nil when they do not fit the format (more
    /// than 255 affix flags, input conversions, a condition character of more than one scalar).
    /// Forms of an even sample of stems are checked by `hunspell`, and those it rejects are
    /// kept as rejected.
    static func compile(_ expansion: AffixExpansion, entries: [(word: [Character], flags: Set<Character>)],
                        complete: Bool, hunspell: () -> HunspellDictionary?) -> Data? {
        guard expansion.inputConversions.isEmpty else { return nil }
        let flags = Set(expansion.prefixes.keys).union(expansion.suffixes.keys).sorted()
        guard flags.count <= 255 else { return nil }
        let number = Dictionary(uniqueKeysWithValues: flags.enumerated().map { ($0.element, UInt8($0.offset)) })
        var stems: [[UInt8]] = []
        stems.reserveCapacity(entries.count)
        for entry in entries where entry.flags.isDisjoint(with: expansion.compoundOnly) {
            stems.append(Array(String(entry.word).utf8) + [0] + entry.flags.compactMap { number[$0] }.sorted())
        }
        var suffixes: [[UInt8]] = [], prefixes: [[UInt8]] = []
        for (flag, affixes) in expansion.suffixes {
            for affix in affixes {
                guard let payload = payload(affix, flag: number[flag] ?? 0) else { return nil }
                suffixes.append(Array(String(affix.add).utf8.reversed()) + [0] + payload)
            }
        }
        for (flag, affixes) in expansion.prefixes {
            for affix in affixes {
                guard let payload = payload(affix, flag: number[flag] ?? 0) else { return nil }
                prefixes.append(Array(String(affix.add).utf8) + [0] + payload)
            }
        }
        guard let checker = hunspell() else { return nil }
        var rejected: [[UInt8]] = []
        let step = max(1, entries.count / 2_000)
        var checked = 0
        for index in stride(from: 0, to: entries.count, by: step) where checked < checkedForms {
            let entry = entries[index]
            for form in Set(expansion.forms(of: entry.word, flags: entry.flags).map { String($0) }) {
                checked += 1
                if checker.accepts(form) == false { rejected.append(Array(form.utf8) + [0]) }
            }
        }
        var data = Data(complete ? completeMagic : magic)
        let tables = [stems, suffixes, prefixes, rejected].map(sorted)
        data.append(Data(count: 4 * (tables.count + 1)))
        for (number, records) in tables.enumerated() {
            mark(number, in: &data)
            append(records, to: &data)
        }
        mark(tables.count, in: &data)
        data.append(slots(tables[0]))
        return data
    }

    private static func sorted(_ records: [[UInt8]]) -> [[UInt8]] {
        Set(records).sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The file's offset `number` is where `data` ends now.
    private static func mark(_ number: Int, in data: inout Data) {
        withUnsafeBytes(of: UInt32(data.count).littleEndian) { data.replaceSubrange((8 + 4 * number)..<(12 + 4 * number), with: $0) }
    }

    /// The stems' hash table: twice as many slots as keys, or more, to keep probes short.
    private static func slots(_ stems: [[UInt8]]) -> Data {
        let keys = stems.map { $0.prefix { $0 != 0 } }
        var count = 1
        while count < 2 * keys.count { count *= 2 }
        var slots = [UInt32](repeating: 0, count: count)
        for (index, key) in keys.enumerated() where index == 0 || keys[index - 1] != key {
            var slot = Int(Slots.hash(key)) & (count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (count - 1) }
            slots[slot] = UInt32(index + 1)
        }
        var data = Data()
        append(UInt32(count), to: &data)
        for slot in slots { append(slot, to: &data) }
        return data
    }

    /// An affix's strip, flag number, whether it combines and its condition, as the file holds them.
    private static func payload(_ affix: AffixExpansion.Affix, flag: UInt8) -> [UInt8]? {
        let strip = Array(String(affix.strip).utf8)
        guard strip.count < 256, affix.condition.count < 256 else { return nil }
        var bytes: [UInt8] = [UInt8(strip.count)] + strip + [flag, affix.crossProduct ? 1 : 0, UInt8(affix.condition.count)]
        for rule in affix.condition {
            guard let rule else {
                bytes += [0, 0]
                continue
            }
            guard rule.characters.allSatisfy({ $0.unicodeScalars.count == 1 }) else { return nil }
            let characters = Array(String(rule.characters.sorted()).utf8)
            guard characters.count < 256 else { return nil }
            bytes += [rule.negated ? 2 : 1, UInt8(characters.count)] + characters
        }
        return bytes
    }

    /// One table at the end of `data`: the records (sorted, without repeats), their count, each
    /// one's start and the end of the last (offsets in the file), then their bytes.
    private static func append(_ sorted: [[UInt8]], to data: inout Data) {
        append(UInt32(sorted.count), to: &data)
        var start = data.count + 4 * (sorted.count + 1)
        for record in sorted {
            append(UInt32(start), to: &data)
            start += record.count
        }
        append(UInt32(start), to: &data)
        for record in sorted { data.append(contentsOf: record) }
    }

    private static func append(_ value: UInt32, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}
