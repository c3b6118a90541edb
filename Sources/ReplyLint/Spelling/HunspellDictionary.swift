import CHunspell
import Foundation
import Synchronization

/// One loaded Hunspell dictionary. Hunspell's handle is not thread-safe, so every call
/// goes through a lock; words cross in the dictionary's own encoding (UTF-8, ISO-8859-7, ...).
final class HunspellDictionary: Sendable {
    /// The name it was loaded under (`en_US`), for messages.
    let name: String
    /// The ICU name of the dictionary's encoding; nil for UTF-8.
    let charset: String?
    private let handle: Mutex<OpaquePointer>

    init?(name: String, affix: String, dictionary: String) {
        guard let handle = chunspell_create(affix, dictionary) else { return nil }
        self.name = name
        charset = Self.icuName(String(cString: chunspell_encoding(handle)))
        self.handle = Mutex(handle)
    }

    deinit {
        handle.withLock { chunspell_destroy($0) }
    }

    /// Whether the dictionary accepts `word`; nil when the word has a character its encoding lacks.
    func accepts(_ word: String) -> Bool? {
        guard let bytes = encoded(word) else { return nil }
        return handle.withLock { handle in
            bytes.withUnsafeBufferPointer { chunspell_spell(handle, $0.baseAddress) == 1 }
        }
    }

    /// Hunspell's suggestions for `word`, best first, at most `limit`.
    func suggestions(_ word: String, limit: Int) -> [String] {
        guard let bytes = encoded(word) else { return [] }
        var buffer = [CChar](repeating: 0, count: 1024)
        let count = handle.withLock { handle in
            bytes.withUnsafeBufferPointer { word in
                buffer.withUnsafeMutableBufferPointer {
                    chunspell_suggest(handle, word.baseAddress, Int32(limit), $0.baseAddress, Int32($0.count))
                }
            }
        }
        var results: [String] = []
        var start = 0
        for _ in 0..<max(0, Int(count)) {
            guard let end = buffer[start...].firstIndex(of: 0) else { break }
            let raw = buffer[start..<end].map { UInt8(bitPattern: $0) }
            results.append(charset.map { Charset.decode(raw, charset: $0).text } ?? String(decoding: raw, as: UTF8.self))
            start = end + 1
        }
        return results
    }

    /// `word` as NUL-terminated bytes in the dictionary's encoding.
    private func encoded(_ word: String) -> [CChar]? {
        Self.encode(word, charset: charset).map { $0.map { CChar(bitPattern: $0) } + [0] }
    }

    /// `word` in `charset` (nil: UTF-8); nil when it has a character the charset lacks.
    static func encode(_ word: String, charset: String?) -> [UInt8]? {
        guard let charset else { return Array(word.utf8) }
        return Charset.encode(word, charset: charset)
    }

    /// The encoding an `.aff` file's `SET` line names, for ICU; nil for UTF-8. Hunspell's
    /// default without the line is ISO-8859-1.
    static func affixEncoding(_ affix: String) -> String? {
        guard let data = FileManager.default.contents(atPath: affix) else { return icuName("ISO8859-1") }
        for line in data.split(separator: 0x0A) where line.starts(with: Array("SET ".utf8)) {
            return icuName(String(decoding: line.dropFirst(4), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return icuName("ISO8859-1")
    }

    /// Hunspell writes `ISO8859-7`, `microsoft-cp1251`, `TIS620-2533`; ICU wants `ISO-8859-7`, ...
    static func icuName(_ encoding: String) -> String? {
        let upper = encoding.uppercased()
        if upper == "UTF-8" || upper == "UTF8" { return nil }
        if upper.hasPrefix("ISO8859-") { return "ISO-8859-" + upper.dropFirst("ISO8859-".count) }
        if upper.hasPrefix("MICROSOFT-CP") { return "windows-" + upper.dropFirst("MICROSOFT-CP".count) }
        if upper == "TIS620-2533" { return "TIS-620" }
        return encoding
    }
}
