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
        public var files = 0
        public var errors = 0
        public var warnings = 0
        public var infos = 0

        public init(_ reports: [FileReport] = []) {
            for report in reports { add(report) }
        }

        /// Counts one more file.
        public mutating func add(_ report: FileReport) {
            files += 1
            for diagnostic in report.diagnostics {
                switch diagnostic.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .info: infos += 1
                }
            }
        }
    }

    /// The whole document, written as `check` streams it: the same text as encoding the
    /// document at once (`document(_:)`).
    public static func render(_ reports: [FileReport]) -> String {
        guard !reports.isEmpty else { return document(reports) }
        return opening + reports.map(part).joined(separator: separator) + closing(Summary(reports))
    }

    /// Writing the document a file at a time: `opening`, each file's `part` (encoded on any
    /// thread) with `separator` between them, then `closing`. With no files, `render([])`.
    public static let opening = "{\n  \"files\" : [\n    "
    public static let separator = ",\n    "

    public static func part(_ report: FileReport) -> String {
        ReportJSONWriter.part(report, depth: 4)
    }

    public static func closing(_ summary: Summary) -> String {
        "\n  ],\n  \"summary\" : " + indented(encode(summary), by: "  ") + ",\n  \"version\" : \(version)\n}"
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

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
