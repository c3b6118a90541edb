struct BodyReadabilityRule: Rule {
    static let minWords = RuleParameter.integer(
        "min-words", default: 40, help: "Fewest words a text needs before its score means anything.")

    static let description = RuleDescription(
        identifier: "body.readability", severity: .info,
        summary: "The new text's paragraphs and list items are harder to read than the language's limit (Flesch reading ease for English, LIX for the others).",
        guideline: .shortSteps, usesLists: [.readabilityFormula, .readabilityLimit],
        parameters: [Self.minWords],
        triggering: [
            RuleExample.reply("en", body: "↓\(hard["en"]!)"),
            RuleExample.reply("el", body: "↓\(hard["el"]!)"),
            RuleExample.reply("ro", body: "↓\(hard["ro"]!)"),
            RuleExample.reply("et", body: "↓\(hard["et"]!)"),
            RuleExample.reply("id", body: "↓\(hard["id"]!)"),
        ],
        nonTriggering: RuleExample.languages.map { RuleExample.reply($0) } + [
            RuleExample.reply("en", body: "Thank you for your patience. Your refund of 40 EUR was issued today. It will reach your card within five working days. If it has not arrived by Friday, just reply to this email. I will call the bank for you and let you know what they say."),
            RuleExample.reply("el", body: "Σας ευχαριστούμε για την υπομονή σας. Η επιστροφή των 40 ευρώ έγινε σήμερα. Θα φτάσει στην κάρτα σας σε πέντε ημέρες. Αν δεν φτάσει ως την Παρασκευή, απαντήστε σε αυτό το μήνυμα. Θα μιλήσω με την τράπεζα και θα σας πω τι είπαν."),
            RuleExample.reply("ro", body: "Vă mulțumim pentru răbdare. Rambursarea de 40 EUR a fost făcută azi. Banii ajung pe card în cinci zile. Dacă nu au ajuns până vineri, răspundeți la acest mesaj. Voi suna la bancă și vă spun ce au zis."),
            RuleExample.reply("et", body: "Aitäh, et ootasite. Saatsime täna 40 eurot tagasi. Raha jõuab kaardile viie päeva jooksul. Kui seda reedeks pole, vastake sellele kirjale. Ma helistan pangale ja ütlen teile, mida nad vastasid."),
            RuleExample.reply("id", body: "Terima kasih atas kesabaran Anda. Dana 40 EUR sudah kami kirim hari ini. Dana akan masuk ke kartu Anda dalam lima hari. Jika belum masuk hari Jumat, balas saja email ini. Saya akan menelepon bank dan memberi tahu Anda hasilnya."),
            // Too short to score: hard words, but under min-words.
            RuleExample.reply("en", body: "Reimbursement authorisation notwithstanding, administrative reconciliation necessitates additional verification."),
        ]
    )

    /// Dense, official prose of over 40 words in each language.
    static let hard: [String: String] = [
        "en": "Notwithstanding the aforementioned administrative complications, reimbursement authorisation necessitates comprehensive verification of the transactional documentation, consequently the processing of your application will be postponed indefinitely pending the satisfactory completion of the organisational reconciliation procedures established by our financial department and its external institutional partners.",
        "el": "Λαμβάνοντας υπόψη τις προαναφερθείσες διοικητικές επιπλοκές, η έγκριση της επιστροφής χρημάτων προϋποθέτει ολοκληρωμένη επαλήθευση της συναλλακτικής τεκμηρίωσης, συνεπώς η επεξεργασία της αιτήσεώς σας αναστέλλεται επ' αόριστον μέχρι την ικανοποιητική ολοκλήρωση των διαδικασιών συμφωνίας που καθορίζει το οικονομικό τμήμα σε συνεργασία με τους εξωτερικούς θεσμικούς συνεργάτες.",
        "ro": "Având în vedere complicațiile administrative menționate anterior, aprobarea rambursării necesită verificarea documentației tranzacționale, prin urmare procesarea solicitării dumneavoastră este amânată nedefinit până la finalizarea satisfăcătoare a procedurilor de reconciliere stabilite de departamentul financiar împreună cu partenerii instituționali externi. Menționăm că documentația suplimentară solicitată trebuie transmisă exclusiv prin intermediul platformei electronice administrate de departamentul responsabil.",
        "et": "Eelnimetatud administratiivsete komplikatsioonide tõttu eeldab tagasimakse kinnitamine tehingudokumentatsiooni põhjalikku kontrollimist, mistõttu teie taotluse menetlemine lükkub määramata ajaks edasi kuni finantsosakonna ja välispartnerite poolt kehtestatud vastavusprotseduuride rahuldava lõpuleviimiseni ning sellekohase kirjaliku kinnituse väljastamiseni. Täiendavad dokumendid tuleb esitada eranditult elektroonilise iseteeninduskeskkonna kaudu, mida haldab vastutav struktuuriüksus.",
        "id": "Sehubungan dengan permasalahan administratif sebagaimana disebutkan sebelumnya, persetujuan pengembalian dana memerlukan verifikasi menyeluruh terhadap dokumentasi transaksional, sehingga pemrosesan permohonan Bapak ditangguhkan hingga penyelesaian prosedur rekonsiliasi yang ditetapkan departemen keuangan bersama mitra kelembagaan eksternal dinyatakan memuaskan. Dokumentasi tambahan yang diperlukan wajib disampaikan secara eksklusif melalui platform elektronik yang dikelola departemen terkait.",
    ]

    func check(_ draft: Draft, _ context: RuleContext) -> [Finding] {
        guard let formula = draft.language.scalar(.readabilityFormula),
              let limit = draft.language.scalar(.readabilityLimit).flatMap(Double.init),
              let first = draft.passages.first?.lines.first else { return [] }
        let links = draft.links.filter { !$0.inSignature }
        var words: [Substring] = []
        var sentences = 0
        for passage in draft.passages {
            for sentence in passage.sentences {
                let before = words.count
                for word in sentence.words where word.text.hasLetter
                    && !links.contains(where: { $0.line.index == word.line.index && $0.range.overlaps(word.range) }) {
                    words.append(word.text)
                }
                if words.count > before { sentences += 1 }
            }
        }
        guard words.count >= context.int(Self.minWords), sentences > 0 else { return [] }
        let location = first.location(first.trimmed.startIndex..<first.trimmed.endIndex)
        let help = "shorter sentences and plainer words help"
        switch formula {
        case "flesch":
            let score = Readability.flesch(words: words, sentences: sentences)
            guard score < limit else { return [] }
            return [Finding("reading ease is \(Readability.format(score)) (Flesch), below \(Readability.format(limit)); \(help)", at: location)]
        case "lix":
            let score = Readability.lix(words: words, sentences: sentences)
            guard score > limit else { return [] }
            return [Finding("readability index is \(Readability.format(score)) (LIX), above \(Readability.format(limit)); \(help)", at: location)]
        default:
            return []
        }
    }
}
