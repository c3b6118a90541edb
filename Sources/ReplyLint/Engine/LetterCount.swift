/// Letters of an ICU word segment, counted on UTF-8 bytes: the metrics run over every
/// word of every draft, and Character properties cost far more than a byte test.
extension Substring {
    /// ASCII letters plus non-ASCII characters other than combining diacritics (U+0300–U+036F):
    /// inside a word segment those are letters of Greek, Romanian, Estonian and the like.
    var letterCount: Int {
        var count = 0
        for byte in utf8 {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A: count += 1
            case 0xC0...0xCB, 0xCE...0xFF: count += 1
            default: break
            }
        }
        return count
    }

    var hasLetter: Bool {
        utf8.contains { byte in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0xC0 }
    }
}
