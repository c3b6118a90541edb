import Foundation
import Testing

/// Every malformed or unusual message: `check` exits 0, 1 or 2 and never crashes.
enum Malformed {
    static let files: [String] = {
        let folder = BinaryRunner.root.appendingPathComponent("Fixtures/malformed")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
    }()
}

@Test func malformedCorpusIsLargeEnough() {
    #expect(Malformed.files.count >= 40)
}

@Test func checkSurvivesEveryMalformedMessage() throws {
    // One run over the whole folder, then each file alone for its exit code.
    let all = try BinaryRunner.run(["check", "--format", "json", "Fixtures/malformed"])
    #expect(!all.crashed)
    #expect([0, 1, 2].contains(all.status), "status \(all.status): \(all.stderr)")
    for file in Malformed.files {
        let result = try BinaryRunner.run(["check", "Fixtures/malformed/\(file)"])
        #expect(!result.crashed, "\(file) crashed: \(result.stderr)")
        #expect([0, 1, 2].contains(result.status), "\(file): status \(result.status)")
        if result.status == 2 {
            #expect(result.stderr.split(separator: "\n").count == 1, "\(file): \(result.stderr)")
            #expect(result.stderr.hasPrefix("replylint: error: Fixtures/malformed/\(file): "))
        }
    }
}
