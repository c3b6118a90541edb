#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Where the milter's lines go: standard error, one write per line (so lines from many
/// connections never interleave), or syslog's mail facility.
public struct MilterLog: Sendable {
    public enum Destination: Sendable {
        case standardError
        case syslog
    }

    private enum Sink: Sendable {
        case standardError
        case syslog
        case lines(@Sendable (String) -> Void)
    }

    private let sink: Sink

    /// openlog keeps the pointer it is given and reads it at every line, so the tag lives as
    /// long as the process: a Swift string passed directly is a temporary, gone once openlog returns.
    private nonisolated(unsafe) static let syslogIdent: UnsafeMutablePointer<CChar> = strdup("replylint")

    public init(_ destination: Destination) {
        switch destination {
        case .standardError: sink = .standardError
        case .syslog:
            sink = .syslog
            openlog(Self.syslogIdent, LOG_PID | LOG_NDELAY, LOG_MAIL)
        }
    }

    /// Every line handed to `collect` instead (tests).
    init(collect: @escaping @Sendable (String) -> Void) {
        sink = .lines(collect)
    }

    /// The one line of a checked message.
    func message(_ line: String) {
        write(line, priority: LOG_INFO)
    }

    /// A line about a connection that ended badly.
    func connection(_ peer: String, _ line: String) {
        write("connection \(peer): \(line)", priority: LOG_WARNING)
    }

    /// A line about the server itself (listening, shutting down).
    public func server(_ line: String) {
        write(line, priority: LOG_NOTICE)
    }

    private func write(_ line: String, priority: Int32) {
        switch sink {
        case let .lines(collect):
            collect(line)
        case .standardError:
            let bytes = Array("replylint milter: \(line)\n".utf8)
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = systemWrite(STDERR_FILENO, raw.baseAddress! + offset, raw.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    if written <= 0 { return }
                    offset += written
                }
            }
        case .syslog:
            line.withCString { text in
                withVaList([text]) { vsyslog(priority, "%s", $0) }
            }
        }
    }
}
