import Testing
@testable import ReplyLint

/// Intercom's `{{attribute | fallback: "text"}}` and the API's `<attribute key default/>`: what
/// renders, and where each syntax error is.
@Suite struct IntercomSyntaxTests {
    static func render(_ source: String) throws -> String {
        var renderer = LiquidRenderer(values: ["first_name": .string("Anna"), "user.first_name": .string("Anna")])
        return renderer.render(try IntercomSyntax.parse(source))
    }

    @Test(arguments: [
        ("Hi {{first_name}},", "Hi Anna,"),
        ("Hi {{ last_name | fallback: \"there\" }},", "Hi there,"),
        ("Hi {{last_name|fallback:'there'}},", "Hi there,"),
        ("<p>Hi <attribute key=\"user.first_name\" default=\"there\"/>,</p>", "<p>Hi Anna,</p>"),
        ("<p>Hi <attribute key=\"user.last_name\" default=\"Tom &amp; Jo\" />,</p>", "<p>Hi Tom & Jo,</p>"),
        ("<p>Hi <attribute default=\"there\" key=\"user.nickname\"></attribute>,</p>", "<p>Hi there,</p>"),
        ("Plan: {{Plan Type | fallback: \"basic\"}}", "Plan: basic"),
        ("<attributes>kept</attributes>", "<attributes>kept</attributes>"),
    ])
    func rendersAsIntercomDoes(_ source: String, _ expected: String) throws {
        #expect(try Self.render(source) == expected)
    }

    @Test func usesArePlacedAndCarryTheirFallback() throws {
        let uses = LiquidUsage(try IntercomSyntax.parse("Hi {{first_name | fallback: \"there\"}} <attribute key=\"user.email\"/>")).uses
        #expect(uses.map(\.path) == ["first_name", "user.email"])
        #expect(uses.map(\.offset) == [3, 38])
        #expect(uses.map(\.width) == [34, 29])
        #expect(uses.map(\.fallback) == ["there", nil])
    }

    @Test(arguments: [
        ("Hi {{first_name", 3, "'{{' is never closed with '}}'"),
        ("Hi {{ }}", 3, "an empty '{{ }}' has no attribute"),
        ("Hi {{first_name | default: \"there\"}}", 18, "'default' is not something Intercom does to an attribute; the one it has is '| fallback: \"…\"'"),
        ("Hi {{first_name | fallback: \"there}}", 28, "a quoted fallback is never closed"),
        ("Hi {{first_name | fallback: there}}", 28, "a fallback is written in quotes: fallback: \"…\""),
        ("Hi {{first_name \"x\"}}", 16, "expected '| fallback:' or '}}' after 'first_name', found '\"'"),
        ("Hi <attribute default=\"there\"/>", 3, "an <attribute> has no key, so no attribute to fill in"),
        ("Hi <attribute key=user.name/>", 14, "'key' in <attribute> has no quoted value"),
        ("Hi <attribute key=\"user.name\"", 3, "'<attribute' is never closed with '/>'"),
    ])
    func syntaxErrorsNameTheirPlace(_ source: String, _ offset: Int, _ message: String) {
        #expect(throws: LiquidError.self) { _ = try IntercomSyntax.parse(source) }
        do {
            _ = try IntercomSyntax.parse(source)
        } catch {
            #expect(error.offset == offset)
            #expect(error.message == message)
        }
    }
}
