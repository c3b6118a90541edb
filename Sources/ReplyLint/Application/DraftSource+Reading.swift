import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

extension DraftSource {
    /// Why a draft's bytes could not be had.
    enum ReadFailure: Error, Equatable {
        case unreadable
        /// Over the limit: the file is not read at all; standard input is read through,
        /// counted but not kept, to say how large it was.
        case tooLarge(bytes: Int)
    }

    /// The draft's bytes, up to `limit` (the parser's size limit, which a larger file would
    /// only fail later, after filling memory with it).
    func read(limit: Int = MessageLimits().maxBytes) -> Result<[UInt8], LintFailure> {
        let read: Result<[UInt8], ReadFailure>
        switch origin {
        case let .file(path): read = Self.contents(path, limit: limit)
        case .standardInput: read = Self.readStream(STDIN_FILENO, limit: limit)
        case let .bytes(bytes): read = bytes.count > limit ? .failure(.tooLarge(bytes: bytes.count)) : .success(bytes)
        }
        return read.mapError { failure in
            switch failure {
            case .unreadable: LintFailure(.unreadableInput, displayName, "cannot read the file")
            case let .tooLarge(bytes): LintFailure(.overLimit, displayName, MessageError.tooLarge(bytes: bytes, limit: limit).description)
            }
        }
    }

    /// A regular file read straight into the array with one read() sized from fstat (no `Data`
    /// in between); anything else (a pipe, a device) read to its end.
    static func contents(_ path: String, limit: Int = .max) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        guard status.st_mode & S_IFMT == S_IFREG else { return readStream(descriptor, limit: limit) }
        guard Int(status.st_size) <= limit else { return .failure(.tooLarge(bytes: Int(status.st_size))) }
        // One spare byte past the size says the file ended (or grew) without another allocation.
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var total = 0
        while true {
            if total == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let count = bytes.withUnsafeMutableBufferPointer { buffer in
                systemRead(descriptor, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if count == 0 { break }
            total += count
        }
        bytes.removeLast(bytes.count - total)
        return .success(bytes)
    }

    /// Reads to the end; past `limit` bytes it only counts.
    static func readStream(_ descriptor: Int32, limit: Int) -> Result<[UInt8], ReadFailure> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var total = 0
        while true {
            let count = chunk.withUnsafeMutableBufferPointer { buffer in systemRead(descriptor, buffer.baseAddress!, buffer.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if count == 0 { break }
            if total + count <= limit {
                bytes.append(contentsOf: chunk[..<count])
            } else if !bytes.isEmpty {
                bytes = []
            }
            total += count
        }
        return total > limit ? .failure(.tooLarge(bytes: total)) : .success(bytes)
    }
}
