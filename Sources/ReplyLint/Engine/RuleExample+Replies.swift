/// A well-written reply in each shipped language, so a rule's examples change only
/// the part the rule is about.
extension RuleExample {
    struct Sample {
        var to: String
        var subject: String
        var greeting: String
        var body: String
        var closing: String
    }

    static let samples: [String: Sample] = [
        "en": Sample(
            to: "Anna Smith <anna@example.com>", subject: "Your refund for order A-1042", greeting: "Dear Anna,",
            body: "Thank you for your patience. Your refund of 40 EUR was issued today and will reach your card within five working days.",
            closing: "Best regards,\nJo Baker\nSupport Specialist, +44 20 7946 0000"),
        "el": Sample(
            to: "Νίκος Παπαδόπουλος <nikos@example.gr>", subject: "Η επιστροφή χρημάτων για την παραγγελία A-1042",
            greeting: "Αγαπητέ κύριε Παπαδόπουλε,",
            body: "Σας ευχαριστούμε για την υπομονή σας. Η επιστροφή των 40 ευρώ έγινε σήμερα και θα φτάσει στην κάρτα σας μέσα σε πέντε εργάσιμες ημέρες.",
            closing: "Με εκτίμηση,\nΜαρία Γεωργίου\nΥπεύθυνη Εξυπηρέτησης Πελατών"),
        "ro": Sample(
            to: "Ion Popescu <ion@example.ro>", subject: "Rambursarea pentru comanda A-1042", greeting: "Stimate domnule Popescu,",
            body: "Vă mulțumim pentru răbdare. Rambursarea de 40 EUR a fost efectuată astăzi și va ajunge pe card în cinci zile lucrătoare.",
            closing: "Cu stimă,\nAna Ionescu\nSpecialist suport clienți"),
        "et": Sample(
            to: "Mari Tamm <mari@example.ee>", subject: "Tellimuse A-1042 raha tagastamine", greeting: "Tere, Mari!",
            body: "Täname teid kannatlikkuse eest. Tagastasime täna 40 eurot ja raha jõuab teie kaardile viie tööpäeva jooksul.",
            closing: "Lugupidamisega\nKati Kask\nKlienditoe spetsialist"),
        "id": Sample(
            to: "Budi Santoso <budi@example.co.id>", subject: "Pengembalian dana untuk pesanan A-1042", greeting: "Halo Pak Budi,",
            body: "Terima kasih atas kesabaran Anda. Pengembalian dana sebesar 40 EUR sudah kami proses hari ini dan akan masuk ke kartu Anda dalam lima hari kerja.",
            closing: "Salam hangat,\nDewi Lestari\nSpesialis Layanan Pelanggan"),
    ]

    static let languages = ["en", "el", "ro", "et", "id"]

    /// The sample reply of `locale` with some parts replaced (nil drops a part). `quote` (an
    /// attribution line and `>` lines) follows the closing; `date` nil drops the Date header.
    static func reply(_ locale: String, subject: String?? = .none, to: String? = nil, greeting: String?? = .none,
                      body: String? = nil, closing: String?? = .none, quote: String? = nil,
                      date: String? = defaultDate, extraHeaders: [String] = [], recipientName: String? = nil,
                      now: String? = nil, recipientTimeZone: String? = nil) -> RuleExample {
        let sample = samples[locale] ?? samples["en"]!
        let parts = [greeting ?? sample.greeting, body ?? sample.body, closing ?? sample.closing, quote].compactMap { $0 }
        var example = RuleExample(locale, subject: subject ?? sample.subject, to: to ?? sample.to, date: date,
                                  extraHeaders: ["Content-Language: \(locale)"] + extraHeaders,
                                  body: parts.joined(separator: "\n\n"), recipientName: recipientName)
        example.now = now
        example.recipientTimeZone = recipientTimeZone
        return example
    }
}
