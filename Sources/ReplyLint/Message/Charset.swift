import Foundation
import CICU

/// Decodes bytes in a named charset through ICU, which knows every charset mail uses
/// (ISO-8859-*, windows-125x, KOI8-R, Shift_JIS, ISO-2022-JP, GBK, Big5, ...).
enum Charset {
    enum Problem: Sendable, Equatable {
        /// ICU has no converter for the name; the bytes were read as UTF-8, else windows-1252.
        case unknown(String)
        /// Some byte sequences were not valid in the charset and became U+FFFD.
        case invalidBytes(charset: String, count: Int)
    }

    /// The name mail software means, for the aliases ICU lacks or gets wrong.
    static func canonicalName(_ name: String) -> String {
        let lower = name.trimming { $0 == " " || $0 == "\t" }.trimming { $0 == "\"" || $0 == "'" }.lowercased()
        switch lower {
        case "", "us-ascii", "ascii", "ansi_x3.4-1968": return "us-ascii"
        case "utf8": return "utf-8"
        case "latin1", "iso-8859-1", "iso8859-1": return "windows-1252" // as browsers and mail clients read it
        case "cp1252": return "windows-1252"
        default: return lower
        }
    }

    static func decode(_ bytes: some Collection<UInt8>, charset: String?) -> (text: String, problem: Problem?) {
        let name = canonicalName(charset ?? "us-ascii")
        let array = Array(bytes)
        if name == "utf-8" || name == "us-ascii" || isASCIICompatible(name) && array.allSatisfy({ $0 < 0x80 }) {
            if let text = String(validating: array, as: UTF8.self) {
                // ASCII text reads the same in any such charset, but a name ICU does not know is still worth saying.
                let unknown = name != "utf-8" && name != "us-ascii" && !name.hasPrefix("iso-8859-")
                    && !name.hasPrefix("windows-125") && cicu_charset_known(name) != 1
                return (text, unknown ? .unknown(charset ?? name) : nil)
            }
            if name == "us-ascii" { return (fallback(array), nil) }
            return (String(decoding: array, as: UTF8.self), .invalidBytes(charset: name, count: invalidCount(array)))
        }
        switch convert(array, from: name) {
        case let .success(text, substitutions):
            return (text, substitutions > 0 ? .invalidBytes(charset: name, count: substitutions) : nil)
        case .unknown:
            return (fallback(array), .unknown(charset ?? name))
        }
    }

    /// Whether ICU can decode the charset.
    static func isKnown(_ charset: String) -> Bool {
        let name = canonicalName(charset)
        return name == "utf-8" || name == "us-ascii" || cicu_charset_known(name) == 1
    }

    /// Whether the charset shifts between character sets with escapes, so that text cut in
    /// two must each end in its initial state (RFC 1468 for ISO-2022-JP).
    static func isStateful(_ charset: String) -> Bool {
        let name = canonicalName(charset)
        return ["iso-2022", "utf-7", "hz"].contains { name.hasPrefix($0) }
    }

    /// Whether ASCII bytes mean ASCII in the charset: not so for UTF-16/32 and for the
    /// 7-bit stateful ones (ISO-2022-JP, UTF-7, HZ), whose text is all bytes below 0x80.
    private static func isASCIICompatible(_ name: String) -> Bool {
        !["utf-16", "utf-32", "ucs-2", "ucs-4", "iso-2022", "utf-7", "hz"].contains { name.hasPrefix($0) }
    }

    /// UTF-8 when valid, else windows-1252: what raw 8-bit header bytes most likely are.
    static func fallback(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if case let .success(text, _) = convert(bytes, from: "windows-1252") { return text }
        return String(decoding: bytes, as: UTF8.self)
    }

    private enum Conversion { case success(String, Int), unknown }

    private static func convert(_ bytes: [UInt8], from name: String) -> Conversion {
        var substitutions: Int32 = 0
        var capacity = bytes.count * 3 + 16
        while true {
            var output = [UInt8](repeating: 0, count: capacity)
            let needed = bytes.withUnsafeBufferPointer { src in
                output.withUnsafeMutableBufferPointer { dst in
                    src.withMemoryRebound(to: CChar.self) { s in
                        dst.withMemoryRebound(to: CChar.self) { d in
                            cicu_convert_to_utf8(name, s.baseAddress, Int32(s.count), d.baseAddress, Int32(d.count), &substitutions)
                        }
                    }
                }
            }
            if needed < 0 { return .unknown }
            if Int(needed) <= capacity {
                return .success(String(decoding: output[..<Int(needed)], as: UTF8.self), Int(substitutions))
            }
            capacity = Int(needed)
        }
    }

    private static func invalidCount(_ bytes: [UInt8]) -> Int {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count
    }
}
