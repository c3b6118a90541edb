import Foundation

/// A reply as replylint sees it: the message, its language, and the parts a reader
/// notices (subject, greeting, new text, lists, links, sign-off, signature, quoted original).
/// Rules read these scopes; they never search the raw text again.
struct Draft: Sendable {
    var message: Message
    var language: LanguageData
    /// Every language, for what is recognised whatever the draft's language (reply prefixes, quotes).
    var languages: LanguageSet
    /// Where the language came from: `option`, `config`, `content-language`, `detected`, `default`.
    var languageSource: String
    /// Why that language won, for `show`.
    var languageReason = ""
    /// The region the language tag named (`gb` of `en-GB`), lower-case; nil for a bare `en` or a detected language.
    var region: String?
    /// The customer's name: `--recipient-name`, else To's display name, else the quoted author's.
    var recipientName: String?
    /// The customer's message this answers: `--original`, else the quoted attribution.
    var original: OriginalMessage?
    /// When the reply goes out: its Date header, else `--now`, else the clock.
    var sentAt = MessageDate(date: Date(), utcOffset: 0, offsetKnown: false)
    /// `--recipient-tz`, when given.
    var recipientTimeZone: RecipientTimeZone?

    var lines: [Substring]
    /// The lines the sender wrote now: not the quote, not the signature.
    var newText: [TextLine] = []
    /// `newText` as words for the phrase lists, a block per run of lines between blank lines.
    var newTextWords: [ProseWords] = []
    var greeting: Greeting?
    var paragraphs: [[TextLine]] = []
    var lists: [ListBlock] = []
    var links: [Link] = []
    var signOff: SignOff?
    var senderName: TextLine?
    var signature: [TextLine] = []
    var quoted: QuotedOriginal?
    var words: [Word] = []
    /// Each paragraph as folded words, for the phrase lists (`PhraseMatcher`).
    var prose: [ProseWords] = []
    /// Prose runs and list items of the paragraphs, with their sentences.
    var passages: [Passage] = []
}

struct Greeting: Sendable {
    var line: TextLine
    /// The opener as written (`Dear`), nil for a bare `Anna,`.
    var opener: Range<String.Index>?
    /// Titles between opener and name (`Dr.`, `κύριε`).
    var titles: [Range<String.Index>]
    /// Where the name stands; empty for `Hi ,`; nil when no name slot could be told apart.
    var nameSlot: Range<String.Index>?
    /// The whole greeting, up to and including its closing punctuation.
    var range: Range<String.Index>
    /// A salutation that names no one ("Dear customer").
    var isGeneric = false

    var name: Substring? { nameSlot.map { line.full[$0] } }
    var text: Substring { line.full[range] }
}

struct ListBlock: Sendable {
    var ordered: Bool
    /// Each item's lines; the first holds the marker.
    var items: [[TextLine]]
}

struct Link: Sendable {
    var line: TextLine
    var range: Range<String.Index>
    var target: String
    var inSignature: Bool
}

struct SignOff: Sendable {
    var line: TextLine
    var range: Range<String.Index>
}

struct QuotedOriginal: Sendable {
    var author: MailAddress?
    var date: MessageDate?
    /// The attribution or separator line, when there was one.
    var attribution: TextLine?
    /// The quoted lines with quote markers removed.
    var lines: [TextLine]
    /// Where the new text ends and this begins, and why (`show` prints it).
    var boundary: ReplyBoundary?
    var text: String { lines.map { String($0.text) }.joined(separator: "\n") }
}

struct Word: Sendable {
    var line: TextLine
    var range: Range<String.Index>
    var text: Substring { line.full[range] }
}
