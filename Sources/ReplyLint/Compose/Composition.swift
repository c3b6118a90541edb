import Foundation

/// One header of a composed reply, decoded.
public struct ComposedHeader: Sendable, Equatable {
    public var name: String
    public var value: String
}

/// A composed reply: the message, what went into it, and what the linter found.
public struct Composition: Sendable {
    public var templateID: String
    /// The template variant used (`en-GB`).
    public var locale: String
    /// The RFC 5322 message.
    public var bytes: [UInt8]
    public var headers: [ComposedHeader]
    /// The rendered body, before transfer encoding.
    public var body: String
    /// The linter's findings on the message.
    public var report: FileReport


    /// `{"body":…,"diagnostics":[…],"headers":{…},"locale":…,"message":…,"template":…,"version":1}`,
    /// on one line with sorted keys (`compose --format json`).
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

extension Composition: Encodable {
    private enum Key: String, CodingKey { case version, template, locale, message, headers, body, diagnostics }

    private struct HeaderName: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(JSONReporter.version, forKey: .version)
        try container.encode(templateID, forKey: .template)
        try container.encode(locale, forKey: .locale)
        try container.encode(String(decoding: bytes, as: UTF8.self), forKey: .message)
        var fields = container.nestedContainer(keyedBy: HeaderName.self, forKey: .headers)
        for header in headers { try fields.encode(header.value, forKey: HeaderName(stringValue: header.name)) }
        try container.encode(body, forKey: .body)
        try container.encode(report.diagnostics, forKey: .diagnostics)
    }
}
