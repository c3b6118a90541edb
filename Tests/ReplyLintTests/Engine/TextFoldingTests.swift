import Foundation
import Testing
@testable import ReplyLint

/// `TextFolding.fold` reads most scalars from a table; it must agree with folding the whole
/// text through Foundation, the definition the table was built from.
@Suite struct TextFoldingTests {
    /// The definition: lower-case, decompose, drop combining marks, final sigma to sigma, ’ to '.
    static func reference(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: scalars.append(scalar == "ς" ? "σ" : scalar == "\u{2019}" ? "'" : scalar)
            }
        }
        return String(scalars)
    }

    @Test func everyScalarOfTheTableBlocksFoldsAsFoundationWould() {
        var disagreements: [String] = []
        for range in [0x20...0x2AF, 0x370...0x3FF, 0x1F00...0x206F, 0x400...0x4FF, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "a\(scalar)Z"
                if TextFolding.fold(text) != Self.reference(text) { disagreements.append(String(value, radix: 16)) }
            }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(10).joined(separator: ", U+"))")
    }

    @Test(arguments: [
        "Bună Ziua, ȘTEFAN", "ΠΑΠΑΔΌΠΟΥΛΕ Καλησπέρα σας", "Tere hommikust, Jüri Õunapuu", "Selamat PAGI",
        "can’t ЖДИТЕ 😀 ﬁne İstanbul", "Ǆemal ǅ", "",
    ])
    func wholeTextsFoldAsFoundationWould(_ text: String) {
        #expect(TextFolding.fold(text) == Self.reference(text))
        #expect(TextFolding.fold(text[...]) == Self.reference(text))
    }

    /// Text walked scalar by scalar must read as it would character by character.
    @Test func scalarWalksAgreeWithCharacters() {
        var disagreements: [String] = []
        for value in 0x20...0x20FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let probe = "a\(scalar)b\(scalar)\(scalar)1"
            guard let count = TextFolding.scalarCharacterCount(probe) else { continue }
            let character = Character(scalar)
            if count != probe.count || TextFolding.isWordScalar(scalar) != character.isWordCharacter
                || ProseWords.kind(scalar) != ProseWords.kind(character) {
                disagreements.append(String(value, radix: 16))
            }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(10).joined(separator: ", U+"))")
    }

    @Test func scalarWalksRefuseWhatJoinsOrBreaksLines() {
        #expect(TextFolding.scalarCharacterCount("Παπαδόπουλε, ȘTEFAN – “ok”") == 26)
        #expect(TextFolding.scalarCharacterCount("e\u{301}") == nil)          // combining accent
        #expect(TextFolding.scalarCharacterCount("a\u{200D}b") == nil)        // zero-width joiner
        #expect(TextFolding.scalarCharacterCount("ok\r\n") == nil)
        #expect(TextFolding.scalarCharacterCount("привет") == nil)            // outside the table's blocks
    }

    @Test func asciiOnlyLowersLetters() {
        #expect(TextFolding.fold("Order A-1042: [OK] @Home_Z") == "order a-1042: [ok] @home_z")
    }
}
