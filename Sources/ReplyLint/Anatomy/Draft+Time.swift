import Foundation

/// When the reply goes out, when the customer wrote, and what time it is where they are.
extension Draft {
    /// The instant the customer wrote, and how far from it the moment meant may be. A quoted
    /// date with no zone ("On 15 Nov 2026 at 18:40") is read in the draft's own offset: the
    /// agent's client wrote it in local time; when the draft's offset is not known either,
    /// it may be off by the widest offset. A `-0000` date is exact (it is UTC); a military
    /// letter or an unknown zone name is read as UTC and may be off as far.
    var originalWritten: (date: Date, slack: TimeInterval)? {
        guard let date = original?.date else { return nil }
        guard date.zone == .none else { return (date.date, date.instantSlack) }
        let shifted = date.date.addingTimeInterval(TimeInterval(-sentAt.utcOffset))
        return (shifted, sentAt.offsetKnown || message.date == nil ? 0 : MessageDate.widestOffset)
    }

    /// How far the send time may be from the moment meant: none for `--now` and the clock,
    /// else what the Date header's zone allows.
    var sentSlack: TimeInterval { message.date == nil ? 0 : sentAt.instantSlack }

    /// The recipient's offset from UTC when the reply arrives: `--recipient-tz`, else the
    /// offset the customer's own message was written in; nil when neither is known (a
    /// `-0000` date, a military letter or an unknown zone name says the time, not the place).
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
