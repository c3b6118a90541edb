import Testing
@testable import ReplyLint

/// Filling a template: strict about missing values, literal about the values it is given.
@Suite struct TemplateRenderTests {
    static func template(_ body: String, subject: String = "Order {{order_id}}", locale: String = "en",
                         variables: [TemplateVariable] = TemplateRenderTests.variables, headers: [TemplateHeader] = []) -> Template {
        Template(id: "refund", locale: locale, description: "", tags: [], variables: variables, examples: [],
                 headers: [TemplateHeader(name: "Subject", value: subject, line: 8, column: 10)] + headers,
                 body: body, path: "refund.\(locale).mustache", bodyLine: 10)
    }

    static let variables = [
        TemplateVariable(name: "customer_first_name", kind: .name, required: true),
        TemplateVariable(name: "order_id", kind: .string, required: true),
        TemplateVariable(name: "amount", kind: .money, required: false, fallback: "the full amount"),
        TemplateVariable(name: "note", kind: .string, required: false),
    ]

    static let empty = TemplateLibrary(templates: [], partials: [:])
    static let values = ["customer_first_name": "Anna", "order_id": "A-1042"]

    @Test func rendersHeadersAndBody() throws {
        let rendered = try Self.template("Dear {{customer_first_name}}, {{amount}}.\n").render(Self.values, library: Self.empty)
        #expect(rendered.headers.map(\.name) == ["Subject"])
        #expect(rendered.headers[0].value == "Order A-1042")
        #expect(rendered.body == "Dear Anna, the full amount.\n")
        #expect(rendered.locale == "en")
    }

    /// Every way a required value can be missing.
    @Test(arguments: [nil, "", "   ", "\t\n", "nil", "null", "NULL", " null "] as [String?])
    func aMissingRequiredValueIsAnError(_ value: String?) {
        var values = Self.values
        values["order_id"] = value
        #expect(throws: ComposeError.missingValues(template: "refund", names: ["order_id"])) {
            try Self.template("{{order_id}}").render(values, library: Self.empty)
        }
    }

    @Test func everyMissingValueIsNamedInDeclarationOrder() {
        #expect(throws: ComposeError.missingValues(template: "refund", names: ["customer_first_name", "order_id"])) {
            try Self.template("x").render(["order_id": "null", "customer_first_name": " "], library: Self.empty)
        }
    }

    @Test(arguments: [nil, "", "nil", "null"] as [String?])
    func optionalValuesTakeTheirFallbackOrNothing(_ value: String?) throws {
        var values = Self.values
        values["amount"] = value
        values["note"] = value
        let rendered = try Self.template("[{{amount}}][{{note}}]{{#note}}never{{/note}}").render(values, library: Self.empty)
        #expect(rendered.body == "[the full amount][]")
    }

    @Test func givenOptionalValuesWin() throws {
        let values = Self.values.merging(["amount": "40,00 €", "note": "Thanks"]) { $1 }
        let rendered = try Self.template("{{amount}} {{#note}}({{note}}){{/note}}").render(values, library: Self.empty)
        #expect(rendered.body == "40,00 € (Thanks)")
    }

    @Test func nilAndNullNeverAppearEvenForUndeclaredValues() throws {
        let values = Self.values.merging(["extra": "null", "other": "nil"]) { $1 }
        let rendered = try Self.template("[{{extra}}][{{other}}]").render(values, library: Self.empty)
        #expect(rendered.body == "[][]")
    }

    @Test(arguments: ["{{customer_first_name}}", "{{> signoff}}", "{{#x}}y{{/x}}", "{{=<% %>=}}", "{{{raw}}}"])
    func valuesWithMustacheSyntaxComeOutLiterally(_ value: String) throws {
        let values = Self.values.merging(["note": value]) { $1 }
        let library = TemplateLibrary(templates: [], partials: ["signoff": ["": "SIGNED"]])
        let rendered = try Self.template("{{note}}|{{{note}}}|{{&note}}").render(values, library: library)
        #expect(rendered.body == "\(value)|\(value)|\(value)")
    }

    @Test func nothingIsHTMLEscaped() throws {
        let values = Self.values.merging(["note": #"<b> & "quoted" 'single'"#]) { $1 }
        let library = TemplateLibrary(templates: [], partials: ["p": ["": "{{note}}"]])
        let rendered = try Self.template("{{note}} {{> p}}", subject: "{{note}}").render(values, library: library)
        #expect(rendered.body == #"<b> & "quoted" 'single' <b> & "quoted" 'single'"#)
        #expect(rendered.headers[0].value == #"<b> & "quoted" 'single'"#)
    }

    @Test(arguments: ["A-1\r\nBcc: all@example.com", "A-1\nX", "A-1\rX"])
    func aLineBreakInAHeaderValueIsRefused(_ value: String) {
        let values = Self.values.merging(["order_id": value]) { $1 }
        #expect(throws: ComposeError.headerInjection(header: "Subject", variable: "order_id")) {
            try Self.template("fine").render(values, library: Self.empty)
        }
    }

    @Test func aLineBreakFromAPartialInAHeaderIsRefused() {
        let library = TemplateLibrary(templates: [], partials: ["brand": ["": "Shop\nBcc: x@example.com"]])
        #expect(throws: ComposeError.headerInjection(header: "Reply-To", variable: "brand")) {
            try Self.template("fine", headers: [TemplateHeader(name: "Reply-To", value: "{{> brand}}", line: 9, column: 11)])
                .render(Self.values, library: library)
        }
    }

    @Test func aLineBreakInABodyValueIsKept() throws {
        let values = Self.values.merging(["note": "line one\nline two"]) { $1 }
        #expect(try Self.template("{{note}}").render(values, library: Self.empty).body == "line one\nline two")
    }

    /// Partials: the template's locale, its language, then the one for every language.
    @Test(arguments: [
        ("en-GB", ["en-GB": "GB", "en": "EN", "": "ANY"], "GB"),
        ("en-GB", ["en": "EN", "": "ANY"], "EN"),
        ("en-GB", ["el": "EL", "": "ANY"], "ANY"),
        ("el", ["en": "EN", "el": "EL"], "EL"),
    ] as [(String, [String: String], String)])
    func partialsFollowTheLocale(_ locale: String, variants: [String: String], expected: String) throws {
        let library = TemplateLibrary(templates: [], partials: ["signoff": variants])
        let rendered = try Self.template("{{> signoff}}", locale: locale).render(Self.values, library: library)
        #expect(rendered.body == expected)
    }

    @Test func aPartialWithNoVariantIsAnError() {
        let library = TemplateLibrary(templates: [], partials: ["signoff": ["en": "EN"]])
        #expect(throws: ComposeError.invalidTemplate(path: "refund.el.mustache", line: 11, column: 3,
                                                    message: "partial signoff has no variant for 'el'")) {
            try Self.template("Hi\n  {{> signoff}}", locale: "el").render(Self.values, library: library)
        }
    }

    /// Templates: region, then language, then the library default.
    @Test(arguments: [
        ("en-GB", "en-GB"), ("en-gb", "en-GB"), ("en-US", "en"), ("el", "el"), ("el-CY", "el"), ("ro", "en"), (nil, "en"),
    ] as [(String?, String)])
    func variantsFollowTheLocale(_ requested: String?, expected: String) throws {
        let library = TemplateLibrary(templates: ["en", "en-GB", "el"].map { Self.template("x", locale: $0) }, partials: [:])
        #expect(try library.variant(id: "refund", locale: requested).locale == expected)
    }

    @Test func unknownTemplatesAndMissingVariantsAreErrors() {
        let library = TemplateLibrary(templates: [Self.template("x", locale: "el")], partials: [:])
        #expect(throws: ComposeError.unknownTemplate(id: "refnud", available: ["refund"])) {
            try library.variant(id: "refnud", locale: "el")
        }
        #expect(throws: ComposeError.noVariant(id: "refund", locale: "ro")) {
            try library.variant(id: "refund", locale: "ro")
        }
    }

    @Test func aTemplateLoadedFromAFolderRendersFromItsCache() throws {
        let folder = try TemporaryFolder([
            "refund.en.mustache": TemplateLoaderTests.good,
            "partials/signoff.mustache": "Kind regards",
        ])
        let (library, errors) = TemplateLibrary.load(folder.path)
        #expect(errors.isEmpty)
        let rendered = try library.variant(id: "refund", locale: "en-GB").render(["customer_first_name": "Anna"], library: library)
        #expect(rendered.body == "Dear Anna,\n")
        #expect(rendered.headers.map(\.value) == ["Your refund", "billing@example.com"])
    }
}

extension TemplateRenderTests {
    @Test func aPartialThatIncludesItselfIsRefusedNotRenderedForEver() {
        let library = TemplateLibrary(templates: [], partials: ["a": ["": "A {{> b}}"], "b": ["": "{{#order_id}}{{> a}}{{/order_id}}"]])
        #expect(throws: ComposeError.invalidTemplate(path: "refund.en.mustache", line: 10, column: 1,
                                                    message: "partial 'a' → 'b' → 'a' includes itself")) {
            try Self.template("{{> a}}").render(Self.values, library: library)
        }
    }

    /// Mustache's inheritance tags and odd input render or fail, but never stop the process.
    @Test(arguments: ["{{$block}}default{{/block}}", "{{<a}}{{$block}}x{{/block}}{{/a}}", "{{>*order_id}}", "{{=| |=}}|order_id|",
                      "{{uppercased(order_id)}}", "{{order_id.count}}"])
    func unusualTagsDoNotTrap(_ body: String) throws {
        let library = TemplateLibrary(templates: [], partials: ["a": ["": "[{{$block}}base{{/block}}]"]])
        _ = try? Self.template(body).render(Self.values, library: library)
    }
}
