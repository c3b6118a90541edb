import Foundation
import Testing
@testable import ReplyLint

/// The product's promise: well-written replies get no warnings or errors, in every language.
enum GoodReplies {
    static let folder = BinaryRunner.root.appendingPathComponent("Fixtures/drafts")
    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix("-good.eml") }.sorted()
}

@Test(arguments: ["en", "el", "ro", "et", "id"])
func sixGoodRepliesPerLanguage(_ language: String) {
    #expect(GoodReplies.files.filter { $0.hasPrefix("\(language)-") }.count >= 6)
}

@Test(arguments: GoodReplies.files)
func goodReplyHasNoWarningsOrErrors(_ file: String) throws {
    let bytes = try [UInt8](Data(contentsOf: GoodReplies.folder.appendingPathComponent(file)))
    let report = try Linter().lint(bytes, path: file)
    let noisy = report.diagnostics.filter { $0.severity != .info }
    #expect(noisy.isEmpty, "\(noisy.map { "\($0.line):\($0.column) \($0.message) [\($0.rule)]" })")
}
