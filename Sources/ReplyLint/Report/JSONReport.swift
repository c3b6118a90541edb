import Foundation

/// The versioned JSON report of `check --format json`. Version 1's shape is documented
/// in the README and only grows by adding keys.
public enum JSONReport {
    public static let version = 1

    struct Document: Encodable {
        var version: Int
        var files: [FileReport]
        var summary: Summary
    }

    public struct Summary: Codable, Sendable, Equatable {
        public var files: Int
        public var errors: Int
        public var warnings: Int
        public var infos: Int

        public init(_ reports: [FileReport]) {
            files = reports.count
            errors = reports.reduce(0) { $0 + $1.count(.error) }
            warnings = reports.reduce(0) { $0 + $1.count(.warning) }
            infos = reports.reduce(0) { $0 + $1.count(.info) }
        }
    }

    /// The whole document. Each file's part is encoded on its own, all of them in parallel, and
    /// indented into place: the same text as encoding the document at once (`document(_:)`),
    /// in a fraction of the wall time for a folder of thousands of drafts.
    public static func render(_ reports: [FileReport]) -> String {
        guard !reports.isEmpty else { return document(reports) }
        let parts = EncodedParts(count: reports.count)
        DispatchQueue.concurrentPerform(iterations: reports.count) { index in
            parts.set(index, indented(encode(reports[index]), by: "    "))
        }
        return "{\n  \"files\" : [\n    " + parts.values.joined(separator: ",\n    ") + "\n  ],\n"
            + "  \"summary\" : " + indented(encode(Summary(reports)), by: "  ") + ",\n"
            + "  \"version\" : \(version)\n}"
    }

    /// The document encoded in one piece, as `render` must write it.
    static func document(_ reports: [FileReport]) -> String {
        encode(Document(version: version, files: reports, summary: Summary(reports)))
    }

    /// Every line after the first moved right, except empty ones (an empty array's inside);
    /// JSON strings hold no raw line breaks.
    private static func indented(_ json: String, by indent: String) -> String {
        let source = Array(json.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count + source.count / 8)
        for (index, byte) in source.enumerated() {
            bytes.append(byte)
            if byte == 0x0A, index + 1 < source.count, source[index + 1] != 0x0A { bytes.append(contentsOf: indent.utf8) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private final class EncodedParts: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [String]

        init(count: Int) { slots = Array(repeating: "", count: count) }

        func set(_ index: Int, _ value: String) { lock.withLock { slots[index] = value } }
        var values: [String] { lock.withLock { slots } }
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
