/// A `Content-Type` or `Content-Disposition` value: `text/plain; charset="utf-8"`.
struct HeaderParameters: Equatable {
    /// The lower-cased `type/subtype` or disposition type.
    var value: String
    /// Parameters by lower-cased name, RFC 2231 sections joined and decoded.
    var parameters: [String: String]
    /// Short messages for what could not be read (an unterminated quoted string).
    var problems: [String] = []

    subscript(name: String) -> String? { parameters[name] }

    /// Reads the value leniently: comments anywhere, missing semicolons between
    /// parameters, unquoted values with spaces, RFC 2231 sections in any order.
    static func parse(_ raw: String) -> HeaderParameters {
        var scanner = ParameterScanner(Array(raw.utf8))
        scanner.skipBlanksAndComments()
        let value = scanner.token(stoppingAt: [0x3B]).lowercased()
        var plain: [String: String] = [:]
        var sections = RFC2231Sections()
        while let (name, parameterValue) = scanner.nextParameter() {
            if name.contains("*") {
                sections.add(name: name, value: parameterValue)
            } else if plain[name] == nil {
                plain[name] = parameterValue
            }
        }
        var parameters = plain.merging(sections.joined()) { _, extended in extended }
        for name in ["name", "filename"] {
            if let text = parameters[name], text.containsBytes("=?") { parameters[name] = EncodedWords.decode(text).text }
        }
        return HeaderParameters(value: value, parameters: parameters, problems: scanner.problems)
    }
}

/// RFC 2231 parameter sections: `name*0*=utf-8''%E2%82`, `name*1*=%AC`, `name*=...`.
struct RFC2231Sections {
    private struct Section {
        var number: Int
        var isExtended: Bool
        var value: String
    }

    private var byName: [String: [Section]] = [:]

    mutating func add(name: String, value: String) {
        let parts = name.split(separator: "*", omittingEmptySubsequences: false)
        guard let base = parts.first.map(String.init), !base.isEmpty else { return }
        let isExtended = name.hasSuffix("*")
        // `name*` is a single extended section; `name*3` and `name*3*` are numbered ones.
        let number = parts.count > 1 && !parts[1].isEmpty ? Int(parts[1].prefix(6)) ?? Int.max : 0
        byName[base, default: []].append(Section(number: number, isExtended: isExtended, value: value))
    }

    func joined() -> [String: String] {
        byName.mapValues { sections in
            let ordered = sections.sorted { $0.number < $1.number }
            var charset: String?
            var bytes: [UInt8] = []
            for (index, section) in ordered.enumerated() {
                guard section.isExtended else {
                    bytes += Array(section.value.utf8)
                    continue
                }
                var encoded = Substring(section.value)
                if index == 0 {
                    let pieces = encoded.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                    if pieces.count == 3 {
                        charset = pieces[0].isEmpty ? nil : String(pieces[0])
                        encoded = pieces[2]
                    }
                }
                bytes += percentDecoded(encoded)
            }
            return Charset.decode(bytes, charset: charset ?? "utf-8").text
        }
    }

    private func percentDecoded(_ text: Substring) -> [UInt8] {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            if input[index] == 0x25, index + 2 < input.count,
               let high = EncodedWord.hexValue(input[index + 1]), let low = EncodedWord.hexValue(input[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return output
    }
}
