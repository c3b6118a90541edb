import Testing
@testable import ReplyLint

@Test(arguments: [
    ("URGENT: FAQ UPDATE FOR ORDER A-1042", "Urgent: FAQ update for order A-1042"),
    ("YOUR REFUND IS ON ITS WAY", "Your refund is on its way"),
    ("ΕΠΕΙΓΟΝ: Η ΠΑΡΑΓΓΕΛΙΑ ΣΑΣ", "Επειγον: η παραγγελια σας"),
    ("RAMBURSAREA PENTRU SKU12B", "Rambursarea pentru SKU12B"),
])
func sentenceCaseKeepsAcronymsAndCodes(_ input: String, _ expected: String) {
    #expect(Capitals.sentenceCase(input, acronyms: ["faq"]) == expected)
}
