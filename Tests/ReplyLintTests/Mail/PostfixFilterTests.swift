import Foundation
import Testing

/// The README's Postfix recipe, run as written against a private Postfix instance: its
/// master.cf lines are read from the README ("In the mail path"), the submission listener's
/// options go onto a listener on 127.0.0.1, and the `replylint` pipe service runs the built
/// binary through pipe(8), re-injecting with `sendmail -G -i`.
@Suite(.serialized, .enabled(if: PostfixInstance.isAvailable, PostfixInstance.unavailable))
struct PostfixFilterTests {
    /// The recipe's master.cf entries: the submission listener's `-o` options and the pipe
    /// service, as one line for `postconf -M`.
    struct Recipe {
        var submissionOptions: [String]
        var filterService: String

        static func fromReadme() throws -> Recipe {
            let readme = try String(contentsOf: BinaryRunner.root.appendingPathComponent("README.md"), encoding: .utf8)
            let section = try #require(readme.components(separatedBy: "\n## In the mail path\n").dropFirst().first)
            let lines = section.components(separatedBy: "\n")
            let start = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "# /etc/postfix/master.cf" })
            let indent = lines[start].prefix { $0 == " " }.count
            var services: [[String]] = []
            for line in lines[(start + 1)...].prefix(while: { $0.trimmingCharacters(in: .whitespaces) != "```" }) {
                let entry = line.dropFirst(indent)
                guard !entry.hasPrefix("#"), !entry.isEmpty else { continue }
                let text = entry.trimmingCharacters(in: .whitespaces)
                if entry.first == " " || entry.first == "\t" { services[services.count - 1].append(text) } else { services.append([text]) }
            }
            let submission = try #require(services.first { $0[0].hasPrefix("submission ") })
            let filter = try #require(services.first { $0[0].hasPrefix("replylint ") })
            return Recipe(submissionOptions: submission.dropFirst().filter { $0.hasPrefix("-o ") }.map { String($0.dropFirst(3)) },
                          filterService: filter.joined(separator: " "))
        }

        /// The pipe service for this machine: the built binary, run as nobody.
        func filterService(binary: String, onFindings: String? = nil) -> String {
            var entry = filterService.replacingOccurrences(of: "/usr/local/bin/replylint", with: binary)
                .replacingOccurrences(of: "user=replylint", with: "user=nobody")
            if let onFindings { entry = entry.replacingOccurrences(of: "--on-findings accept", with: "--on-findings \(onFindings)") }
            return "replylint/unix=" + entry
        }
    }

    static let good = try! Data(contentsOf: BinaryRunner.root.appendingPathComponent("Fixtures/drafts/en-refund-good.eml"))
    static let needsWork = try! Data(contentsOf: BinaryRunner.root.appendingPathComponent("Fixtures/drafts/en-needs-work.eml"))

    /// The header section's lines of a delivered message (unfolded) and its body.
    static func split(_ message: [UInt8]) -> (fields: [String], body: [UInt8]) {
        let text = String(decoding: message, as: UTF8.self)
        let parts = text.components(separatedBy: "\n\n")
        let fields = parts[0].replacingOccurrences(of: "\n ", with: " ").replacingOccurrences(of: "\n\t", with: "\t")
            .components(separatedBy: "\n")
        let headerBytes = parts[0].utf8.count + 2
        return (fields, Array(message[min(headerBytes, message.count)...]))
    }

    static func values(_ name: String, in fields: [String]) -> [String] {
        fields.filter { $0.lowercased().hasPrefix(name.lowercased() + ":") }.map { String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces) }
    }

    @Test func theReadmeRecipeStampsMailDropsForgedVerdictsAndBouncesInRejectMode() throws {
        let recipe = try Recipe.fromReadme()
        #expect(recipe.submissionOptions == ["content_filter=replylint:dummy"])
        let submission = try PostfixInstance.freePort()
        let staging = try FilterBinary.install()
        defer { try? FileManager.default.removeItem(at: staging.folder) }
        let instance = try PostfixInstance(settings: [
            "export_environment=TZ MAIL_CONFIG LANG REPLYLINT_CACHE=\(staging.cache)",
            "127.0.0.1:\(submission)/inet=127.0.0.1:\(submission) inet n - n - - smtpd",
        ] + recipe.submissionOptions.map { "127.0.0.1:\(submission)/inet/\($0)" } + [recipe.filterService(binary: staging.binary)])
        defer { instance.stop() }

        // A good draft is delivered stamped pass, its body byte for byte.
        try instance.send(Array(Self.good), port: submission)
        let first = instance.waitForMessages(in: "alice", count: 1)
        try #require(first.count == 1, "no delivery to alice; the log says:\n\(instance.log)")
        let good = Self.split(first[0])
        #expect(Self.values("X-ReplyLint-Status", in: good.fields).count == 1)
        #expect(Self.values("X-ReplyLint-Status", in: good.fields).first?.hasPrefix("pass errors=0 ") == true)
        #expect(String(decoding: good.body, as: UTF8.self) == String(decoding: Self.split(Array(Self.good)).body, as: UTF8.self))

        // A draft with placeholders and a forged pass is delivered stamped fail; the forgery is gone.
        let forged = Array("X-ReplyLint-Status: pass errors=0 warnings=0 infos=0\nx-replylint-report: none,\n\tall good\n".utf8) + Array(Self.needsWork)
        try instance.send(forged, port: submission)
        let second = instance.waitForMessages(in: "alice", count: 2)
        try #require(second.count == 2, "no second delivery to alice; the log says:\n\(instance.log)")
        let bad = Self.split(second[1])
        #expect(Self.values("X-ReplyLint-Status", in: bad.fields).count == 1)
        #expect(Self.values("X-ReplyLint-Status", in: bad.fields).first?.hasPrefix("fail errors=2 ") == true)
        #expect(Self.values("X-ReplyLint-Report", in: bad.fields).count == 1)
        #expect(Self.values("X-ReplyLint-Report", in: bad.fields).first?.hasPrefix("body.placeholder, ") == true)
        #expect(String(decoding: bad.body, as: UTF8.self) == String(decoding: Self.split(Array(Self.needsWork)).body, as: UTF8.self))

        // Mail not sent through the submission listener is not filtered.
        try instance.send(Array(Self.good), to: "bob@example.test")
        let direct = instance.waitForMessages(in: "bob", count: 1)
        try #require(direct.count == 1, "no delivery to bob; the log says:\n\(instance.log)")
        #expect(Self.values("X-ReplyLint-Status", in: Self.split(direct[0]).fields).isEmpty)

        // In reject mode the draft bounces to its sender with 5.7.1; a good one still goes through.
        try instance.set([recipe.filterService(binary: staging.binary, onFindings: "reject")])
        try instance.send(Array(Self.needsWork), port: submission)
        let bounces = instance.waitForMessages(in: "jo", count: 1)
        try #require(bounces.count == 1, "no bounce to jo; the log says:\n\(instance.log)")
        let bounce = String(decoding: bounces[0], as: UTF8.self)
        #expect(bounce.contains("5.7.1"))
        #expect(bounce.contains("replylint found 2 error-level findings (body.placeholder"))
        try instance.send(Array(Self.good), port: submission)
        let third = instance.waitForMessages(in: "alice", count: 3)
        #expect(third.count == 3)
        #expect(third.dropFirst(2).allSatisfy { Self.values("X-ReplyLint-Status", in: Self.split($0).fields).first?.hasPrefix("pass") == true })
        #expect(instance.log.contains("status=bounced"))
    }
}

/// The built `replylint` and its resource bundles copied where pipe(8)'s unprivileged user
/// can run it, with a dictionary cache it can read, warmed by one run.
struct FilterBinary {
    var folder: URL
    var binary: String
    var cache: String

    static func install() throws -> FilterBinary {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("replylint-filter-\(UUID().uuidString.prefix(8))")
        let bin = folder.appendingPathComponent("bin"), cache = folder.appendingPathComponent("cache")
        try fm.createDirectory(at: bin, withIntermediateDirectories: true)
        try fm.createDirectory(at: cache, withIntermediateDirectories: true)
        let built = BinaryRunner.binary.deletingLastPathComponent()
        for name in try fm.contentsOfDirectory(atPath: built.path) where name == "replylint" || name.hasSuffix(".resources") {
            try fm.copyItem(at: built.appendingPathComponent(name), to: bin.appendingPathComponent(name))
        }
        let binary = bin.appendingPathComponent("replylint").path
        _ = try? PostfixInstance.shell(["REPLYLINT_CACHE=\(cache.path)", binary, "check", BinaryRunner.root.appendingPathComponent("Fixtures/drafts/en-refund-good.eml").path])
        try PostfixInstance.shell(["chmod", "-R", "a+rX", folder.path])
        return FilterBinary(folder: folder, binary: binary, cache: cache.path)
    }
}
