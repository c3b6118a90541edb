import Foundation

/// Replacing a file so that a reader sees the old bytes or the new, never a mix, and a
/// failure leaves the old file in place.
enum AtomicFile {
    struct Failure: Error {
        var message: String
    }

    /// Writes `bytes` to a new file in the same folder, flushes it to disk, gives it the old
    /// file's permissions (and owner, when allowed), and renames it over the old one. A
    /// symbolic link is followed, so the file it points to is replaced and the link stays.
    static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var info = stat()
        guard stat(target, &info) == 0 else { throw Failure(message: lastError()) }
        let folder = folderPart(of: target)
        let name = (target as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).replylint-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, info.st_mode & 0o7777)
        guard descriptor >= 0 else { throw Failure(message: lastError()) }
        var failure: String?
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while failure == nil, written < buffer.count, let base = buffer.baseAddress {
                let count = write(descriptor, base + written, buffer.count - written)
                if count < 0 {
                    if errno != EINTR { failure = lastError() }
                } else {
                    written += count
                }
            }
        }
        if failure == nil, fchmod(descriptor, info.st_mode & 0o7777) != 0 { failure = lastError() }
        if failure == nil {
            _ = fchown(descriptor, info.st_uid, info.st_gid)   // only root may give a file away; not needed otherwise
            if fsync(descriptor) != 0 { failure = lastError() }
        }
        if close(descriptor) != 0, failure == nil { failure = lastError() }
        if failure == nil, rename(temporary, target) != 0 { failure = lastError() }
        if let failure {
            unlink(temporary)
            throw Failure(message: failure)
        }
        // Make the rename itself durable.
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
