import Foundation

/// The fold table kept in the cache folder as `fold-<hash>.table`, the hash of this format and
/// of the running binary (whose Swift and Foundation made it): written under a temporary name
/// and renamed like the compiled rule data, and ignored unless it is exactly a table's size.
extension FoldTable {
    static let archiveFormat = "RLFOLD01"

    /// The table from the cache, else built and written there; nil when the binary cannot be
    /// told apart from another (the caller then builds it).
    static func cached(in folder: String) -> FoldTable? {
        guard let binary = ShippedData.binaryIdentity else { return nil }
        var hash = FNV()
        hash.add(archiveFormat)
        hash.add(binary)
        let file = folder + "/fold-" + hash.hex + ".table"
        if let data = FileManager.default.contents(atPath: file), let table = FoldTable(archive: [UInt8](data)) { return table }
        let table = FoldTable()
        if CompiledWordList.write(Data(table.archive()), to: file, in: folder) {
            ShippedData.removeStaleArchives(in: folder, keeping: file, prefix: "fold-", suffix: ".table")
        }
        return table
    }

    /// The format, then each scalar's packed bytes (eight, little end first), count and flags.
    func archive() -> [UInt8] {
        var bytes = Array(Self.archiveFormat.utf8)
        bytes.reserveCapacity(bytes.count + packed.count * 10)
        for word in packed {
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        return bytes + counts + flags
    }

    init?(archive bytes: [UInt8]) {
        let header = Array(Self.archiveFormat.utf8), size = Self.size
        guard bytes.count == header.count + size * 10, bytes.starts(with: header) else { return nil }
        var packed: [UInt64] = []
        packed.reserveCapacity(size)
        var position = header.count
        for _ in 0..<size {
            var word: UInt64 = 0
            for shift in 0..<8 { word |= UInt64(bytes[position + shift]) << UInt64(8 * shift) }
            packed.append(word)
            position += 8
        }
        let counts = Array(bytes[position..<(position + size)]), flags = Array(bytes[(position + size)...])
        self.init(packed: packed, counts: counts, flags: flags)
    }
}
