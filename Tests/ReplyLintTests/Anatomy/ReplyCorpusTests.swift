import Foundation
import Testing
@testable import ReplyLint

/// The reply-format corpus (`Fixtures/replies/`): one reply per client and language, each with its
/// expected split in `<name>.expected.json`. New text, signature, quoted author and date are exact.
struct ReplyCorpusEntry: Sendable, CustomTestStringConvertible, Decodable {
    var name = ""
    var client: String
    var language: String
    var newText: String
    var signature: String
    var author: String?
    var address: String?
    var date: String?
    /// The decoded Subject, for replies whose header is the point (encoded-words).
    var subject: String?
    var testDescription: String { "\(name) (\(client), \(language))" }

    private enum CodingKeys: String, CodingKey { case client, language, newText, signature, author, address, date, subject }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/replies")

    static let all: [ReplyCorpusEntry] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".eml") }.sorted().compactMap { file in
            let name = String(file.dropLast(4))
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("\(name).expected.json").path),
                  var entry = try? JSONDecoder().decode(ReplyCorpusEntry.self, from: data) else { return nil }
            entry.name = name
            return entry
        }
    }()
}

/// Every major client in each of our five languages: `<client>-<language>.eml` must exist for
/// every cell of this table (other replies, such as a customer's client in German, come on top).
let replyCorpusClients = [
    "gmail-web", "gmail-mobile", "outlook-desktop", "outlook-web", "outlook-mobile", "apple-mail", "apple-ios",
    "thunderbird", "yahoo", "proton", "zendesk", "freshdesk", "helpscout", "front",
]

@Test func replyCorpusIsComplete() throws {
    let emls = try FileManager.default.contentsOfDirectory(atPath: ReplyCorpusEntry.folder.path).filter { $0.hasSuffix(".eml") }
    #expect(ReplyCorpusEntry.all.count == emls.count, "every reply in Fixtures/replies has a readable .expected.json")
    let names = Set(ReplyCorpusEntry.all.map(\.name))
    for client in replyCorpusClients {
        for language in ["en", "el", "ro", "et", "id"] {
            #expect(names.contains("\(client)-\(language)"), "no \(client) reply in \(language)")
        }
    }
    // Customers' clients in languages that are not ours, under an English or Romanian reply.
    let others = ["de", "es", "fr", "it", "ja", "nl", "pl", "pt", "ru", "sv", "tr", "zh"]
    for language in others {
        #expect(names.contains { $0.hasSuffix("-\(language)") }, "no reply quoting a client in \(language)")
    }
    #expect(Set(ReplyCorpusEntry.all.map(\.language)) == ["en", "el", "ro", "et", "id"])
    #expect(ReplyCorpusEntry.all.count >= 130)
}

@Test(arguments: ReplyCorpusEntry.all)
func replyCorpus(_ entry: ReplyCorpusEntry) throws {
    let bytes = try #require(FileManager.default.contents(atPath: ReplyCorpusEntry.folder.appendingPathComponent("\(entry.name).eml").path))
    let draft = try Linter().draft(Array(bytes))
    var newText = draft.newText.map { String($0.text) }
    while newText.last?.trimmingWhitespace.isEmpty == true { newText.removeLast() }
    #expect(draft.language.code == entry.language)
    #expect(newText.joined(separator: "\n") == entry.newText)
    #expect(draft.signature.map { String($0.text) }.joined(separator: "\n") == entry.signature)
    #expect(draft.quoted?.author?.name == entry.author)
    #expect(draft.quoted?.author.flatMap { $0.address.isEmpty ? nil : $0.address } == entry.address)
    #expect(draft.quoted?.date?.iso8601 == entry.date, "\(draft.quoted?.boundary?.evidence ?? [])")
    if let subject = entry.subject { #expect(draft.message.subject?.value == subject) }
}
