import Testing
@testable import ReplyLint

/// Common Greek first names and surnames with the vocative a greeting uses.
@Suite struct GreekVocativeTests {
    static let firstNames: [(String, String)] = [
        // -ος, two syllables: -ο
        ("Νίκος", "Νίκο"), ("Πέτρος", "Πέτρο"), ("Γιώργος", "Γιώργο"), ("Χρήστος", "Χρήστο"), ("Σπύρος", "Σπύρο"),
        ("Μάρκος", "Μάρκο"), ("Παύλος", "Παύλο"), ("Σταύρος", "Σταύρο"), ("Λάμπρος", "Λάμπρο"), ("Τάσος", "Τάσο"),
        ("Στέλιος", "Στέλιο"),
        // -ος, longer or stressed earlier: -ε; -ός: -έ; learned -ιος: -ιε
        ("Αλέξανδρος", "Αλέξανδρε"), ("Θεόδωρος", "Θεόδωρε"), ("Άγγελος", "Άγγελε"), ("Απόστολος", "Απόστολε"),
        ("Κωνσταντίνος", "Κωνσταντίνε"), ("Νικόλαος", "Νικόλαε"), ("Ευάγγελος", "Ευάγγελε"), ("Ιάκωβος", "Ιάκωβε"),
        ("Δημήτριος", "Δημήτριε"), ("Γρηγόριος", "Γρηγόριε"), ("Βασίλειος", "Βασίλειε"), ("Στυλιανός", "Στυλιανέ"),
        // -ης, -ας, -ούς
        ("Γιάννης", "Γιάννη"), ("Μιχάλης", "Μιχάλη"), ("Παναγιώτης", "Παναγιώτη"), ("Θανάσης", "Θανάση"),
        ("Ηρακλής", "Ηρακλή"), ("Κώστας", "Κώστα"), ("Ανδρέας", "Ανδρέα"), ("Θωμάς", "Θωμά"), ("Λουκάς", "Λουκά"),
        ("Ηλίας", "Ηλία"), ("Νικόλας", "Νικόλα"), ("Ιησούς", "Ιησού"),
        // feminine: unchanged
        ("Μαρία", "Μαρία"), ("Ελένη", "Ελένη"), ("Κατερίνα", "Κατερίνα"), ("Σοφία", "Σοφία"), ("Δέσποινα", "Δέσποινα"),
        ("Φρόσω", "Φρόσω"), ("Αικατερίνη", "Αικατερίνη"),
    ]

    static let surnames: [(String, String)] = [
        ("Παπαδόπουλος", "Παπαδόπουλε"), ("Σταματόπουλος", "Σταματόπουλε"), ("Βενιζέλος", "Βενιζέλε"), ("Μάρκος", "Μάρκε"),
        ("Παπαδάκης", "Παπαδάκη"), ("Καραμανλής", "Καραμανλή"), ("Σαμαράς", "Σαμαρά"),
        ("Οικονόμου", "Οικονόμου"), ("Γεωργίου", "Γεωργίου"), ("Παπαδοπούλου", "Παπαδοπούλου"), ("Παπαδάκη", "Παπαδάκη"),
    ]

    @Test(arguments: firstNames)
    func firstName(_ name: String, _ vocative: String) {
        #expect(GreekVocative.vocative(name, role: .first) == vocative)
    }

    @Test(arguments: surnames)
    func surname(_ name: String, _ vocative: String) {
        #expect(GreekVocative.vocative(name, role: .last) == vocative)
    }

    @Test(arguments: [
        ("Νίκος Παπαδόπουλος", "Νίκο Παπαδόπουλε"), ("Γιάννης Παπαδάκης", "Γιάννη Παπαδάκη"), ("Μαρία Οικονόμου", "Μαρία Οικονόμου"),
        ("ΝΙΚΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΝΙΚΟ ΠΑΠΑΔΟΠΟΥΛΕ"), ("Anna Smith", "Anna Smith"), ("Πέτρος-Αλέξανδρος", "Πέτρο-Αλέξανδρε"),
        ("", ""), ("Ος", "Ος"),
    ])
    func fullName(_ name: String, _ vocative: String) {
        #expect(GreekVocative.vocative(name) == vocative)
    }

    @Test func onlyGreekTemplatesInflect() {
        let sentAt = MessageDate(date: .init(timeIntervalSince1970: 0), utcOffset: 0)
        let greek = ComposeHelpers(locale: "el-GR", language: nil, sentAt: sentAt, recipientOffset: 0)
        let english = ComposeHelpers(locale: "en", language: nil, sentAt: sentAt, recipientOffset: 0)
        #expect(greek.vocative("Νίκος", of: "customer_first_name") == "Νίκο")
        #expect(greek.vocative("Μάρκος", of: "customer_last_name") == "Μάρκε")
        #expect(english.vocative("Νίκος", of: "customer_first_name") == "Νίκος")
    }
}
