import Foundation
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

    func read() -> [UInt8]? {
        if path == Self.standardInput {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        return Self.contents(path)
    }

    /// The file's bytes, read straight into the array (no `Data` in between); nil when it
    /// cannot be opened or read.
    static func contents(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        }
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
                return nil
            }
            if count == 0 { break }
            total += count
        }
        bytes.removeLast(bytes.count - total)
        return bytes
    }
}
