extension VerdictStamp {
    /// The message with every `X-ReplyLint-*` field removed (folded ones whole) and this stamp's
    /// fields inserted at the top (after a leading mbox `From ` line, if any), in the message's
    /// own line-break convention. Every other byte is kept as it was. A message with no header
    /// section (its first line is neither a field nor blank) also gets a blank line after the
    /// stamp, so that its first line stays body and cannot continue our field.
    public func apply(to message: [UInt8]) -> [UInt8] {
        let headers = RawHeaders(message)
        var result = Array(message[..<headers.start])
        result.reserveCapacity(message.count + 160)
        result += lines(lineBreak: headers.lineBreak)
        if headers.isHeadless { result += Array(headers.lineBreak.utf8) }
        var kept = headers.start
        for field in headers.fields where RawHeaders.isStamp(field.name) {
            result += message[kept..<field.range.lowerBound]
            kept = field.range.upperBound
        }
        result += message[kept...]
        return result
    }

    /// The same change as `apply(to:)`, as header edits for a milter that holds the message's
    /// header field names in order (as the MTA sent them): which fields to delete and which to
    /// insert. Values are folded with `lineBreak`.
    public func edits(forFieldNames names: [String], lineBreak: String = "\r\n") -> HeaderEdits {
        var seen: [String: Int] = [:]
        var removals: [HeaderEdits.Removal] = []
        for name in names {
            let key = name.lowercased()
            seen[key, default: 0] += 1
            if RawHeaders.isStamp(name) { removals.append(HeaderEdits.Removal(name: name, index: seen[key]!)) }
        }
        let additions = fields(lineBreak: lineBreak).map { HeaderEdits.Addition(name: $0.name, value: $0.value) }
        return HeaderEdits(removals: removals.reversed(), additions: additions)
    }

    /// `edits(forFieldNames:)` for a whole message's bytes, folded in its line-break convention.
    public func edits(for message: [UInt8]) -> HeaderEdits {
        let headers = RawHeaders(message)
        return edits(forFieldNames: headers.fields.map(\.name), lineBreak: headers.lineBreak)
    }
}

/// A stamp as edits to a message's header, for a milter (`SMFIR_CHGHEADER` with an empty value
/// deletes, `SMFIR_INSHEADER` at index 0 inserts at the top).
public struct HeaderEdits: Sendable, Equatable {
    /// Delete the `index`-th field named `name` (1-based, counted among the fields of that
    /// name in any case, as milters count).
    public struct Removal: Sendable, Equatable {
        public var name: String
        public var index: Int
    }

    /// Add the field `name: value` (`value` folded, without the space after the colon).
    public struct Addition: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    /// Last occurrence first, so that each index holds whether or not the MTA renumbers the
    /// fields left after a deletion.
    public var removals: [Removal]
    /// In order from the top: insert the first at index 0, the second at index 1.
    public var additions: [Addition]
}
