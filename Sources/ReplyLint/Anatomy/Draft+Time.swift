import Foundation

/// When the reply goes out, when the customer wrote, and what time it is where they are.
extension Draft {
    /// The instant the customer wrote. A quoted date with no offset ("On 15 Nov 2026 at
    /// 18:40") is read in the draft's own offset: the agent's client wrote it in local time.
    var originalInstant: Date? {
        guard let date = original?.date else { return nil }
        if date.offsetKnown { return date.date }
        return date.date.addingTimeInterval(TimeInterval(-sentAt.utcOffset))
    }

    /// The recipient's offset from UTC when the reply arrives: `--recipient-tz`, else the
    /// offset the customer's own message was written in; nil when neither is known.
    var recipientOffset: Int? {
        if let zone = recipientTimeZone { return zone.offset(at: sentAt.date) }
        guard let date = original?.date, date.offsetKnown else { return nil }
        return date.utcOffset
    }

    /// The customer's message: `--original`'s Date and From where it has them, else the quote's.
    static func original(given: OriginalMessage?, quoted: QuotedOriginal?) -> OriginalMessage? {
        let date = given?.date ?? quoted?.date
        let author = given?.author ?? quoted?.author
        guard date != nil || author != nil else { return nil }
        return OriginalMessage(date: date, author: author)
    }
}
