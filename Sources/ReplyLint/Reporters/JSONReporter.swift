import Foundation

/// The versioned JSON report (`--format json`), pretty-printed with sorted keys. Version 1's
/// shape is documented in the README and only grows by adding keys. Drafts:
/// `{"files": [...], "summary": {...}, "version": 1}`, streamed a file at a time; templates:
/// `{"summary": {...}, "templates": [...], "version": 1}`, written at the end (the summary
/// sorts first).
public struct JSONReporter: Reporter {
    public static let version = 1

    public var subject: ReportSummary.Subject

    public init(subject: ReportSummary.Subject = .drafts) { self.subject = subject }

    public var streams: Bool { subject == .drafts }

    public func render(_ report: FileReport) -> String {
        switch subject {
        case .drafts: ReportJSONWriter.part(report, depth: 4)
        case .templates: ReportJSONWriter.templatePart(report, depth: 4)
        }
    }

    public var opening: String { "{\n  \"files\" : [\n    " }
    public var separator: String { ",\n    " }

    public func closing(_ summary: ReportSummary, afterParts: Bool) -> String {
        let tail = "  \"summary\" : " + ReportJSONWriter.summary(summary, depth: 2) + ",\n" + Self.unchecked(summary)
            + "  \"version\" : \(Self.version)\n}\n"
        return (afterParts ? "\n  ],\n" : "{\n  \"files\" : [\n\n  ],\n") + tail
    }

    public func document(_ parts: [String], _ summary: ReportSummary) -> String {
        let parts = parts.filter { !$0.isEmpty }
        guard subject == .templates else {
            return parts.isEmpty ? closing(summary, afterParts: false) : opening + parts.joined(separator: separator) + closing(summary, afterParts: true)
        }
        let templates = parts.isEmpty ? "[\n\n  ]" : "[\n    " + parts.joined(separator: separator) + "\n  ]"
        return "{\n  \"summary\" : " + ReportJSONWriter.summary(summary, depth: 2) + ",\n  \"templates\" : " + templates
            + ",\n" + Self.unchecked(summary) + "  \"version\" : \(Self.version)\n}\n"
    }

    struct Unchecked: Encodable {
        var kind: String
        var message: String
        var path: String
    }

    /// `"unchecked" : [...],` and a line break, when files could not be checked; else nothing.
    static func unchecked(_ summary: ReportSummary) -> String {
        guard !summary.unchecked.isEmpty else { return "" }
        let entries = summary.unchecked.map { Unchecked(kind: $0.kind.name, message: $0.message, path: $0.subject) }
        return "  \"unchecked\" : " + SARIFReporter.indented(encode(entries), depth: 2) + ",\n"
    }

    /// Any value as pretty-printed JSON with sorted keys, as the reports are written (`show`,
    /// `rules`).
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
