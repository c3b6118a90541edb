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

    /// Error-level findings: the reply must not be sent as it is.
    public var failsLint: Bool { report.count(.error) > 0 }

    /// `{"version":1,"template":…,"locale":…,"message":…,"headers":{…},"body":…,"diagnostics":[…]}`.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        func encoded(_ value: some Encodable) -> String {
            (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        }
        let headerFields = headers.map { "\(encoded($0.name)):\(encoded($0.value))" }.joined(separator: ",")
        let fields = [
            "\"version\":\(JSONReport.version)",
            "\"template\":\(encoded(templateID))",
            "\"locale\":\(encoded(locale))",
            "\"message\":\(encoded(String(decoding: bytes, as: UTF8.self)))",
            "\"headers\":{\(headerFields)}",
            "\"body\":\(encoded(body))",
            "\"diagnostics\":\(encoded(report.diagnostics))",
        ]
        return "{" + fields.joined(separator: ",") + "}"
    }
}
