import Foundation
import Testing
@testable import ReplyLintCLI

/// Drafts are read straight into byte arrays; what comes back must be the file, exactly.
@Suite struct DraftInputTests {
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
        #expect(DraftInput.contents(path) == bytes)
    }

    @Test func missingFileAndFolderAreUnreadable() {
        #expect(DraftInput.contents("/no/such/draft.eml") == nil)
        #expect(DraftInput.contents(FileManager.default.temporaryDirectory.path) == nil)
    }
}
