import Foundation
import ReplyLint
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// The drafts named on the command line: files, folders searched for `*.eml`, or standard input.
struct DraftInput {
    var path: String
    /// The folder a config search starts from.
    var directory: String

    static let standardInput = "-"

    static func collect(_ paths: [String]) -> (inputs: [DraftInput], missing: [String]) {
        if paths.isEmpty { return ([DraftInput(path: standardInput, directory: FileManager.default.currentDirectoryPath)], []) }
        var inputs: [DraftInput] = []
        var missing: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == standardInput {
                inputs.append(DraftInput(path: path, directory: fm.currentDirectoryPath))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { missing.append(path); continue }
            if isDirectory.boolValue {
                let files = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                    .filter { $0.lowercased().hasSuffix(".eml") }.sorted()
                for file in files {
                    let full = (path as NSString).appendingPathComponent(file)
                    inputs.append(DraftInput(path: full, directory: (full as NSString).deletingLastPathComponent))
                }
            } else {
                inputs.append(DraftInput(path: path, directory: (path as NSString).deletingLastPathComponent.isEmpty
                                         ? fm.currentDirectoryPath : (path as NSString).deletingLastPathComponent))
            }
        }
        return (inputs, missing)
    }

    /// Why a draft could not be read.
    enum ReadFailure: Error, Equatable {
        case unreadable
        /// Over the limit: the file is not read at all; standard input is read through,
        /// counted but not kept, to say how large it was.
        case tooLarge(bytes: Int)
    }

    /// The draft's bytes, up to `limit` (the parser's size limit, which a larger file would
    /// only fail later, after filling memory with it).
    func read(limit: Int = MessageLimits().maxBytes) -> Result<[UInt8], ReadFailure> {
        if path == Self.standardInput { return Self.readStream(STDIN_FILENO, limit: limit) }
        return Self.contents(path, limit: limit)
    }

    /// The line a user reads when `read` fails, `<path>: …`; over the limit, the parser's words.
    static func describe(_ failure: ReadFailure, shown: String, limit: Int = MessageLimits().maxBytes) -> String {
        switch failure {
        case .unreadable: "\(shown): cannot read the file"
        case let .tooLarge(bytes): "\(shown): \(MessageError.tooLarge(bytes: bytes, limit: limit))"
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
