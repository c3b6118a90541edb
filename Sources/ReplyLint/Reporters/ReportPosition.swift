import Foundation

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

/// The folder a report's paths are relative to in the formats that locate findings in a
/// checkout (SARIF's `%SRCROOT%`, GitHub's annotations, GitLab's and reviewdog's paths): the
/// folder replylint runs in, which in CI is the checkout.
struct ReportRoot: Sendable {
    var path: String

    static var current: ReportRoot { ReportRoot(path: FileManager.default.currentDirectoryPath) }

    /// `path` relative to the root when it is inside it (an absolute path given for a file in
    /// the checkout), without a leading `./`; an absolute path elsewhere, and `<stdin>`, as given.
    func relative(_ path: String) -> String {
        guard path.hasPrefix("/") else {
            var relative = Substring(path)
            while relative.hasPrefix("./") { relative = relative.dropFirst(2).drop { $0 == "/" } }
            return relative.isEmpty ? path : String(relative)
        }
        let standard = (path as NSString).standardizingPath
        let base = (self.path as NSString).standardizingPath
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return standard.hasPrefix(prefix) && standard.count > prefix.count ? String(standard.dropFirst(prefix.count)) : path
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
