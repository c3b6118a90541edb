import Testing
@testable import ReplyLint

struct FlowedTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let input: [String]
        let delSp: Bool
        let lines: [String]
        let starts: [Int]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "fixed lines pass through", input: ["Hello,", "", "Thanks."], delSp: false,
             lines: ["Hello,", "", "Thanks."], starts: [0, 1, 2]),
        Case(name: "soft break joins, space kept", input: ["Your order has ", "shipped today."], delSp: false,
             lines: ["Your order has shipped today."], starts: [0]),
        Case(name: "DelSp=yes leaves fixed lines alone", input: ["Your order h", "as shipped."], delSp: true,
             lines: ["Your order h", "as shipped."], starts: [0, 1]),
        Case(name: "DelSp=yes joins without the space", input: ["Bestell ", "ung"], delSp: true, lines: ["Bestellung"], starts: [0]),
        Case(name: "three-line paragraph then a fixed line", input: ["one ", "two ", "three", "four"], delSp: false,
             lines: ["one two three", "four"], starts: [0, 3]),
        Case(name: "quoted paragraph", input: ["> quoted ", "> text", "reply"], delSp: false,
             lines: ["> quoted text", "reply"], starts: [0, 2]),
        Case(name: "nested quote depth", input: [">> deep ", ">> quote", "> shallow"], delSp: false,
             lines: [">> deep quote", "> shallow"], starts: [0, 2]),
        Case(name: "quote depth change ends a paragraph", input: ["> flowed ", ">> deeper", "plain "], delSp: false,
             lines: ["> flowed ", ">> deeper", "plain "], starts: [0, 1, 2]),
        Case(name: "space-stuffing removed", input: [" From the start", "  indented", " >not a quote"], delSp: false,
             lines: ["From the start", " indented", ">not a quote"], starts: [0, 1, 2]),
        Case(name: "stuffed flowed lines join", input: [" From here ", " on"], delSp: false,
             lines: ["From here on"], starts: [0]),
        Case(name: "signature separator is never flowed", input: ["Thanks ", "-- ", "Ana ", "Support"], delSp: false,
             lines: ["Thanks ", "-- ", "Ana Support"], starts: [0, 1, 2]),
        Case(name: "signature separator survives DelSp", input: ["-- ", "Ana"], delSp: true,
             lines: ["-- ", "Ana"], starts: [0, 1]),
        Case(name: "empty line is not absorbed", input: ["end of paragraph ", "", "next"], delSp: false,
             lines: ["end of paragraph ", "", "next"], starts: [0, 1, 2]),
        Case(name: "flowed last line stays", input: ["dangling "], delSp: false,
             lines: ["dangling "], starts: [0]),
        Case(name: "CR before LF is ignored", input: ["carriage \r", "return\r"], delSp: false,
             lines: ["carriage return"], starts: [0]),
        Case(name: "quote marks then stuffing", input: ["> > old style"], delSp: false,
             lines: ["> > old style"], starts: [0]),
        Case(name: "empty input", input: [], delSp: true, lines: [], starts: []),
    ]

    @Test(arguments: cases)
    func unflow(_ example: Case) {
        let result = FlowedText.unflow(example.input.map { Substring($0) }, delSp: example.delSp)
        #expect(result.lines == example.lines)
        #expect(result.starts == example.starts)
    }

    @Test func startsPointIntoTheGivenLines() {
        let text = "a\nb \nc\n> d \n> e"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let result = FlowedText.unflow(lines, delSp: false)
        #expect(result.lines == ["a", "b c", "> d e"])
        #expect(result.starts == [0, 1, 3])
    }
}
