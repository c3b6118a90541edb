import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The MTA's side of a milter connection over a real loopback socket, in plain blocking POSIX
/// calls: frames out (from `MilterFrames`), response frames back as (code, data).
final class MilterTestClient {
    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if connected != 0 {
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECONNREFUSED)
        }
    }

    init(unixPath path: String) throws {
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = Self.withUnixAddress(path) { connect(descriptor, $0, $1) }
        if connected != 0 {
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECONNREFUSED)
        }
    }

    deinit { close(descriptor) }

    /// `body` called with a `sockaddr_un` for `path` (cut to fit) and its size: for `bind` or
    /// `connect` on a unix socket.
    static func withUnixAddress(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32) -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[index] = byte }
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return }
            offset += sent
        }
    }

    /// The next response, or nil when the milter closed the connection (or 20 s passed).
    func receive() -> (code: Character, data: [UInt8])? {
        guard let header = read(4) else { return nil }
        let length = Int(header[0]) << 24 | Int(header[1]) << 16 | Int(header[2]) << 8 | Int(header[3])
        guard length > 0, let frame = read(length) else { return nil }
        return (Character(Unicode.Scalar(frame[0])), Array(frame.dropFirst()))
    }

    /// The answers to a message's end: the header edits and the final accept, reject, tempfail or
    /// reply code. The body chunks' CONTINUEs before it are left out.
    func receiveEndOfMessage() -> [(code: Character, data: [UInt8])] {
        var responses: [(code: Character, data: [UInt8])] = []
        while let response = receive() {
            if response.code == "c" { continue }
            responses.append(response)
            if "arty".contains(response.code) { break }
        }
        return responses
    }

    /// Whether the milter has closed its end: the next read sees end of file, or a reset when
    /// it closed with our bytes unread.
    var isClosedByPeer: Bool {
        var byte: UInt8 = 0
        let got = recv(descriptor, &byte, 1, 0)
        return got == 0 || (got < 0 && errno == ECONNRESET)
    }

    private func read(_ count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let got = bytes.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress! + offset, count - offset, 0) }
            if got <= 0 { return nil }
            offset += got
        }
        return bytes
    }
}
