/// Content-Transfer-Encoding decoders. Lenient: they decode what they can and say
/// whether the input was damaged, never trap.
enum TransferDecoding {
    /// Decodes base64, skipping whitespace and line breaks; `damaged` when it met
    /// characters outside the alphabet or a truncated final group.
    ///
    /// Both the standard (`+/`) and the URL-safe (`-_`) alphabet are accepted, since
    /// mail software mixes them up. Decoding stops at the first `=`; anything after it other
    /// than padding and white space is reported as damage, since it is not decoded.
    static func base64(_ bytes: ArraySlice<UInt8>) -> (bytes: [UInt8], damaged: Bool) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 4 * 3 + 3)
        var damaged = false
        var group: UInt32 = 0
        var count = 0
        var paddingAt: Int?
        Base64Table.values.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { input in
                for (offset, byte) in input.enumerated() {
                    // A 256-entry table indexed by a byte cannot go out of range.
                    let value = table[Int(byte)]
                    if value < 64 {
                        group = group << 6 | UInt32(value)
                        count += 1
                        if count == 4 {
                            output.append(UInt8(truncatingIfNeeded: group >> 16))
                            output.append(UInt8(truncatingIfNeeded: group >> 8))
                            output.append(UInt8(truncatingIfNeeded: group))
                            group = 0
                            count = 0
                        }
                    } else if value == Base64Table.padding {
                        paddingAt = offset
                        break
                    } else if value == Base64Table.invalid {
                        damaged = true
                    }
                }
                // Data after the padding is not decoded; say so rather than drop it silently.
                if let paddingAt {
                    let rest = input[(paddingAt + 1)...]
                    if rest.contains(where: { table[Int($0)] != Base64Table.padding && table[Int($0)] != Base64Table.skip }) {
                        damaged = true
                    }
                }
            }
        }
        let sawPadding = paddingAt != nil
        switch count {
        case 0:
            break
        case 1:
            // Six bits cannot make a byte.
            damaged = true
        case 2:
            output.append(UInt8(truncatingIfNeeded: group >> 4))
            damaged = damaged || !sawPadding
        default:
            output.append(UInt8(truncatingIfNeeded: group >> 10))
            output.append(UInt8(truncatingIfNeeded: group >> 2))
            damaged = damaged || !sawPadding
        }
        return (output, damaged)
    }

    /// Decodes quoted-printable: `=XX` escapes, `=` soft line breaks; a bad escape is kept literally.
    ///
    /// Trailing spaces and tabs on each line are dropped (RFC 2045 §6.7 rule 3: they were
    /// added in transport), and line breaks come out as `\n` whether the input used CRLF or LF.
    static func quotedPrintable(_ bytes: ArraySlice<UInt8>) -> (bytes: [UInt8], damaged: Bool) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var damaged = false
        var index = bytes.startIndex
        let end = bytes.endIndex
        // Length of the run of spaces and tabs at the end of `output` that came
        // literally from the input; dropped if a line break follows.
        var pendingBlanks = 0
        while index < end {
            let byte = bytes[index]
            switch byte {
            case ASCII.space, ASCII.tab:
                output.append(byte)
                pendingBlanks += 1
                index += 1
            case ASCII.carriageReturn where index + 1 < end && bytes[index + 1] == ASCII.lineFeed:
                output.removeLast(pendingBlanks)
                pendingBlanks = 0
                output.append(ASCII.lineFeed)
                index += 2
            case ASCII.lineFeed:
                output.removeLast(pendingBlanks)
                pendingBlanks = 0
                output.append(ASCII.lineFeed)
                index += 1
            case ASCII.equals:
                pendingBlanks = 0
                if let next = softLineBreakEnd(bytes, after: index) {
                    index = next
                } else if index + 2 < end,
                          let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                    output.append(high << 4 | low)
                    index += 3
                } else {
                    output.append(byte)
                    damaged = true
                    index += 1
                }
            default:
                pendingBlanks = 0
                output.append(byte)
                index += 1
            }
        }
        // Whitespace at the very end is trailing whitespace on the last line.
        output.removeLast(pendingBlanks)
        return (output, damaged)
    }

    /// If the `=` at `index` starts a soft line break (`=`, optional blanks, then CRLF or
    /// LF), the index just past it.
    private static func softLineBreakEnd(_ bytes: ArraySlice<UInt8>, after index: Int) -> Int? {
        var cursor = index + 1
        while cursor < bytes.endIndex, bytes[cursor] == ASCII.space || bytes[cursor] == ASCII.tab {
            cursor += 1
        }
        guard cursor < bytes.endIndex else { return nil }
        if bytes[cursor] == ASCII.lineFeed { return cursor + 1 }
        if bytes[cursor] == ASCII.carriageReturn, cursor + 1 < bytes.endIndex, bytes[cursor + 1] == ASCII.lineFeed {
            return cursor + 2
        }
        return nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

private enum ASCII {
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let equals = UInt8(ascii: "=")
}

/// Byte → sextet lookup for base64; values of 64 and above are markers.
private enum Base64Table {
    static let skip: UInt8 = 0xFD
    static let padding: UInt8 = 0xFE
    static let invalid: UInt8 = 0xFF

    static let values: [UInt8] = {
        var table = [UInt8](repeating: invalid, count: 256)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        for (value, byte) in alphabet.enumerated() {
            table[Int(byte)] = UInt8(value)
        }
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        for byte in [ASCII.space, ASCII.tab, ASCII.carriageReturn, ASCII.lineFeed] {
            table[Int(byte)] = skip
        }
        table[Int(ASCII.equals)] = padding
        return table
    }()
}
