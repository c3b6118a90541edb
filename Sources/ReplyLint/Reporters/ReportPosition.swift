/// What other tools count in a column. Our own columns count user-perceived characters
/// (grapheme clusters) of the decoded line.
enum ColumnUnit {
    case unicodeScalars, utf16, utf8
}

extension FileReport {
    /// `column` of line `line` in `unit`; as it is when the line is not known (templates,
    /// whose columns already count scalars) or the position is inside an encoded part.
    func column(_ column: Int, line: Int, in unit: ColumnUnit) -> Int {
        guard line >= 1, line <= sourceLines.count, column > 1 else { return column }
        let prefix = sourceLines[line - 1].prefix(column - 1)
        let extra = column - 1 - prefix.count   // past the end of the line (an end position)
        switch unit {
        case .unicodeScalars: return prefix.unicodeScalars.count + extra + 1
        case .utf16: return prefix.utf16.count + extra + 1
        case .utf8: return prefix.utf8.count + extra + 1
        }
    }

    /// A fingerprint of each diagnostic that survives edits elsewhere in the file: its rule,
    /// the text it is about (the excerpt, else its line), and which occurrence of that pair it
    /// is. Lines and columns are left out on purpose.
    var fingerprints: [String] {
        var seen: [String: Int] = [:]
        return diagnostics.map { diagnostic in
            let text = diagnostic.excerpt ?? (diagnostic.line >= 1 && diagnostic.line <= sourceLines.count
                ? String(sourceLines[diagnostic.line - 1].trimmingWhitespace) : "")
            let key = "\(diagnostic.rule)\u{0}\(text)"
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return Fingerprint.fnv1a("\(key)\u{0}\(occurrence)")
        }
    }
}

enum Fingerprint {
    /// 64-bit FNV-1a, as 16 hex digits: stable across runs, machines and Swift versions
    /// (`Hasher` is seeded per process).
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
