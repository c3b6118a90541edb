/// Where the milter listens, as Postfix's `smtpd_milters` names it: `inet:HOST:PORT` (also
/// libmilter's `inet:PORT@HOST`, and `[v6]` hosts) or `unix:PATH` (also `local:PATH`).
public enum MilterEndpoint: Sendable, Equatable, CustomStringConvertible {
    case inet(host: String, port: Int)
    case unix(path: String)

    /// Nil when `text` is neither form.
    public init?(_ text: String) {
        if let path = Self.value(of: text, after: ["unix:", "local:"]) {
            guard !path.isEmpty else { return nil }
            self = .unix(path: path)
            return
        }
        guard let rest = Self.value(of: text, after: ["inet:", "inet6:"]) else { return nil }
        let host: Substring, port: Substring
        if let at = rest.firstIndex(of: "@") {
            (port, host) = (rest[..<at], rest[rest.index(after: at)...])
        } else if let colon = rest.lastIndex(of: ":") {
            (host, port) = (rest[..<colon], rest[rest.index(after: colon)...])
        } else {
            return nil
        }
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? host.dropFirst().dropLast() : host
        guard !bare.isEmpty, let number = Int(port), (0...65535).contains(number) else { return nil }
        self = .inet(host: String(bare), port: number)
    }

    public var description: String {
        switch self {
        case let .inet(host, port): host.contains(":") ? "inet:[\(host)]:\(port)" : "inet:\(host):\(port)"
        case let .unix(path): "unix:\(path)"
        }
    }

    private static func value(of text: String, after prefixes: [String]) -> String? {
        for prefix in prefixes where text.lowercased().hasPrefix(prefix) { return String(text.dropFirst(prefix.count)) }
        return nil
    }
}
