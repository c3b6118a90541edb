import Testing
@testable import ReplyLintMilter

/// `--listen` in Postfix's and libmilter's spellings.
@Suite struct MilterEndpointTests {
    static let good: [(String, MilterEndpoint)] = [
        ("inet:127.0.0.1:8891", .inet(host: "127.0.0.1", port: 8891)),
        ("inet:8891@127.0.0.1", .inet(host: "127.0.0.1", port: 8891)),
        ("inet:localhost:0", .inet(host: "localhost", port: 0)),
        ("inet6:[::1]:8891", .inet(host: "::1", port: 8891)),
        ("INET:127.0.0.1:25", .inet(host: "127.0.0.1", port: 25)),
        ("unix:/var/spool/postfix/replylint/milter.sock", .unix(path: "/var/spool/postfix/replylint/milter.sock")),
        ("local:/run/replylint.sock", .unix(path: "/run/replylint.sock")),
    ]

    @Test(arguments: good.indices)
    func readsEachSpelling(_ index: Int) {
        #expect(MilterEndpoint(Self.good[index].0) == Self.good[index].1)
    }

    @Test(arguments: ["127.0.0.1:8891", "inet:127.0.0.1", "inet:127.0.0.1:70000", "inet::8891", "inet:host:port", "unix:", "tcp:1.2.3.4:5"])
    func refusesTheRest(_ text: String) {
        #expect(MilterEndpoint(text) == nil)
    }

    @Test func describesItselfAsSmtpdMiltersWouldNameIt() {
        #expect(MilterEndpoint.inet(host: "127.0.0.1", port: 8891).description == "inet:127.0.0.1:8891")
        #expect(MilterEndpoint.inet(host: "::1", port: 8891).description == "inet:[::1]:8891")
        #expect(MilterEndpoint.unix(path: "/run/m.sock").description == "unix:/run/m.sock")
    }
}
