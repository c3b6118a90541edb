import Foundation

/// Replies to a customer who wrote at different times before the draft's Date
/// (Mon, 16 Nov 2026 10:12 +0200): 15.5 hours, 2 days 1 hour (warning), 5 days 1 hour (error).
enum LatencyExamples {
    struct Language: Sendable {
        var locale: String
        /// An attribution line with `WEEKDAY`, `DAY` and `TIME` slots, for a day of November 2026.
        var template: String
        var weekdays: (sun: String, sat: String, wed: String)
        var times: (evening: String, morning: String)
        var question: String
        var apology: String
        /// Other ways agents own the delay, each of which must count.
        var variants: [String] = []

        func attribution(_ weekday: String, _ day: Int, _ time: String) -> String {
            template.replacingOccurrences(of: "WEEKDAY", with: weekday).replacingOccurrences(of: "DAY", with: String(day))
                .replacingOccurrences(of: "TIME", with: time)
        }
    }

    static let languages: [Language] = [
        Language(locale: "en", template: "On WEEKDAY, DAY Nov 2026 at TIME, Anna Smith <anna@example.com> wrote:",
                 weekdays: ("Sun", "Sat", "Wed"), times: ("18:40", "09:00"),
                 question: "Where is my refund?", apology: "Sorry for the late reply.",
                 variants: ["Apologies for our slow response.", "Sorry it took us so long to get back to you."]),
        Language(locale: "el", template: "Στις WEEKDAY, DAY Νοε 2026 στις TIME, ο/η Νίκος Παπαδόπουλος <nikos@example.gr> έγραψε:",
                 weekdays: ("Κυρ", "Σάβ", "Τετ"), times: ("6:40 μ.μ.", "9:00 π.μ."),
                 question: "Πού είναι η επιστροφή μου;", apology: "Ζητούμε συγγνώμη για την καθυστέρηση.",
                 variants: ["Συγγνώμη που αργήσαμε να σας απαντήσουμε.", "Λυπούμαστε για την καθυστερημένη απάντησή μας."]),
        Language(locale: "ro", template: "În WEEKDAY, DAY nov. 2026 la TIME, Ion Popescu <ion@example.ro> a scris:",
                 weekdays: ("dum.", "sâm.", "mie."), times: ("18:40", "09:00"),
                 question: "Unde este rambursarea mea?", apology: "Ne cerem scuze pentru întârziere.",
                 variants: ["Îmi pare rău că nu am răspuns mai devreme.", "Scuzați-ne pentru întârzierea răspunsului."]),
        Language(locale: "et", template: "DAY.11.2026 TIME Mari Tamm kirjutas:",
                 weekdays: ("", "", ""), times: ("18:40", "09:00"),
                 question: "Kus on minu raha?", apology: "Vabandame hilinemise pärast.",
                 variants: ["Vabandame pika ootamise eest.", "Vabandust, et vastame alles nüüd."]),
        Language(locale: "id", template: "Pada tanggal WEEKDAY, DAY Nov 2026 pukul TIME Budi Santoso <budi@example.co.id> menulis:",
                 weekdays: ("Min", "Sab", "Rab"), times: ("18.40", "09.00"),
                 question: "Di mana pengembalian dana saya?", apology: "Mohon maaf atas keterlambatan.",
                 variants: ["Mohon maaf baru sempat membalas sekarang.", "Maaf telah membuat Bapak menunggu."]),
    ]

    /// The sample reply of a language answering a message quoted with `attribution`.
    static func reply(_ language: Language, _ attribution: String, marked: Bool, acknowledged: Bool = false,
                      apology: String? = nil) -> RuleExample {
        let sample = RuleExample.samples[language.locale]!
        let body = acknowledged ? (apology ?? language.apology) + " " + sample.body : nil
        let quote = (marked ? String(RuleExample.marker) : "") + attribution + "\n> " + language.question
        return RuleExample.reply(language.locale, body: body, quote: quote)
    }

    static let triggering: [RuleExample] = languages.flatMap { language in
        [
            reply(language, language.attribution(language.weekdays.sat, 14, language.times.morning), marked: true),
            reply(language, language.attribution(language.weekdays.wed, 11, language.times.morning), marked: true),
        ]
    } + [
        // No Date header: the send time is --now.
        RuleExample.reply("en", quote: "↓On Sun, 15 Nov 2026 at 18:40, Anna Smith <anna@example.com> wrote:\n> Hello?",
                          date: nil, now: "2026-11-18T09:00:00+02:00"),
        // A bare time is read in the draft's offset (+0200): 15 Nov 04:00 is 30 hours before.
        RuleExample.reply("en", quote: "↓On Sun, 15 Nov 2026 at 04:00, Anna Smith <anna@example.com> wrote:\n> Hello?"),
        // -0000 is UTC with the customer's offset unknown: the instant is exact, 48 hours before.
        RuleExample.reply("en", quote: "↓On Sat, 14 Nov 2026 at 08:00 -0000, Anna Smith <anna@example.com> wrote:\n> Hello?"),
        // A zone name gives its offset: 09:00 EET is 07:00 UTC, 2 days 1 hour before.
        RuleExample.reply("en", quote: "↓On Sat, 14 Nov 2026 at 09:00 EET, Anna Smith <anna@example.com> wrote:\n> Hello?"),
    ]

    static let nonTriggering: [RuleExample] = languages.flatMap { language in
        [
            reply(language, language.attribution(language.weekdays.sun, 15, language.times.evening), marked: false),
            reply(language, language.attribution(language.weekdays.sat, 14, language.times.morning), marked: false, acknowledged: true),
            reply(language, language.attribution(language.weekdays.wed, 11, language.times.morning), marked: false, acknowledged: true),
        ] + language.variants.map { variant in
            reply(language, language.attribution(language.weekdays.wed, 11, language.times.morning), marked: false,
                  acknowledged: true, apology: variant)
        }
    } + [
        // No quoted original: nothing to measure against.
        RuleExample.reply("en"),
        // The same time written at -0800 is 15 Nov 14:00 +0200: 20 hours before, in time.
        RuleExample.reply("en", quote: "On Sun, 15 Nov 2026 at 04:00 -0800, Anna Smith <anna@example.com> wrote:\n> Hello?"),
        // The draft's Date has a military zone letter, which RFC 5322 reads as UTC of unknown
        // meaning: it may be 14 hours off, so 28 hours read as UTC are not surely past 24.
        RuleExample.reply("en", quote: "On Sun, 15 Nov 2026 at 04:00 +0000, Anna Smith <anna@example.com> wrote:\n> Hello?",
                          date: "Mon, 16 Nov 2026 08:12:00 Q"),
    ]
}
