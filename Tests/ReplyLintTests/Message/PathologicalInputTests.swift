import Testing
@testable import ReplyLint

/// Inputs the fuzzer found slow: each must stay linear (a quadratic one takes seconds here).
@Test(arguments: ["(", "\"(", "(\""])
func unclosedOpenersInAnAddressStayCheap(_ unit: String) {
    let value = String(repeating: unit, count: 20_000) + " <a@b.example>"
    var problems: [String] = []
    let tokens = AddressToken.tokens(Array(value.utf8), problems: &problems)
    #expect(problems.count <= 4)
    #expect(tokens.last?.range.upperBound == value.utf8.count)
}
