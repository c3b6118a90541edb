/// Greetings checked against the recipient's clock. Every draft is sent at
/// Mon, 16 Nov 2026 10:12 +0200 (08:12 UTC).
enum TimeOfDayExamples {
    static let triggering: [RuleExample] = [
        // 17:12 in Tokyo.
        RuleExample.reply("en", greeting: "↓Good morning Anna,", recipientTimeZone: "+09:00"),
        // 03:12 for a customer who wrote from New York (-0500).
        RuleExample.reply("en", greeting: "↓Good afternoon Anna,",
                          quote: "On Sun, 15 Nov 2026 at 18:40 -0500, Anna Smith <anna@example.com> wrote:\n> Hello?"),
        // 03:12 in New York: Καλημέρα is hours away.
        RuleExample.reply("el", greeting: "↓Καλημέρα σας κύριε Παπαδόπουλε,", recipientTimeZone: "America/New_York"),
        // 10:12 in Bucharest: morning, not evening.
        RuleExample.reply("ro", greeting: "↓Bună seara, domnule Popescu,", recipientTimeZone: "Europe/Bucharest"),
        // 14:12: neither morning nor evening; "Bună ziua" fits all day.
        RuleExample.reply("ro", greeting: "↓Bună dimineața, domnule Popescu,", recipientTimeZone: "+06:00"),
        // 17:12 is still day, not morning.
        RuleExample.reply("et", greeting: "↓Tere hommikust, Mari!", recipientTimeZone: "+09:00"),
        // 15:12 in Jakarta: sore, not pagi.
        RuleExample.reply("id", greeting: "↓Selamat pagi Pak Budi,", recipientTimeZone: "Asia/Jakarta"),
        // A -0000 Date is an exact UTC time: 17:12 in Tokyo.
        RuleExample.reply("en", greeting: "↓Good morning Anna,", date: "Mon, 16 Nov 2026 08:12:00 -0000",
                          recipientTimeZone: "Asia/Tokyo"),
        // A zone name in the quoted date gives the customer's offset: 10:12 in Athens (EET).
        RuleExample.reply("el", greeting: "↓Καλησπέρα σας κύριε Παπαδόπουλε,",
                          quote: "Στις Κυρ, 15 Νοε 2026 στις 6:40 μ.μ. EET, ο/η Νίκος Παπαδόπουλος <nikos@example.gr> έγραψε:\n> Πού;"),
        // The customer's own message was written at +0700.
        RuleExample.reply("id", greeting: "↓Selamat malam Pak Budi,",
                          quote: "Pada 15 Nov 2026 18:40 +0700, Budi Santoso menulis:\n> Halo?"),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample.reply("en", greeting: "Good morning Anna,", recipientTimeZone: "Europe/London"),
        RuleExample.reply("en", greeting: "Good afternoon Anna,", recipientTimeZone: "UTC+5"),
        // Unknown offset: no --recipient-tz, no offset in the quoted original.
        RuleExample.reply("en", greeting: "Good evening Anna,"),
        RuleExample.reply("en", greeting: "Good evening Anna,",
                          quote: "On Sun, 15 Nov 2026 at 18:40, Anna Smith <anna@example.com> wrote:\n> Hello?"),
        // -0000 says when, not where: the customer's offset is unknown, so the hour is not checked.
        RuleExample.reply("en", greeting: "Good evening Anna,",
                          quote: "On Sun, 15 Nov 2026 at 18:40 -0000, Anna Smith <anna@example.com> wrote:\n> Hello?"),
        // A military zone letter in the draft's Date leaves the send hour open (RFC 5322 §4.3).
        RuleExample.reply("en", greeting: "Good morning Anna,", date: "Mon, 16 Nov 2026 08:12:00 Q",
                          recipientTimeZone: "Asia/Tokyo"),
        // Not a time-of-day greeting.
        RuleExample.reply("en", greeting: "Dear Anna,", recipientTimeZone: "+09:00"),
        RuleExample.reply("el", greeting: "Καλημέρα σας κύριε Παπαδόπουλε,", recipientTimeZone: "Europe/Athens"),
        // 13:12: Greeks still say Καλημέρα and already Καλησπέρα.
        RuleExample.reply("el", greeting: "Καλησπέρα σας κύριε Παπαδόπουλε,", recipientTimeZone: "+05:00"),
        RuleExample.reply("el", greeting: "Καλησπέρα σας κύριε Παπαδόπουλε,"),
        RuleExample.reply("ro", greeting: "Bună dimineața, domnule Popescu,", recipientTimeZone: "Europe/Bucharest"),
        // "Bună ziua" fits all day.
        RuleExample.reply("ro", greeting: "Bună ziua, domnule Popescu,", recipientTimeZone: "-05:00"),
        RuleExample.reply("ro", greeting: "Bună seara, domnule Popescu,"),
        RuleExample.reply("et", greeting: "Tere hommikust, Mari!", recipientTimeZone: "Europe/Tallinn"),
        RuleExample.reply("et", greeting: "Tere päevast, Mari!", recipientTimeZone: "+09:00"),
        RuleExample.reply("et", greeting: "Tere õhtust, Mari!"),
        RuleExample.reply("id", greeting: "Selamat sore Pak Budi,", recipientTimeZone: "Asia/Jakarta"),
        RuleExample.reply("id", greeting: "Selamat pagi Pak Budi,", recipientTimeZone: "+01:00"),
        RuleExample.reply("id", greeting: "Selamat malam Pak Budi,"),
    ]
}
