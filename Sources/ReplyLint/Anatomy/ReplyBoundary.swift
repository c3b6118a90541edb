/// Where a reply's new text ends and the original it answers begins, with what gave it away.
/// `ReplyReader` finds candidates and keeps the first whose evidence is strong enough; `show`
/// prints the evidence so a user can see why the line was drawn there.
struct ReplyBoundary: Sendable {
    enum Kind: String, Sendable {
        /// "On …, Anna <anna@…> wrote:", on one line or wrapped over two or three.
        case attribution
        /// "From: … / Sent: … / To: … / Subject: …" in any language.
        case headerBlock = "header-block"
        /// "-----Original Message-----", "---------- Forwarded message ---------".
        case separator
        /// A run of `>` lines with nothing above that introduces it.
        case quoteMarkers = "quote-markers"
        /// A help desk's "##- Please type your reply above this line -##".
        case replyMarker = "reply-marker"
    }

    var kind: Kind
    /// The first line of the original: the attribution, separator, marker or first `>` line.
    var line: Int
    /// The first line after the attribution, separator or marker.
    var bodyStart: Int
    /// The original is `>`-marked from `bodyStart` on: unmarked lines between its blocks are new
    /// text (inline and bottom-posted replies). Otherwise everything from `line` on is the original.
    var quoteMarked: Bool
    var author: MailAddress?
    var date: MessageDate?
    /// Lines that hold the attribution inside the quote (Apple Mail's "> On …, Anna wrote:").
    var attributionLines: Range<Int>?
    var score: Int
    /// What was found around the boundary, each with what it adds to the score: "date 2026-11-16T09:00 (+2)".
    var evidence: [String]

    /// The weakest evidence that makes a boundary: a bare "Anna wrote:" (2) needs quoted lines after it.
    static let threshold = 3

    mutating func add(_ points: Int, _ what: String) {
        score += points
        evidence.append(points == 0 ? what : "\(what) (\(points > 0 ? "+" : "")\(points))")
    }
}
