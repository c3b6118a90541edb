import Foundation
import Testing
@testable import ReplyLint

/// The product's promise: well-written replies get no warnings or errors, in every language,
/// and few infos (Fixtures/README.md lists the replies: situations, registers and clients).
enum GoodReplies {
    static let folder = BinaryRunner.root.appendingPathComponent("Fixtures/drafts")
    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix("-good.eml") }.sorted()
    static let languages = ["en", "el", "ro", "et", "id"]

    /// Each reply linted once for every test here.
    static let reports: [String: Result<FileReport, any Error>] = {
        let linter = Result { try Linter() }
        return Dictionary(uniqueKeysWithValues: files.map { file in
            (file, Result { try linter.get().lint([UInt8](Data(contentsOf: folder.appendingPathComponent(file))), path: file) })
        })
    }()

    static func files(in language: String) -> [String] { files.filter { $0.hasPrefix("\(language)-") } }
}

@Test(arguments: GoodReplies.languages)
func twelveGoodRepliesPerLanguage(_ language: String) {
    #expect(GoodReplies.files(in: language).count >= 12)
}

@Test(arguments: GoodReplies.files)
func goodReplyHasNoWarningsOrErrors(_ file: String) throws {
    let report = try #require(GoodReplies.reports[file]).get()
    let noisy = report.diagnostics.filter { $0.severity != .info }
    #expect(noisy.isEmpty, "\(noisy.map { "\($0.line):\($0.column) \($0.message) [\($0.rule)]" })")
}

/// Infos on good replies are false more often than not: under one in two drafts on average.
@Test(arguments: GoodReplies.languages)
func goodRepliesAverageUnderHalfAnInfo(_ language: String) throws {
    let files = GoodReplies.files(in: language)
    try #require(!files.isEmpty)
    var total = 0
    for file in files {
        let infos = try #require(GoodReplies.reports[file]).get().diagnostics.filter { $0.severity == .info }
        total += infos.count
        print("\(file): \(infos.count) infos\(infos.isEmpty ? "" : " (\(infos.map(\.rule).joined(separator: ", ")))")")
    }
    let average = Double(total) / Double(files.count)
    print("\(language): \(total) infos on \(files.count) good replies, \(String(format: "%.2f", average)) per reply")
    #expect(average < 0.5, "\(language): \(total) infos on \(files.count) good replies")
}
