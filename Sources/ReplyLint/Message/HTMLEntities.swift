/// HTML character references: the named entities mail actually uses, and decimal and
/// hexadecimal numeric references.
enum HTMLEntities {
    /// Decodes every reference in `text`; anything that is not a known reference stays as written.
    ///
    /// `&nbsp;` (and a literal no-break space) becomes an ordinary space: mail editors pad
    /// and indent with runs of them, and the reader should see words, not layout.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == ampersand || $0 == 0xC2 }) else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == ampersand, let (scalar, length) = reference(in: bytes, at: index) {
                output.append(contentsOf: String(Character(scalar)).utf8)
                index += length
            } else if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                output.append(UInt8(ascii: " "))
                index += 2
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let ampersand = UInt8(ascii: "&")
    private static let semicolon = UInt8(ascii: ";")

    /// The character a reference at `start` (an `&`) stands for, and how many bytes it spans.
    private static func reference(in bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        var cursor = start + 1
        guard cursor < bytes.count else { return nil }
        if bytes[cursor] == UInt8(ascii: "#") {
            return numericReference(in: bytes, at: start)
        }
        while cursor < bytes.count, cursor - start <= longestName,
              HTMLByte.isLetter(bytes[cursor]) || HTMLByte.isDigit(bytes[cursor]) {
            cursor += 1
        }
        let name = String(decoding: bytes[(start + 1)..<cursor], as: UTF8.self)
        guard let scalar = named[name] else { return nil }
        if cursor < bytes.count, bytes[cursor] == semicolon {
            return (scalar, cursor + 1 - start)
        }
        // Browsers accept a few references without `;`; others stay literal (`&copy2024`, `?a=1&b=2`).
        return legacyWithoutSemicolon.contains(name) ? (scalar, cursor - start) : nil
    }

    private static func numericReference(in bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        var cursor = start + 2
        let isHex = cursor < bytes.count && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
        if isHex { cursor += 1 }
        let digitsStart = cursor
        var value: UInt32 = 0
        while cursor < bytes.count, let digit = digitValue(bytes[cursor], hex: isHex) {
            // Clamp instead of overflowing; anything past U+10FFFF is replaced anyway.
            value = min(value * (isHex ? 16 : 10) + digit, 0x11_0000)
            cursor += 1
        }
        guard cursor > digitsStart else { return nil }
        if cursor < bytes.count, bytes[cursor] == semicolon { cursor += 1 }
        return (scalar(forCodePoint: value), cursor - start)
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        if HTMLByte.isDigit(byte) { return UInt32(byte - UInt8(ascii: "0")) }
        let lower = byte | 0x20
        if hex, lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "f") { return UInt32(lower - UInt8(ascii: "a") + 10) }
        return nil
    }

    /// As HTML5 does: NUL, surrogates and out-of-range values become U+FFFD, and 0x80–0x9F
    /// are read as Windows-1252, which is what senders of `&#146;` meant.
    private static func scalar(forCodePoint value: UInt32) -> Unicode.Scalar {
        let replacement: Unicode.Scalar = "\u{FFFD}"
        if value == 0 { return replacement }
        if (0x80...0x9F).contains(value) {
            let mapped = windows1252[Int(value - 0x80)]
            return Unicode.Scalar(mapped) ?? replacement
        }
        return Unicode.Scalar(value) ?? replacement
    }

    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static let legacyWithoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    private static let longestName = 8

    static let named: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [:]
        // Latin-1 from U+00A0, in code point order.
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
            deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest \
            Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
            ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig \
            agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml \
            eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
            """
        for (offset, name) in latin1.split(separator: " ").enumerated() {
            table[String(name)] = Unicode.Scalar(UInt32(0xA0 + offset))
        }
        let others: [String: UInt32] = [
            "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
            "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "fnof": 0x192,
            "circ": 0x2C6, "tilde": 0x2DC, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009,
            "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "ndash": 0x2013, "mdash": 0x2014,
            "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E,
            "dagger": 0x2020, "Dagger": 0x2021, "bull": 0x2022, "hellip": 0x2026, "permil": 0x2030,
            "prime": 0x2032, "Prime": 0x2033, "lsaquo": 0x2039, "rsaquo": 0x203A, "euro": 0x20AC, "trade": 0x2122,
            "larr": 0x2190, "uarr": 0x2191, "rarr": 0x2192, "darr": 0x2193, "harr": 0x2194,
            "minus": 0x2212, "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "infin": 0x221E, "check": 0x2713,
        ]
        for (name, value) in others {
            table[name] = Unicode.Scalar(value)
        }
        table["nbsp"] = " "
        return table
    }()
}
