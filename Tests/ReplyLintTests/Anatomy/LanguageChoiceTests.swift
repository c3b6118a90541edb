import Testing
@testable import ReplyLint

/// Which language a draft is read in when its Content-Language (a client's interface
/// language) or the config's default says one thing and the text another.
struct LanguageChoiceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let header: String?
        let configLocale: String?
        let body: String
        let language: String
        let source: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "Romanian reply from an English Outlook", header: "en-US", configLocale: nil, body: """
            Bună ziua, doamna Ionescu,

            Vă mulțumim pentru răbdare. Am verificat comanda dumneavoastră și rambursarea a fost deja \
            efectuată astăzi. Suma va apărea în contul dvs. în cel mult cinci zile lucrătoare.

            Dacă aveți întrebări, vă rugăm să ne scrieți.

            Cu stimă,
            Andrei Pop
            """, language: "ro", source: "detected"),
        Case(name: "Greek reply from an English client", header: "en-GB", configLocale: nil, body: """
            Καλησπέρα σας κυρία Δημητρίου,

            σας ευχαριστούμε για την υπομονή σας. Η παραγγελία σας έχει ήδη σταλεί και θα τη λάβετε \
            εντός δύο εργάσιμων ημερών.

            Με εκτίμηση,
            Ελένη
            """, language: "el", source: "detected"),
        Case(name: "Estonian reply under en-US", header: "en-US", configLocale: nil, body: """
            Tere, Kadri!

            Täname teid kannatlikkuse eest. Kontrollisime teie tellimuse üle ja saatsime selle juba \
            täna teele. Pakk jõuab teieni kahe tööpäeva jooksul, palun andke teada, kui see ei saabu.

            Lugupidamisega
            Mart Kask
            """, language: "et", source: "detected"),
        Case(name: "Indonesian reply under en-US", header: "en-US", configLocale: nil, body: """
            Halo Ibu Sari,

            Terima kasih atas kesabaran Ibu. Kami sudah memeriksa pesanan Ibu dan paket tersebut \
            telah dikirim hari ini. Mohon tunggu dua hari kerja, dan jika belum sampai silakan hubungi kami lagi.

            Salam hangat,
            Rudi
            """, language: "id", source: "detected"),
        Case(name: "English reply from a Greek client", header: "el-GR", configLocale: nil, body: """
            Hi Nikos,

            Thanks for your patience. I have checked your order and it was shipped today, so you \
            should have it within two working days. If it does not arrive by then, please let me know.

            Best regards,
            Maria
            """, language: "en", source: "detected"),
        Case(name: "English reply from a Romanian Thunderbird", header: "ro", configLocale: nil, body: """
            Dear Mr Smith,

            Thank you for writing to us. We have looked into the delay and your refund was issued \
            this morning; it will reach your card in three to five working days.

            Kind regards,
            Ioana
            """, language: "en", source: "detected"),
        Case(name: "Romanian text over the config's English default", header: nil, configLocale: "en", body: """
            Bună ziua,

            Vă mulțumim pentru mesaj. Comanda a fost trimisă astăzi și va ajunge la dumneavoastră \
            în două zile lucrătoare.

            Cu stimă,
            Echipa
            """, language: "ro", source: "detected"),
        // Too short or too mixed to overrule what the header says.
        Case(name: "a short thanks keeps the header", header: "en-US", configLocale: nil,
             body: "Mulțumesc!\n\nAna\n", language: "en", source: "content-language"),
        Case(name: "a short Greek line keeps the header", header: "en-US", configLocale: nil,
             body: "Ευχαριστώ!\n", language: "en", source: "content-language"),
        Case(name: "two words of Indonesian keep the header", header: "ro", configLocale: nil,
             body: "Terima kasih.\n", language: "ro", source: "content-language"),
        Case(name: "an English reply with a Romanian address keeps English", header: "en", configLocale: nil, body: """
            Hi Ion,

            Your parcel is at the depot on Strada Unirii and the courier will bring it today.

            Best,
            Jo
            """, language: "en", source: "content-language"),
        Case(name: "the text agrees with the header", header: "ro-RO", configLocale: nil, body: """
            Bună ziua,

            Vă mulțumim pentru mesaj. Comanda a fost trimisă astăzi.
            """, language: "ro", source: "content-language"),
        Case(name: "a short reply keeps the config's default", header: nil, configLocale: "et",
             body: "Aitäh, Mari!\n", language: "et", source: "config"),
    ]

    static func draft(_ example: Case) throws -> Draft {
        var configuration = Configuration()
        configuration.locale = example.configLocale
        let header = example.header.map { "Content-Language: \($0)\n" } ?? ""
        let source = "From: Agent <agent@shop.example>\nTo: Customer <c@example.org>\nSubject: Your order\n\(header)\n\(example.body)"
        return try Linter(configuration: configuration).draft(Array(source.utf8))
    }

    @Test(arguments: cases)
    func choosesTheLanguage(_ example: Case) throws {
        let draft = try Self.draft(example)
        #expect(draft.language.code == example.language)
        #expect(draft.languageSource == example.source)
    }

    @Test func theReasonNamesWhatWasOverruled() throws {
        let draft = try Self.draft(Self.cases[0])
        #expect(draft.languageReason.hasPrefix("the text is Romanian"))
        #expect(draft.languageReason.contains("not Content-Language 'en-US'"))
        let short = try Self.draft(Self.cases.first { $0.name == "a short thanks keeps the header" }!)
        #expect(short.languageReason == "Content-Language 'en-US'; the text is too short to tell")
    }

    @Test func overruledRegionIsDropped() throws {
        let draft = try Self.draft(Self.cases.first { $0.name.hasPrefix("English reply from a Greek") }!)
        #expect(draft.region == nil)
    }

    @Test func theOptionAlwaysWins() throws {
        var options = DraftOptions()
        options.locale = "en"
        let source = "From: a@x.example\nTo: b@y.example\nSubject: x\n\n\(Self.cases[0].body)"
        let draft = try Linter(options: options).draft(Array(source.utf8))
        #expect(draft.language.code == "en")
        #expect(draft.languageSource == "option")
    }
}
