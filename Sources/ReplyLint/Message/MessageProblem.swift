/// Something the parser had to repair or could not decode. Reported by the
/// `header.malformed` rule (area `.header`) or as a body finding.
struct MessageProblem: Sendable, Equatable {
    enum Area: Sendable, Equatable { case header, body }
    var area: Area
    /// Short, lower-case, quoting the offending value: `bad encoded-word '=?utf-8?X?abc?='`.
    var message: String
    var position: SourcePosition
}
