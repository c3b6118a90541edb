import CICU

extension Charset {
    /// The text's bytes in the named charset (US-ASCII when none is named), or nil when
    /// ICU does not know the charset or a character has no form in it.
    static func encode(_ text: String, charset: String?) -> [UInt8]? {
        let name = canonicalName(charset ?? "us-ascii")
        let utf8 = Array(text.utf8)
        switch name {
        case "utf-8": return utf8
        case "us-ascii": return utf8.allSatisfy { $0 < 0x80 } ? utf8 : nil
        default: break
        }
        var capacity = utf8.count * 2 + 16
        while true {
            var output = [UInt8](repeating: 0, count: capacity)
            let needed = utf8.withUnsafeBufferPointer { src in
                output.withUnsafeMutableBufferPointer { dst in
                    src.withMemoryRebound(to: CChar.self) { s in
                        dst.withMemoryRebound(to: CChar.self) { d in
                            cicu_convert_from_utf8(name, s.baseAddress, Int32(s.count), d.baseAddress, Int32(d.count))
                        }
                    }
                }
            }
            if needed < 0 { return nil }
            if Int(needed) <= capacity { return Array(output[..<Int(needed)]) }
            capacity = Int(needed)
        }
    }
}
