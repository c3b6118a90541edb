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

    public static func render(_ reports: [FileReport]) -> String {
        encode(Document(version: version, files: reports, summary: Summary(reports)))
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
