import Testing
@testable import ReplyLint

@Test func positionsOrderByLineThenColumn() {
    #expect(SourcePosition(line: 1, column: 9) < SourcePosition(line: 2, column: 1))
    #expect(SourcePosition(line: 2, column: 3) < SourcePosition(line: 2, column: 4))
}
