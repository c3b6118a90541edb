/// RFC 5322 address lists (`From`, `To`, `Cc`, `Bcc`), read leniently.
enum AddressList {
    /// The mailboxes in `raw` (group members flattened, group names dropped) and short
    /// messages for what is broken.
    static func parse(_ raw: String) -> (addresses: [MailAddress], problems: [String]) {
        let bytes = Array(raw.utf8)
        var problems: [String] = []
        let tokens = AddressToken.tokens(bytes, problems: &problems)
        var addresses: [MailAddress] = []
        for item in mergedNameItems(items(tokens)) {
            guard let first = item.first, let last = item.last else { continue }
            let text = String(decoding: bytes[first.range.lowerBound..<last.range.upperBound], as: UTF8.self)
            if let address = mailbox(item, text: text, problems: &problems) { addresses.append(address) }
        }
        return (addresses, problems)
    }

    /// Splits at top-level commas and at group punctuation: `Team: a@x, b@y;` gives two items.
    private static func items(_ tokens: [AddressToken]) -> [[AddressToken]] {
        var items: [[AddressToken]] = []
        var current: [AddressToken] = []
        var inAngle = false
        // An obsolete route `<@a,@b:j@x>` holds commas that do not end the mailbox.
        var inRoute = false
        // Once an item has `@` or `<`, a colon in it no longer names a group.
        var hasAddress = false
        for token in tokens {
            if current.last?.isSpecial(0x3C) == true { inRoute = token.isSpecial(0x40) }
            switch token.kind {
            case .special(0x3C), .special(0x40):
                inAngle = inAngle || token.isSpecial(0x3C)
                hasAddress = true
            case .special(0x3E): inAngle = false
            case .special(0x2C) where inAngle && inRoute:
                break
            case .special(0x2C), .special(0x3B):
                items.append(current)
                (current, inAngle, hasAddress) = ([], false, false)
                continue
            case .special(0x3A) where !inAngle && !hasAddress:
                current = [] // a group's name
                continue
            default: break
            }
            current.append(token)
        }
        items.append(current)
        return items.filter { !$0.isEmpty }
    }

    /// Joins `Smith, John <j@x>`: a bare phrase followed by an item with an angle address
    /// is the first part of that display name, not a mailbox of its own.
    private static func mergedNameItems(_ items: [[AddressToken]]) -> [[AddressToken]] {
        var merged: [[AddressToken]] = []
        var index = 0
        while index < items.count {
            let item = items[index]
            let isPhrase = item.allSatisfy { token in
                switch token.kind {
                case .word, .quoted: true
                default: false
                }
            }
            if isPhrase, index + 1 < items.count, items[index + 1].contains(where: { $0.isSpecial(0x3C) }),
               let comma = item.last {
                let separator = AddressToken(kind: .special(0x2C), spaceBefore: false, range: comma.range.upperBound..<comma.range.upperBound)
                merged.append(item + [separator] + items[index + 1])
                index += 2
            } else {
                merged.append(item)
                index += 1
            }
        }
        return merged
    }
}
