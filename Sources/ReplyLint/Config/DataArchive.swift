/// A small binary writer and reader for the compiled rule data (`ShippedData+Cache`):
/// unsigned LEB128 numbers and length-prefixed UTF-8 strings, nothing else.
struct DataArchiveWriter {
    private(set) var bytes: [UInt8] = []

    mutating func number(_ value: Int) {
        var rest = UInt(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7f) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        number(value.utf8.count)
        bytes += value.utf8
    }

    mutating func strings(_ values: [String]) {
        number(values.count)
        for value in values { string(value) }
    }

    mutating func append(_ other: [UInt8]) { bytes += other }

    /// A dictionary in key order, so the same data always makes the same bytes: its count,
    /// then each key followed by what `value` writes of its value.
    mutating func keyed<Value>(_ dictionary: [String: Value], _ value: (Value, inout DataArchiveWriter) -> Void) {
        number(dictionary.count)
        for (key, element) in dictionary.sorted(by: { $0.key < $1.key }) {
            string(key)
            value(element, &self)
        }
    }

    /// Lists of strings by key.
    mutating func keyed(_ lists: [String: [String]]) {
        keyed(lists) { list, writer in writer.strings(list) }
    }
}

/// Reads what `DataArchiveWriter` wrote, from the whole of `bytes` or one part of it (a
/// section of the compiled data); every read past the end or of a bad number throws.
struct DataArchiveReader {
    struct Truncated: Error {}

    private let bytes: [UInt8]
    private var position: Int
    private let end: Int

    init(_ bytes: [UInt8], from position: Int = 0) {
        self.init(bytes, in: position..<bytes.count)
    }

    init(_ bytes: [UInt8], in range: Range<Int>) {
        self.bytes = bytes
        position = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { position == end }
    var offset: Int { position }

    mutating func number() throws(Truncated) -> Int {
        var value: UInt = 0, shift: UInt = 0
        while true {
            guard position < end, shift < 63 else { throw Truncated() }
            let byte = bytes[position]
            position += 1
            value |= UInt(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        guard value <= UInt(Int.max) else { throw Truncated() }
        return Int(value)
    }

    /// A count of things each taking at least one byte: never more than the bytes left.
    mutating func count() throws(Truncated) -> Int {
        let count = try number()
        guard count <= end - position else { throw Truncated() }
        return count
    }

    mutating func bool() throws(Truncated) -> Bool {
        guard position < end, bytes[position] <= 1 else { throw Truncated() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func string() throws(Truncated) -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    mutating func strings() throws(Truncated) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    /// What `DataArchiveWriter.keyed` wrote, each value read by `value`.
    mutating func keyed<Value>(
        _ value: (inout DataArchiveReader) throws(Truncated) -> Value
    ) throws(Truncated) -> [String: Value] {
        var dictionary: [String: Value] = [:]
        for _ in 0..<(try count()) {
            let key = try string()
            dictionary[key] = try value(&self)
        }
        return dictionary
    }

    /// Lists of strings by key.
    mutating func keyed() throws(Truncated) -> [String: [String]] {
        try keyed { (reader: inout DataArchiveReader) throws(Truncated) in try reader.strings() }
    }
}

/// What a section of the compiled data decodes into.
protocol ArchiveReadable {
    init(archive reader: inout DataArchiveReader) throws(DataArchiveReader.Truncated)
}
