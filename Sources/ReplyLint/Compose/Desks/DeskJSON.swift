/// A JSON value read from a help desk's export, with where it is in the file: JSONSerialization
/// forgets positions, and every finding in an export must name its line and column.
struct DeskJSON: Sendable {
    enum Value: Sendable {
        case object([Member])
        case array([DeskJSON])
        case string(DeskString)
        /// As written (`42`, `-1.5e3`).
        case number(String)
        case bool(Bool)
        case null
    }

    struct Member: Sendable {
        var key: String
        var keyAt: DeskPosition
        var value: DeskJSON
    }

    var value: Value
    /// Where the value starts.
    var at: DeskPosition

    /// The member `key` of an object; nil for a missing key or a value that is not an object.
    subscript(key: String) -> DeskJSON? {
        guard case let .object(members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    var members: [Member]? { if case let .object(members) = value { members } else { nil } }
    var elements: [DeskJSON]? { if case let .array(elements) = value { elements } else { nil } }
    var string: DeskString? { if case let .string(string) = value { string } else { nil } }
    var isNull: Bool { if case .null = value { true } else { false } }

    /// A string or a number as text (ids are numbers in one desk and strings in another).
    var text: String? {
        switch value {
        case let .string(string): string.text
        case let .number(number): number
        default: nil
        }
    }

    /// What the value is, for messages: "a string", "an object".
    var kind: String {
        switch value {
        case .object: "an object"
        case .array: "a list"
        case .string: "a string"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        }
    }
}

/// A 1-based line and column in an export file; columns count Unicode scalars, as template
/// positions do.
struct DeskPosition: Sendable, Equatable, Comparable {
    var line: Int
    var column: Int

    static func < (lhs: DeskPosition, rhs: DeskPosition) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
}

/// A JSON string's decoded text and how each of its scalars maps back to the file. JSON strings
/// hold no raw line break, so the whole string is on one line of the file; only escapes (`\n`,
/// `\"`, `\u00e9`, a surrogate pair) make a scalar wider than one column there.
struct DeskString: Sendable, Equatable {
    var text: String
    /// Where the first scalar of the text is (just after the opening quote).
    var start: DeskPosition
    /// For each escaped scalar, in order: its index among the text's scalars and how many columns
    /// all escapes up to and including it add beyond one column a scalar.
    var escapes: [(index: Int, extra: Int)] = []
    /// For a whole file's text (a folder's macro), the scalar offset where each line after the
    /// first starts; empty for a JSON string, which is on one line.
    var lineStarts: [Int] = []

    init(text: String, start: DeskPosition, escapes: [(index: Int, extra: Int)] = []) {
        (self.text, self.start, self.escapes) = (text, start, escapes)
    }

    /// A file's whole text, its lines placed from line 1, column 1.
    init(file text: String) {
        self.init(text: text, start: DeskPosition(line: 1, column: 1))
        lineStarts = text.unicodeScalars.enumerated().compactMap { $0.element == "\n" ? $0.offset + 1 : nil }
    }

    /// The file position of the scalar at `offset` in the text (the text's end for its length).
    func position(ofScalar offset: Int) -> DeskPosition {
        if !lineStarts.isEmpty {
            let line = lineStarts.lastIndex { $0 <= offset }.map { $0 + 1 } ?? 0
            let lineStart = line == 0 ? 0 : lineStarts[line - 1]
            return DeskPosition(line: start.line + line, column: 1 + offset - lineStart)
        }
        // Escapes strictly before `offset` shift it.
        var low = 0, high = escapes.count
        while low < high {
            let mid = (low + high) / 2
            if escapes[mid].index < offset { low = mid + 1 } else { high = mid }
        }
        let extra = low == 0 ? 0 : escapes[low - 1].extra
        return DeskPosition(line: start.line, column: start.column + offset + extra)
    }

    /// How many file columns the scalars `offset..<offset+count` take.
    func width(ofScalars offset: Int, count: Int) -> Int {
        position(ofScalar: offset + count).column - position(ofScalar: offset).column
    }

    static func == (lhs: DeskString, rhs: DeskString) -> Bool {
        lhs.text == rhs.text && lhs.start == rhs.start && lhs.lineStarts == rhs.lineStarts
            && lhs.escapes.map(\.index) == rhs.escapes.map(\.index) && lhs.escapes.map(\.extra) == rhs.escapes.map(\.extra)
    }
}
