/// RFC 2047 encoded-words (`=?utf-8?Q?Caf=C3=A9?=`) in header text.
enum EncodedWords {
    struct Decoded: Equatable {
        var text: String
        /// Whether any encoded-word was decoded, so the text's columns are not the file's.
        var isEncoded: Bool
        /// Short messages quoting each bad encoded-word.
        var problems: [String]
    }

    private enum Piece {
        case literal(ArraySlice<UInt8>)
        case word(EncodedWord)
        /// A word with an unknown encoding letter: shown as written.
        case bad(EncodedWord)
    }

    /// Decodes every encoded-word, wherever it stands (mailers also put them inside quoted
    /// strings and glued to other text). Whitespace between adjacent words is dropped, and
    /// adjacent words in one charset are decoded together, so a character split between
    /// them survives. A word that cannot be decoded stays as written.
    static func decode(_ text: String) -> Decoded {
        let bytes = Array(text.utf8)
        guard bytes.count > 1, containsMarker(bytes) else { return Decoded(text: text, isEncoded: false, problems: []) }
        var pieces: [Piece] = []
        var literalStart = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == 0x3D, bytes[index + 1] == 0x3F, let word = EncodedWord(bytes, at: index) else {
                index += 1
                continue
            }
            let literal = bytes[literalStart..<index]
            let betweenWords = literal.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
            if case .word? = pieces.last, betweenWords {
                // RFC 2047 §6.2: whitespace between adjacent encoded-words is not displayed.
            } else if !literal.isEmpty {
                pieces.append(.literal(literal))
            }
            pieces.append(word.isUnknownEncoding ? .bad(word) : .word(word))
            index = word.end
            literalStart = index
        }
        if literalStart < bytes.count { pieces.append(.literal(bytes[literalStart...])) }
        return render(pieces, bytes)
    }

    private static func containsMarker(_ bytes: [UInt8]) -> Bool {
        for index in 0..<(bytes.count - 1) where bytes[index] == 0x3D && bytes[index + 1] == 0x3F { return true }
        return false
    }

    private static func render(_ pieces: [Piece], _ bytes: [UInt8]) -> Decoded {
        var result = Decoded(text: "", isEncoded: false, problems: [])
        var run: [EncodedWord] = []
        func flush() {
            guard let first = run.first else { return }
            let raw = run.map { $0.text(in: bytes) }.joined(separator: " ")
            // Bytes of a stateless charset are joined, so a character split between words
            // survives; a stateful one (ISO-2022-JP) shifts back at the end of each word.
            let units = Charset.isStateful(first.charset) ? run.map(\.decoded) : [run.flatMap(\.decoded)]
            var invalid = 0
            for unit in units {
                let decoded = Charset.decode(unit, charset: first.charset)
                result.text += decoded.text
                if case let .invalidBytes(_, count)? = decoded.problem { invalid += count }
            }
            result.isEncoded = true
            if !Charset.isKnown(first.charset) {
                result.problems.append("unknown charset '\(first.charset)' in encoded-word '\(raw)'")
            } else if invalid > 0 {
                result.problems.append("\(invalid) invalid byte sequence\(invalid == 1 ? "" : "s") for charset "
                    + "'\(first.charset)' in encoded-word '\(raw)'")
            }
            run = []
        }
        for piece in pieces {
            switch piece {
            case let .literal(literal):
                flush()
                result.text += String(decoding: literal, as: UTF8.self)
            case let .word(word):
                if let last = run.last, last.charset.lowercased() != word.charset.lowercased() { flush() }
                if word.damaged { result.problems.append("bad encoded-word '\(word.text(in: bytes))'") }
                run.append(word)
            case let .bad(word):
                flush()
                result.text += word.text(in: bytes)
                result.problems.append("bad encoded-word '\(word.text(in: bytes))'")
            }
        }
        flush()
        return result
    }
}
