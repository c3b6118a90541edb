import Foundation

/// Case- and accent-insensitive comparison keys, the same for every script:
/// "Bună Ziua" and "buna ziua" fold alike, so do "Παπαδόπουλε" and "ΠΑΠΑΔΟΠΟΥΛΕ".
/// A typographic apostrophe folds to the plain one, so "can’t" is "can't".
enum TextFolding {
    static func fold(_ text: some StringProtocol) -> String {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 { ascii = false; break }
        if ascii { return text.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default:
                scalars.append(scalar == "ς" ? "σ" : scalar == "\u{2019}" ? "'" : scalar)
            }
        }
        return String(scalars)
    }

    /// Folds and collapses runs of whitespace to one space, trimming both ends.
    static func foldPhrase(_ text: some StringProtocol) -> String {
        fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension Character {
    /// A letter that has case (Latin, Greek, Cyrillic, ...), so capitals can shout.
    var isCasedLetter: Bool { isUppercase || isLowercase }
}
