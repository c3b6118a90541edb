import Testing
@testable import ReplyLint

/// Help Scout's `{%variable,fallback=text%}`: what renders, and where each syntax error is.
@Suite struct HelpScoutSyntaxTests {
    static func render(_ source: String, _ values: [String: LiquidValue] = ["customer.firstName": .string("Anna")]) throws -> String {
        var renderer = LiquidRenderer(values: values)
        return renderer.render(try HelpScoutSyntax.parse(source))
    }

    @Test(arguments: [
        ("Hi {%customer.firstName%},", "Hi Anna,"),
        ("Hi {%customer.lastName,fallback=there%},", "Hi there,"),
        ("Hi {% customer.firstName , fallback=there %},", "Hi Anna,"),
        ("Hi {%customer.lastName,fallback=%},", "Hi ,"),
        ("50% off {%customer.firstName%}", "50% off Anna"),
        ("<p>{%customer.lastName,fallback=dear customer%}</p>", "<p>dear customer</p>"),
    ])
    func rendersAsHelpScoutDoes(_ source: String, _ expected: String) throws {
        #expect(try Self.render(source) == expected)
    }

    /// A variable's finding covers the whole `{%…%}`; its fallback is the use's fallback, and an
    /// empty one counts as none (the customer reads a gap all the same).
    @Test func usesArePlacedAndCarryTheirFallback() throws {
        let uses = LiquidUsage(try HelpScoutSyntax.parse("Hi {%customer.firstName,fallback=there%}, {%user.fullName%} {%customer.lastName,fallback=%}")).uses
        #expect(uses.map(\.path) == ["customer.firstName", "user.fullName", "customer.lastName"])
        #expect(uses.map(\.offset) == [3, 42, 60])
        #expect(uses.map(\.width) == [37, 17, 31])
        #expect(uses.map(\.fallback) == ["there", nil, nil])
    }

    @Test(arguments: [
        ("Hi {%customer.firstName,", 3, "'{%' is never closed with '%}'"),
        ("Hi {%customer.firstName {%user.fullName%}", 3, "'{%' is never closed with '%}'"),
        ("Hi {%%}", 3, "an empty '{%%}' has no variable"),
        ("Hi {%customer.firstName,fallbak=there%}", 24, "'fallbak' is not an option of a Help Scout variable; the one there is is fallback= (customer.firstName,fallback=…)"),
        ("Hi {%customer.firstName there%}", 24, "expected ',fallback=' or '%}' after 'customer.firstName', found 't'"),
        ("Hi {%customer..firstName%}", 5, "'customer..firstName' is not a variable name (a dot at its start or end, or two together)"),
        ("Hi {%-customer%}", 5, "unexpected '-' where a Help Scout variable's name should be"),
    ])
    func syntaxErrorsNameTheirPlace(_ source: String, _ offset: Int, _ message: String) {
        #expect(throws: LiquidError.self) { _ = try HelpScoutSyntax.parse(source) }
        do {
            _ = try HelpScoutSyntax.parse(source)
        } catch {
            #expect(error.offset == offset)
            #expect(error.message == message)
        }
    }
}
