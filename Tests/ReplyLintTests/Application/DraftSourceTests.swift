import Foundation
import Testing
@testable import ReplyLint

/// Drafts are read straight into byte arrays; what comes back must be the file, exactly.
@Suite struct DraftSourceTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-input-\(UUID().uuidString).eml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [0, 1, 4095, 4096, 70_000, 300_001])
    func readsEveryByte(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(DraftSource.contents(path) == .success(bytes))
        #expect(DraftSource.file(path).read(limit: size) == .success(bytes))
    }

    @Test(arguments: [("x", ""), ("a/", ""), ("ab", ""), ("dir/x", "dir"), ("/x", "/"), ("/", "/"), ("a//b", "a"),
                      ("/srv/mail/draft.eml", "/srv/mail"), ("dir/sub/", "dir"), ("", "")])
    func folderPartIsWhatFoundationWouldSay(path: String, folder: String) {
        #expect(folderPart(of: path) == folder)
    }

    @Test func oneCharacterNamesAreUsable() {
        // NSString.deletingLastPathComponent traps on these on Linux.
        #expect(DraftSource.file("x").displayName == "x")
        #expect(DraftSource.bytes([], name: "Q").directory == FileManager.default.currentDirectoryPath)
        #expect(DraftSource.standardInput(name: "y").directory == FileManager.default.currentDirectoryPath)
    }

    @Test func missingFileAndFolderAreUnreadable() {
        #expect(DraftSource.contents("/no/such/draft.eml") == .failure(.unreadable))
        #expect(DraftSource.contents(FileManager.default.temporaryDirectory.path) == .failure(.unreadable))
    }

    @Test func aFileOverTheLimitIsNotRead() throws {
        let path = try temporaryFile(Array(repeating: 0x41, count: 5000))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(DraftSource.contents(path, limit: 4999) == .failure(.tooLarge(bytes: 5000)))
        #expect(DraftSource.file(path).read(limit: 4999)
            == .failure(LintFailure(.overLimit, path, "message is 5000 bytes; the limit is 4999")))
    }

    @Test func aStreamOverTheLimitIsCountedNotKept() throws {
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(repeating: 0x42, count: 200_000))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        #expect(DraftSource.readStream(pipe.fileHandleForReading.fileDescriptor, limit: 100_000) == .failure(.tooLarge(bytes: 200_000)))
    }

    @Test func aStreamWithinTheLimitIsRead() throws {
        let pipe = Pipe()
        let bytes = (0..<150_000).map { UInt8(truncatingIfNeeded: $0) }
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        #expect(DraftSource.readStream(pipe.fileHandleForReading.fileDescriptor, limit: 150_000) == .success(bytes))
    }

    /// A file past the 50 MB limit is refused from its size, before a byte of it is read.
    @Test func checkRefusesAnOversizedFileWithoutReadingIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-big-\(UUID().uuidString).eml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 * 1024 * 1024 + 1)   // sparse: no disk space, no data
        try handle.close()
        let result = try BinaryRunner.run(["check", path])
        #expect(result.status == 2)
        #expect(result.stderr == "replylint: error: \(path): message is 52428801 bytes; the limit is 52428800\n")
        #expect(result.stdout.isEmpty)
    }
}
