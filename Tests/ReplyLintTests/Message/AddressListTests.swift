import Testing
@testable import ReplyLint

struct AddressListTests {
    private static func mailbox(_ name: String?, _ address: String) -> MailAddress {
        MailAddress(name: name, address: address)
    }

    @Test(arguments: [
        ("j@example.com", [mailbox(nil, "j@example.com")]),
        ("<j@example.com>", [mailbox(nil, "j@example.com")]),
        ("John Smith <j@example.com>", [mailbox("John Smith", "j@example.com")]),
        ("\"Smith, John\" <j@example.com>", [mailbox("Smith, John", "j@example.com")]),
        ("\"John \\\"JJ\\\" Smith\" <j@x.org>", [mailbox("John \"JJ\" Smith", "j@x.org")]),
        ("Smith, John <j@example.com>", [mailbox("Smith, John", "j@example.com")]),
        ("Smith, John <j@x.org>, Ann <a@x.org>", [mailbox("Smith, John", "j@x.org"), mailbox("Ann", "a@x.org")]),
        ("j@example.com (John Smith)", [mailbox("John Smith", "j@example.com")]),
        ("John (Sales) <j@x.org>", [mailbox("John", "j@x.org")]),
        ("<j@x.org> (John)", [mailbox("John", "j@x.org")]),
        ("=?utf-8?Q?J=C3=B6rg?= <j@x.de>", [mailbox("Jörg", "j@x.de")]),
        ("\"=?utf-8?Q?J=C3=B6rg_M?=\" <j@x.de>", [mailbox("Jörg M", "j@x.de")]),
        ("=?utf-8?Q?J=C3=B6rg?= =?utf-8?Q?_M?= <j@x.de>", [mailbox("Jörg M", "j@x.de")]),
        ("Team: a@x.org, Bo <b@y.org>;", [mailbox(nil, "a@x.org"), mailbox("Bo", "b@y.org")]),
        ("Team: a@x.org;, c@z.org", [mailbox(nil, "a@x.org"), mailbox(nil, "c@z.org")]),
        ("undisclosed-recipients:;", []),
        ("a@x.org, b@y.org,, c@z.org", [mailbox(nil, "a@x.org"), mailbox(nil, "b@y.org"), mailbox(nil, "c@z.org")]),
        ("<@route.example,@other:j@x.org>", [mailbox(nil, "j@x.org")]),
        ("\"john smith\"@x.org", [mailbox(nil, "\"john smith\"@x.org")]),
        ("j . smith @ example . com", [mailbox(nil, "j.smith@example.com")]),
        ("", []),
        ("   ", []),
    ])
    func readsAddressForms(raw: String, expected: [MailAddress]) {
        let list = AddressList.parse(raw)
        #expect(list.addresses == expected)
        #expect(list.problems.isEmpty)
    }

    @Test(arguments: [
        ("John <j@x.org", [mailbox("John", "j@x.org")], "unbalanced '<' in 'John <j@x.org'"),
        ("john", [mailbox(nil, "john")], "address 'john' has no '@'"),
        ("John <john>", [mailbox("John", "john")], "address 'john' has no '@'"),
        ("\"John <j@x.org>", [mailbox("John", "j@x.org")], "unterminated quoted string '\"John <j@x.org>'"),
        ("j@x.org>", [mailbox(nil, "j@x.org")], "unbalanced '>' in 'j@x.org>'"),
        ("John Smith j@x.org", [mailbox("John Smith", "j@x.org")],
         "address 'j@x.org' needs angle brackets after its name in 'John Smith j@x.org'"),
        ("Ann <>", [mailbox("Ann", "")], "empty address in 'Ann <>'"),
        ("(John j@x.org", [mailbox("John", "j@x.org")], "unterminated comment '(John j@x.org'"),
    ])
    func reportsBrokenLists(raw: String, expected: [MailAddress], problem: String) {
        let list = AddressList.parse(raw)
        #expect(list.addresses == expected)
        #expect(list.problems.first == problem)
    }
}
