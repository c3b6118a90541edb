import Foundation
import Testing
@testable import ReplyLint

/// Indonesian writes reduplication with a hyphen ("anak-anak"); a pair written with a space
/// may be that or a slip, so it is reported with both readings and never fixed automatically.
@Suite struct ReduplicationTests {
    private func findings(_ body: String, locale: String, configuration: Configuration = Configuration()) throws -> [Diagnostic] {
        let example = RuleExample.reply(locale, body: body)
        let linter = try Linter(configuration: configuration, options: .init(locale: locale))
        return try linter.lint(Array(example.source.utf8), path: "d.eml").diagnostics.filter { $0.rule == "body.repeated-word" }
    }

    @Test func anIndonesianPairIsReportedWithBothReadingsAndNotFixed() throws {
        let found = try findings("Silakan ajak anak anak Anda ke toko kami.", locale: "id")
        #expect(found.count == 1)
        #expect(found.first?.message == "'anak anak' repeats a word; delete one, or write 'anak-anak' if it is a reduplication")
        #expect(found.first?.suggestion == nil)
        #expect(found.first?.isSafeFix == false)
    }

    @Test func anIndonesianRunOfThreeIsStillASafeFix() throws {
        let found = try findings("Dana sudah kami kami kami kembalikan.", locale: "id")
        #expect(found.count == 1)
        #expect(found.first?.suggestion == "")
        #expect(found.first?.isSafeFix == true)
    }

    @Test func otherLanguagesKeepTheSafeFix() throws {
        let found = try findings("Your refund will reach the the card soon.", locale: "en")
        #expect(found.first?.suggestion == "" && found.first?.isSafeFix == true)
    }

    /// Idiomatic doubles are the language's data (`allowed-doubles`), not typos.
    static let idioms: [(String, String)] = [
        ("en", "Bye bye for now; the courier called the route so-so."),
        ("el", "Θα τα στείλουμε σιγά σιγά, λίγο λίγο, κομμάτι κομμάτι, γρήγορα γρήγορα, ένα ένα."),
        ("ro", "Vom trimite coletele încet încet, nu repede repede; a mers așa așa."),
        ("et", "Pakk jõuab kohe kohe; saadame kaupa tasa tasa."),
        ("id", "Paket tiba tiba tertahan. Kami kirim satu satu, pelan pelan, cepat cepat."),
    ]

    @Test(arguments: idioms)
    func anIdiomaticDoubleIsNotATypo(_ locale: String, _ body: String) throws {
        let found = try findings(body, locale: locale)
        #expect(found.isEmpty, "\(locale): \(found.map(\.message))")
    }

    /// The list names idioms, not every adverb: a slip beside one is still reported, and
    /// emphasis by repetition ("very very") is not an idiom.
    static let slips: [(String, String, String)] = [
        ("en", "We are very very sorry about the delay.", "very very"),
        ("el", "Θα τα στείλουμε σιγά σιγά με με το πρώτο δρομολόγιο.", "με με"),
        ("ro", "Vom trimite coletele încet încet cu cu curierul.", "cu cu"),
        ("et", "Pakk jõuab kohe kohe teie teie kontorisse.", "teie teie"),
        ("id", "Kami kirim satu satu ke ke alamat Anda.", "ke ke"),
    ]

    @Test(arguments: slips)
    func aSlipBesideAnIdiomIsStillReported(_ locale: String, _ body: String, _ excerpt: String) throws {
        #expect(try findings(body, locale: locale).map(\.excerpt) == [excerpt])
    }

    @Test func anUnknownValueIsAConfigurationError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-\(UUID().uuidString).yaml")
        try "languages:\n  id:\n    reduplication: sometimes\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: ConfigurationError.self) { try Configuration(contentsOf: url.path) }
        #expect(error?.message == "'sometimes' in reduplication is not 'hyphen' or 'none'")
        #expect(error?.line == 3)
    }
}
