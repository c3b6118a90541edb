/// Which attribution patterns can match a line, found in one scan of it. A pattern matches only
/// text that holds every one of its literal parts ("wrote:", " schrieb am ", ">のメール:"), so a
/// pattern with a literal the text lacks is never tried: the answer is the one trying every
/// pattern gives, and a line with no pattern's words costs one pass over its bytes.
struct AttributionIndex: Sendable {
    /// Every distinct literal of every pattern, as bytes.
    private let literals: [[UInt8]]
    /// For each pattern, in the patterns' order, the numbers of the literals it needs.
    private let needs: [[Int]]
    /// Literals by their first two bytes: `starts[key]..<starts[key + 1]` in `byPair`.
    private let starts: [Int32]
    private let byPair: [Int32]
    /// Literals of one byte, by that byte.
    private let single: [Int32]

    init(_ patterns: [AttributionPattern]) {
        var numbers: [[UInt8]: Int] = [:]
        var literals: [[UInt8]] = []
        needs = patterns.map { pattern in
            var needed: [Int] = []
            for case let .literal(text) in pattern.tokens where !text.isEmpty {
                let bytes = Array(text.utf8)
                let number = numbers[bytes] ?? {
                    literals.append(bytes)
                    numbers[bytes] = literals.count - 1
                    return literals.count - 1
                }()
                if !needed.contains(number) { needed.append(number) }
            }
            return needed
        }
        self.literals = literals
        var single = [Int32](repeating: -1, count: 256)
        var counts = [Int32](repeating: 0, count: 65_537)
        for (number, bytes) in literals.enumerated() {
            if bytes.count == 1 { single[Int(bytes[0])] = Int32(number) } else { counts[Self.pair(bytes[0], bytes[1]) + 1] += 1 }
        }
        for key in 1..<counts.count { counts[key] += counts[key - 1] }
        var byPair = [Int32](repeating: 0, count: Int(counts[65_536]))
        var next = counts
        for (number, bytes) in literals.enumerated() where bytes.count > 1 {
            let key = Self.pair(bytes[0], bytes[1])
            byPair[Int(next[key])] = Int32(number)
            next[key] += 1
        }
        starts = counts
        self.byPair = byPair
        self.single = single
    }

    private static func pair(_ first: UInt8, _ second: UInt8) -> Int { Int(first) << 8 | Int(second) }

    /// The numbers of the patterns whose every literal occurs in `text`, in the patterns' order.
    func candidates(_ text: String) -> [Int] {
        var found = [Bool](repeating: false, count: literals.count)
        var text = text
        text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                let one = single[Int(byte)]
                if one >= 0 { found[Int(one)] = true }
                guard index + 1 < bytes.count else { break }
                let key = Self.pair(byte, bytes[index + 1])
                var slot = Int(starts[key])
                let end = Int(starts[key + 1])
                while slot < end {
                    let number = Int(byPair[slot])
                    let literal = literals[number]
                    if !found[number], literal.count <= bytes.count - index,
                       literal.indices.allSatisfy({ bytes[index + $0] == literal[$0] }) {
                        found[number] = true
                    }
                    slot += 1
                }
            }
        }
        return needs.indices.filter { needs[$0].allSatisfy { found[$0] } }
    }
}
