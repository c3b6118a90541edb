import Foundation
import Testing
@testable import ReplyLint

/// The fold table kept in the cache folder (`FoldTable+Cache`) is the table Foundation builds,
/// and a file that is not exactly one is ignored and written again.
@Suite struct FoldTableCacheTests {
    @Test func theCachedTableIsTheBuiltOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-fold-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let built = FoldTable()
        #expect(FoldTable(archive: built.archive()) == built)
        #expect(FoldTable.cached(in: folder) == built)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count == 1 && names[0].hasPrefix("fold-"), "\(names)")
        let path = folder + "/" + names[0]
        let whole = try #require(FileManager.default.contents(atPath: path))
        #expect(FoldTable.cached(in: folder) == built)
        for damaged in [whole.prefix(whole.count - 1), whole + Data([0]), Data()] {
            #expect(FoldTable(archive: [UInt8](damaged)) == nil)
            try damaged.write(to: URL(fileURLWithPath: path))
            #expect(FoldTable.cached(in: folder) == built)
            #expect(FileManager.default.contents(atPath: path) == whole)
        }
    }
}
