import Foundation
import Testing
@testable import ReplyLint

/// The tag scanner and the checks of `templates check` that the broken fixture library leaves out.
@Suite struct TemplateCheckerTests {
    @Test func scannerFindsTagsWithPositionsAndGuards() {
        let tags = MustacheTag.scan("Hi {{name}},\n{{#amount}}{{ amount }}{{/amount}} {{^note}}{{note}}{{/note}}\n{{> signoff}}{{! comment }}{{{raw}}}{{&amp}}{{=<% %>=}}<%late%>{{not}}")
        #expect(tags.map(\.name) == ["name", "amount", "amount", "note", "note", "signoff", "raw", "amp", "late"])
        #expect(tags.map(\.kind) == [.variable, .section, .variable, .invertedSection, .variable, .partial, .variable, .variable, .variable])
        #expect(tags.map(\.line) == [1, 2, 2, 2, 2, 3, 3, 3, 3])
        #expect(tags.map(\.column) == [4, 1, 12, 36, 45, 1, 28, 37, 56])
        #expect(tags[2].guards == ["amount"])
        #expect(tags[4].guards.isEmpty, "an inverted section does not guard")
    }

    @Test func scannerReadsDottedNamesAndTransforms() {
        #expect(MustacheTag.scan("{{order.id}}{{uppercased(name)}}{{.}}").map(\.name) == ["order", "name"])
    }

    static func check(_ files: [String: String]) throws -> [String: [Diagnostic]] {
        let folder = try TemporaryFolder(files)
        let reports = try #require(TemplateChecker().check(directory: folder.path))
        return Dictionary(uniqueKeysWithValues: reports.map { (($0.path as NSString).lastPathComponent, $0.diagnostics) })
    }

    static func file(_ id: String, locale: String = "en", variables: String = "", body: String) -> String {
        "---\nid: \(id)\nlocale: \(locale)\ndescription: x\nvariables:\n  customer_first_name: { type: name, required: true, example: Anna }\n\(variables)---\nSubject: Your order\n\n\(body)"
    }

    static let signoff = "\n\nKind regards,\n{{agent_name}}\n"

    @Test func aCleanTemplateHasNoFindings() throws {
        let findings = try Self.check(["ok.en.mustache": Self.file("ok", body: "Dear {{customer_first_name}},\n\nYour order is on its way." + Self.signoff)])
        #expect(findings["ok.en.mustache"] == [])
    }

    @Test func sectionsGuardOptionalValuesAndVocativesCountAsUses() throws {
        let body = "Dear {{customer_first_name_vocative}},\n\n{{#code}}Your code is {{code}}.{{/code}} Thanks." + Self.signoff
        let findings = try Self.check(["ok.en.mustache": Self.file("ok", variables: "  code: { type: string }\n", body: body)])
        #expect(findings["ok.en.mustache"] == [])
    }

    @Test func partialsAreFollowed() throws {
        let findings = try Self.check([
            "ok.en.mustache": Self.file("ok", variables: "  code: { type: string }\n", body: "Dear {{customer_first_name}},\n\nThanks.\n{{#code}}{{> voucher}}{{/code}}\n{{> signoff}}\n"),
            "partials/voucher.mustache": "Your code is {{code}}.",
            "partials/signoff.en.mustache": "Kind regards,\n{{agent_name}} {{agent_typo}}",
        ])
        #expect(findings["ok.en.mustache"]?.map(\.rule) == ["template.undeclared"])
        #expect(findings["ok.en.mustache"]?.first?.message == "'agent_typo' (in partial 'signoff') is not declared in the front matter's variables")
        #expect(findings["ok.en.mustache"]?.first?.line == 15)
        #expect(findings["ok.en.mustache"]?.first?.column == 1)
    }

    @Test func aTemplateThatNeverNamesTheCustomerIsAWarning() throws {
        let text = "---\nid: cold\nlocale: en\ndescription: x\n---\nSubject: News\n\nHello,\n\nOur shop opens at nine." + Self.signoff
        let findings = try Self.check(["cold.en.mustache": text])
        #expect(findings["cold.en.mustache"]?.map(\.rule) == ["template.personalisation"])
        #expect(findings["cold.en.mustache"]?.first?.severity == .warning)
    }

    @Test func anIdMissingALanguageOthersHaveIsAWarningOnItsDefaultVariant() throws {
        let body = "Dear {{customer_first_name}},\n\nThanks." + Self.signoff
        let greek = "Αγαπητή {{customer_first_name}},\n\nΕυχαριστούμε.\n\nΜε εκτίμηση,\n{{agent_name}}\n"
        let findings = try Self.check([
            "a.en.mustache": Self.file("a", body: body),
            "a.el.mustache": Self.file("a", locale: "el", body: greek),
            "b.en.mustache": Self.file("b", body: body),
            "b.en-GB.mustache": Self.file("b", locale: "en-GB", body: body),
        ])
        #expect(findings["a.en.mustache"] == [])
        #expect(findings["b.en-GB.mustache"] == [])
        let warning = try #require(findings["b.en.mustache"]?.first)
        #expect(warning.rule == "template.locale-missing")
        #expect(warning.message == "'b' has no el variant; other templates have one")
        #expect((warning.line, warning.column) == (3, 9))
    }

    @Test func anUnreadableFolderHasNoReport() {
        #expect(TemplateChecker().check(directory: "/no/such/folder") == nil)
    }

    /// Examples go through the composer's own helpers: what `compose` would send is what is checked.
    @Test func examplesAreFilledAsComposeFillsThem() throws {
        let variables = "  customer_last_name: { type: name, example: Παπαδόπουλος }\n  refund_date: { type: date, example: 2026-11-19 }\n"
            + "  amount: { type: money, example: \"89.00 EUR\" }\n"
        let text = Self.file("refund", locale: "el", variables: variables, body: "Γεια σας, {{customer_first_name_vocative}}!\n\nΤα {{amount}} επιστρέφονται έως τις {{refund_date}}." + Self.signoff)
            .replacingOccurrences(of: "example: Anna", with: "example: Νίκος")
        let folder = try TemporaryFolder(["refund.el.mustache": text])
        let template = try #require(TemplateFolder.read(folder.path)?.files.first?.template)
        let values = try TemplateExampleValues.composed.make(template, ["customer_first_name": "Νίκος", "customer_last_name": "Παπαδόπουλος",
                                                                        "refund_date": "2026-11-19", "amount": "89.00 EUR"])
        #expect(values["customer_first_name_vocative"] == "Νίκο")
        #expect(values["customer_last_name_vocative"] == "Παπαδόπουλε")
        #expect(values["refund_date"] == "19 Νοεμβρίου 2026")
        #expect(values["amount"]?.hasSuffix("€") == true && values["amount"]?.contains("89,00") == true)
        #expect(values["greeting_time"] == "Καλησπέρα σας")
        #expect(values["today"] == "16 Νοεμβρίου 2026")
    }

    @Test func anExampleValueNotOfItsTypeDoesNotRender() throws {
        let findings = try Self.check(["ok.en.mustache": Self.file("ok", variables: "  refund_date: { type: date, required: true, example: next Tuesday }\n",
                                                                   body: "Dear {{customer_first_name}},\n\nBy {{refund_date}}." + Self.signoff)])
        #expect(findings["ok.en.mustache"]?.map(\.message)
            == ["example 1 does not render: value of 'refund_date': 'next Tuesday' is not a date (YYYY-MM-DD) or an RFC 3339 date and time"])
    }

    @Test func theExampleValuesCanBeReplaced() throws {
        let folder = try TemporaryFolder(["ok.en.mustache": Self.file("ok", body: "Dear {{customer_first_name}},\n\nThanks." + Self.signoff)])
        let failing = TemplateExampleValues { _, _ throws(ComposeError) in throw .badValue(name: "x", message: "not a date") }
        let report = try #require(TemplateChecker(exampleValues: failing).check(directory: folder.path))
        #expect(report[0].diagnostics.map(\.message) == ["example 1 does not render: value of 'x': not a date"])
    }
}
