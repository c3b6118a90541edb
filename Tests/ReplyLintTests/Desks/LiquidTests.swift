import Testing
@testable import ReplyLint

/// The Liquid desks write: what renders, and where each syntax error is.
@Suite struct LiquidTests {
    static let values: [String: LiquidValue] = ["ticket.requester.first_name": .string("Anna"), "ticket.id": .string("48213"),
                                                "ticket.ticket_field_7": .string("Express")]

    static func render(_ source: String, _ values: [String: LiquidValue] = values) throws -> String {
        var renderer = LiquidRenderer(values: values)
        return renderer.render(try LiquidParser.parse(source))
    }

    @Test(arguments: [
        ("Hi {{ticket.requester.first_name}},", "Hi Anna,"),
        ("Hi {{ ticket.requester.last_name | default: \"there\" }},", "Hi there,"),
        ("Hi {{ticket.requester.first_name | upcase | append: '!'}}", "Hi ANNA!"),
        ("{% if ticket.requester.last_name %}Dear {{ticket.requester.last_name}}{% elsif ticket.requester.first_name %}Hi {{ticket.requester.first_name}}{% else %}Hello{% endif %}", "Hi Anna"),
        ("{% unless ticket.requester.first_name == blank %}Hi {{ticket.requester.first_name}}{% endunless %}", "Hi Anna"),
        ("{% case ticket.ticket_field_7 %}{% when 'Standard' %}3 days{% when 'Express', 'Next day' %}1 day{% else %}soon{% endcase %}", "1 day"),
        ("{% assign n = ticket.requester.first_name | downcase %}{{n}}", "anna"),
        ("{% capture who %}{{ticket.requester.first_name}} ({{ticket.id}}){% endcapture %}{{who}}", "Anna (48213)"),
        ("{% for c in ticket.comments %}{{c.value}}{% else %}none{% endfor %}", "none"),
        ("{% comment %}{{ignored}}{% endcomment %}{% raw %}{{kept}}{% endraw %}", "{{kept}}"),
        ("Line one\n{%- if ticket.id -%}\n  #{{ticket.id}}\n{%- endif %}", "Line one#48213"),
    ])
    func rendersAsTheDeskDoes(_ source: String, _ expected: String) throws {
        #expect(try Self.render(source) == expected)
    }

    @Test func anEmptyFirstNameIsFalseSoItsGuardHolds() throws {
        #expect(try Self.render("{% if ticket.requester.first_name %}Hi {{ticket.requester.first_name}},{% else %}Hello,{% endif %}", [:]) == "Hello,")
        #expect(try Self.render("Hi {{ticket.requester.first_name}},", [:]) == "Hi ,")
    }

    @Test(arguments: [
        // (source, offset of the error, message)
        ("Hi {{ticket.requester.first_name,", 3, "'{{' is never closed with '}}'"),
        ("{% if ticket.id %}x", 0, "'{% if %}' is never closed with '{% endif %}'"),
        ("x {% endif %}", 2, "'{% endif %}' outside the block it belongs to"),
        ("{% iff ticket.id %}x{% endif %}", 0, "unknown Liquid tag 'iff'"),
        ("{{ticket.id | upcas}}", 14, "unknown Liquid filter 'upcas'"),
        ("{{ticket.id | }}", 14, "a filter name is missing after '|'"),
        ("{{ }}", 3, "an empty '{{ }}' has no value"),
        ("{% if %}x{% endif %}", 6, "'{% if %}' needs a condition"),
        ("{% if a b %}x{% endif %}", 8, "expected 'and', 'or' or the end of the condition, found 'b'"),
        ("{% if a %}x{% else %}y{% elsif b %}z{% endif %}", 22, "'{% elsif %}' after '{% else %}' in '{% if %}'"),
        ("{{ 'open }}", 3, "a quoted string is never closed"),
        ("{% comment %}never closed", 0, "'{% comment %}' is never closed with '{% endcomment %}'"),
        ("{% for in x %}{% endfor %}", 10, "expected 'in', found 'x'"),
    ])
    func syntaxErrorsArePlaced(_ source: String, _ offset: Int, _ message: String) {
        do {
            _ = try LiquidParser.parse(source)
            Issue.record("parsed: \(source)")
        } catch {
            #expect(error.offset == offset, "\(source)")
            #expect(error.message == message)
        }
    }

    @Test func usesKnowTheirGuardsAndFallbacks() throws {
        let nodes = try LiquidParser.parse("{% if ticket.requester.first_name %}Hi {{ticket.requester.first_name}}{% endif %} {{ticket.requester.name | default: 'there'}} {{ticket.id}} {% for c in ticket.comments %}{{c.author.name}}{% endfor %}")
        let uses = LiquidUsage(nodes).uses.filter(\.isOutput)
        #expect(uses.map(\.path) == ["ticket.requester.first_name", "ticket.requester.name", "ticket.id"])
        #expect(uses[0].guards.contains("ticket.requester.first_name"))
        #expect(uses[1].fallback == "there")
        #expect(uses[2].guards.isEmpty && uses[2].fallback == nil)
    }
}
