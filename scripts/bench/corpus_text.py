"""Text the benchmark corpus is made of: per language, names, greetings, reply bodies,
lists, links, sign-offs, signatures, subjects, customers' originals and quote headers.

Slots in templates: {order} {date} {amount} {days} {tracking} {track_url} {help_url}; greetings use
{first} {first_voc} {sur} {sur_voc}; customers' originals end with {cust}.
"""

# A surname that does not change with gender or case: (m, m_voc, f, latin_m, latin_f).
def _same(name, latin):
    return (name, name, name, latin, latin)


LANGS = {
    # ------------------------------------------------------------------ English
    "en": {
        "male": [("James", "James", "james"), ("Michael", "Michael", "michael"),
                 ("Daniel", "Daniel", "daniel"), ("Thomas", "Thomas", "thomas"),
                 ("Oliver", "Oliver", "oliver"), ("Noël", "Noël", "noel")],
        "female": [("Emily", "Emily", "emily"), ("Olivia", "Olivia", "olivia"),
                   ("Sophie", "Sophie", "sophie"), ("Hannah", "Hannah", "hannah"),
                   ("Zoë", "Zoë", "zoe"), ("Renée", "Renée", "renee")],
        "surnames": [_same("Carter", "carter"), _same("Walsh", "walsh"), _same("O'Brien", "obrien"),
                     _same("Patel", "patel"), _same("Nguyen", "nguyen"), _same("Brontë", "bronte"),
                     _same("Hughes", "hughes"), _same("Fitzgerald", "fitzgerald")],
        "greet_named": {
            "m": ["Dear Mr {sur},", "Dear Mr. {sur},", "Hi {first},", "Hello {first}!", "Dear {first},",
                  "Good morning {first},", "Hi {first}!"],
            "f": ["Dear Ms {sur},", "Dear Mrs. {sur},", "Hi {first},", "Hello {first}!", "Dear {first},",
                  "Good afternoon {first},", "Hi {first}!"],
        },
        "greet_generic": ["Dear customer,", "Hi there,", "Hello,", "Dear Sir or Madam,",
                          "To whom it may concern,", "Good morning,"],
        "placeholder": ["Dear [customer name],", "Hi [first name],", "Dear <name>,"],
        "bodies": [
            ["Thank you for getting in touch about order {order}. I'm sorry it hasn't reached you yet.",
             "I've checked with our courier and the parcel is currently at their regional depot. It should be "
             "delivered by {date}. You can follow it with tracking number {tracking}.",
             "If it hasn't arrived by then, just reply to this email and I'll arrange a replacement or a full "
             "refund straight away."],
            ["Thanks for your patience while we looked into this.",
             "I can confirm that we've issued a refund of {amount} for order {order}. Depending on your bank, it "
             "can take up to {days} working days for the money to appear on your statement.",
             "I'm sorry again for the trouble with this order."],
            ["I'm really sorry to hear that your item arrived damaged. That's certainly not the experience we "
             "want you to have.",
             "We'll send a replacement free of charge, and there's no need to return the damaged one. The new "
             "parcel will leave our warehouse within {days} working days, and you'll receive a confirmation "
             "email with the tracking details."],
            ["Thanks for your message. I've reset the login for your account, so you should receive a password "
             "reset email within the next few minutes.",
             "If it doesn't arrive, please check your spam or junk folder first. The link in the email is valid "
             "for 24 hours."],
            ["We've received your return for order {order}, and our warehouse team has checked everything.",
             "A refund of {amount} will go back to your original payment method by {date}. You'll get a "
             "separate confirmation once it has been processed."],
            ["Thanks for letting us know. I've updated the delivery address on order {order}; it hasn't been "
             "dispatched yet, so the change will apply to this delivery.",
             "Your order is now scheduled to arrive on {date}. Please double-check the address in your account "
             "and let me know if anything still looks wrong."],
            ["Please find the invoice for order {order} attached to this email. It includes VAT and shows the "
             "company name you asked us to add.",
             "If your finance team needs the invoice in a different format, just let me know and I'll be happy "
             "to help."],
            ["As requested, I've cancelled your subscription. You won't be charged again, and you'll keep "
             "access to your account until {date}.",
             "If you change your mind, you can restart the subscription at any time from your account page."],
        ],
        "invoice_body": 6,
        "lists": [
            ("To return an item, please follow these steps:",
             ["Sign in to your account and open My orders.",
              "Select order {order} and choose Return an item.",
              "Print the prepaid label and attach it to the parcel.",
              "Drop the parcel off at any post office within 30 days."]),
            ("To reset your password:",
             ["Go to the sign-in page and click Forgot password.",
              "Enter the email address you used for your order.",
              "Open the link we send you and choose a new password."]),
        ],
        "links": ["You can track your parcel here: {track_url}",
                  "There are more details in our help centre: {help_url}"],
        "signoffs": ["Best regards,", "Kind regards,", "Many thanks,", "Thanks again,", "Sincerely,",
                     "Best wishes,"],
        "closings": ["If there's anything else I can help with, just reply to this email.",
                     "Thank you for shopping with Northwind Home.", "Have a lovely day!"],
        "role": "Customer Care Team",
        "phone": "+44 20 7946 0{n3}",
        "subjects": ["Order {order}", "Where is my order {order}?", "Refund request",
                     "Damaged item in order {order}", "Can't log in to my account", "Invoice for order {order}",
                     "Change of delivery address", "Question about my return",
                     "Still waiting for my refund after three weeks, order {order}",
                     "Parcel marked as delivered but I never received it"],
        "caps": ["URGENT", "PLEASE HELP", "NOT RECEIVED"],
        "originals": [
            "Hi, I ordered {order} two weeks ago and it still hasn't arrived. Can you tell me where it is?\n\n"
            "Thanks,\n{cust}",
            "Hello, the mug in my order {order} arrived broken. What should I do?\n\n{cust}",
            "I returned my order more than two weeks ago and I still haven't received my refund. This is not "
            "acceptable. Please sort it out.\n\n{cust}",
            "Hi there, I can't log in to my account any more. The reset email never arrives.\n\nRegards,\n{cust}",
            "Could you please send me an invoice for order {order}? I need it for my company.\n\nThank you,\n{cust}",
        ],
        "attribution": "On {date}, {name} <{email}> wrote:",
        "outlook": ("From", "Sent", "To", "Subject"),
        "attachment": "invoice-{order}.pdf",
        "tz": [0, 0, 60, -300, -480],
        "cc": "GB",
    },
    # ------------------------------------------------------------------ Greek
    "el": {
        "male": [("Γιώργος", "Γιώργο", "giorgos"), ("Νίκος", "Νίκο", "nikos"),
                 ("Δημήτρης", "Δημήτρη", "dimitris"), ("Κώστας", "Κώστα", "kostas"),
                 ("Ιωάννης", "Ιωάννη", "ioannis"), ("Αλέξανδρος", "Αλέξανδρε", "alexandros")],
        "female": [("Μαρία", "Μαρία", "maria"), ("Ελένη", "Ελένη", "eleni"),
                   ("Κατερίνα", "Κατερίνα", "katerina"), ("Σοφία", "Σοφία", "sofia"),
                   ("Δέσποινα", "Δέσποινα", "despoina"), ("Αθηνά", "Αθηνά", "athina")],
        "surnames": [("Παπαδόπουλος", "Παπαδόπουλε", "Παπαδοπούλου", "papadopoulos", "papadopoulou"),
                     ("Βλάχος", "Βλάχο", "Βλάχου", "vlachos", "vlachou"),
                     ("Νικολαΐδης", "Νικολαΐδη", "Νικολαΐδου", "nikolaidis", "nikolaidou"),
                     ("Καραγιάννης", "Καραγιάννη", "Καραγιάννη", "karagiannis", "karagianni"),
                     _same("Οικονόμου", "oikonomou"), _same("Γεωργίου", "georgiou"),
                     _same("Αντωνίου", "antoniou")],
        "greet_named": {
            "m": ["Αγαπητέ κύριε {sur_voc},", "Καλημέρα κύριε {sur_voc},", "Αγαπητέ {first_voc},",
                  "Γεια σας κύριε {sur_voc},", "Καλησπέρα {first_voc},"],
            "f": ["Αγαπητή κυρία {sur},", "Καλημέρα κυρία {sur},", "Αγαπητή {first_voc},",
                  "Γεια σας κυρία {sur},", "Καλησπέρα {first_voc},"],
        },
        "greet_generic": ["Αγαπητέ πελάτη,", "Αγαπητή πελάτισσα,", "Καλημέρα σας,", "Γεια σας,",
                          "Αξιότιμε κύριε/Αξιότιμη κυρία,"],
        "placeholder": ["Αγαπητέ/ή [όνομα πελάτη],", "Καλημέρα [όνομα],"],
        "bodies": [
            ["Σας ευχαριστούμε που επικοινωνήσατε μαζί μας σχετικά με την παραγγελία {order}. Λυπούμαστε που "
             "δεν την έχετε παραλάβει ακόμη.",
             "Επικοινωνήσαμε με την εταιρεία ταχυμεταφορών και το δέμα βρίσκεται στο κέντρο διανομής της "
             "περιοχής σας. Αναμένεται να παραδοθεί έως τις {date}. Μπορείτε να το παρακολουθείτε με τον "
             "αριθμό αποστολής {tracking}.",
             "Αν δεν το έχετε λάβει μέχρι τότε, απαντήστε σε αυτό το μήνυμα και θα σας στείλουμε αμέσως νέο "
             "δέμα ή θα σας επιστρέψουμε ολόκληρο το ποσό."],
            ["Σας ευχαριστούμε για την υπομονή σας.",
             "Σας επιβεβαιώνουμε ότι πραγματοποιήσαμε επιστροφή χρημάτων ύψους {amount} για την παραγγελία "
             "{order}. Ανάλογα με την τράπεζά σας, το ποσό θα εμφανιστεί στον λογαριασμό σας μέσα σε {days} "
             "εργάσιμες ημέρες.",
             "Ζητούμε και πάλι συγγνώμη για την ταλαιπωρία."],
            ["Λυπούμαστε πολύ που το προϊόν έφτασε κατεστραμμένο.",
             "Θα σας στείλουμε νέο προϊόν χωρίς καμία χρέωση και δεν χρειάζεται να μας επιστρέψετε το "
             "κατεστραμμένο. Το νέο δέμα θα αποσταλεί από την αποθήκη μας μέσα σε {days} εργάσιμες ημέρες και "
             "θα λάβετε email επιβεβαίωσης με τον αριθμό αποστολής."],
            ["Σας ευχαριστούμε για το μήνυμά σας. Κάναμε επαναφορά της πρόσβασης στον λογαριασμό σας, οπότε σε "
             "λίγα λεπτά θα λάβετε email για να ορίσετε νέο κωδικό.",
             "Αν δεν το βρείτε στα εισερχόμενα, ελέγξτε και τον φάκελο ανεπιθύμητης αλληλογραφίας. Ο σύνδεσμος "
             "ισχύει για 24 ώρες."],
            ["Παραλάβαμε την επιστροφή της παραγγελίας {order} και ο έλεγχος από την αποθήκη μας ολοκληρώθηκε.",
             "Το ποσό των {amount} θα επιστραφεί στον αρχικό τρόπο πληρωμής έως τις {date}. Θα λάβετε "
             "ξεχωριστό email μόλις ολοκληρωθεί η συναλλαγή."],
            ["Σας ευχαριστούμε για την ενημέρωση. Αλλάξαμε τη διεύθυνση παράδοσης για την παραγγελία {order}, "
             "η οποία δεν έχει αποσταλεί ακόμη.",
             "Η παράδοση έχει προγραμματιστεί για τις {date}. Παρακαλούμε ελέγξτε τη διεύθυνση στον λογαριασμό "
             "σας και ενημερώστε μας αν χρειάζεται κάποια διόρθωση."],
            ["Σας επισυνάπτουμε το τιμολόγιο για την παραγγελία {order}. Περιλαμβάνει ΦΠΑ και τα στοιχεία της "
             "εταιρείας σας, όπως μας τα δώσατε.",
             "Αν το λογιστήριό σας χρειάζεται το παραστατικό σε άλλη μορφή, ενημερώστε μας και θα το "
             "φροντίσουμε."],
        ],
        "invoice_body": 6,
        "lists": [
            ("Για να επιστρέψετε ένα προϊόν, ακολουθήστε τα παρακάτω βήματα:",
             ["Συνδεθείτε στον λογαριασμό σας και ανοίξτε την ενότητα «Οι παραγγελίες μου».",
              "Επιλέξτε την παραγγελία {order} και πατήστε «Επιστροφή προϊόντος».",
              "Εκτυπώστε την προπληρωμένη ετικέτα και κολλήστε τη στο δέμα.",
              "Παραδώστε το δέμα σε οποιοδήποτε κατάστημα ΕΛΤΑ μέσα σε 30 ημέρες."]),
            ("Για να ορίσετε νέο κωδικό:",
             ["Μεταβείτε στη σελίδα σύνδεσης και πατήστε «Ξεχάσατε τον κωδικό;».",
              "Πληκτρολογήστε το email που χρησιμοποιήσατε στην παραγγελία.",
              "Ανοίξτε τον σύνδεσμο που θα σας στείλουμε και επιλέξτε νέο κωδικό."]),
        ],
        "links": ["Μπορείτε να παρακολουθήσετε το δέμα σας εδώ: {track_url}",
                  "Περισσότερες πληροφορίες θα βρείτε στο κέντρο βοήθειας: {help_url}"],
        "signoffs": ["Με εκτίμηση,", "Με φιλικούς χαιρετισμούς,", "Φιλικά,", "Με τιμή,", "Ευχαριστούμε,"],
        "closings": ["Αν χρειάζεστε οτιδήποτε άλλο, μη διστάσετε να επικοινωνήσετε μαζί μας.",
                     "Σας ευχαριστούμε που επιλέξατε τη Northwind Home.", "Σας ευχόμαστε καλή συνέχεια!"],
        "role": "Τμήμα Εξυπηρέτησης Πελατών",
        "phone": "+30 210 555 0{n3}",
        "subjects": ["Παραγγελία {order}", "Πού είναι η παραγγελία μου;", "Αίτημα επιστροφής χρημάτων",
                     "Κατεστραμμένο προϊόν στην παραγγελία {order}", "Δεν μπορώ να συνδεθώ στον λογαριασμό μου",
                     "Τιμολόγιο για την παραγγελία {order}", "Αλλαγή διεύθυνσης παράδοσης",
                     "Ερώτηση για την επιστροφή μου",
                     "Περιμένω ακόμη την επιστροφή των χρημάτων μου εδώ και τρεις εβδομάδες"],
        "caps": ["ΕΠΕΙΓΟΝ", "ΑΜΕΣΑ", "ΔΕΝ ΠΑΡΕΛΑΒΑ"],
        "originals": [
            "Καλησπέρα σας, έκανα την παραγγελία {order} πριν από δύο εβδομάδες και ακόμη δεν την έχω "
            "παραλάβει. Μπορείτε να μου πείτε πού βρίσκεται;\n\nΕυχαριστώ,\n{cust}",
            "Γεια σας, η κούπα από την παραγγελία {order} ήρθε σπασμένη. Τι πρέπει να κάνω;\n\n{cust}",
            "Έστειλα πίσω την παραγγελία πριν από δεκαπέντε μέρες και δεν έχω λάβει ακόμη τα χρήματά μου. "
            "Παρακαλώ ενημερώστε με άμεσα.\n\n{cust}",
            "Δεν μπορώ να συνδεθώ στον λογαριασμό μου. Το email για τον κωδικό δεν έρχεται ποτέ.\n\n"
            "Φιλικά,\n{cust}",
            "Θα ήθελα τιμολόγιο για την παραγγελία {order}, γιατί την αγορά την έκανα για την εταιρεία μου.\n\n"
            "Ευχαριστώ πολύ,\n{cust}",
        ],
        "attribution": "Στις {date}, ο χρήστης {name} <{email}> έγραψε:",
        "outlook": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
        "attachment": "τιμολόγιο-{order}.pdf",
        "reply_prefixes": ["ΑΠ: ", "Σχετ: "],
        "tz": [120, 180],
        "cc": "GR",
        "legacy": ["iso-8859-7"],
    },
    # ------------------------------------------------------------------ Romanian
    "ro": {
        "male": [("Andrei", "Andrei", "andrei"), ("Mihai", "Mihai", "mihai"), ("Ion", "Ioane", "ion"),
                 ("Ștefan", "Ștefan", "stefan"), ("Radu", "Radu", "radu"), ("Cristian", "Cristian", "cristian")],
        "female": [("Ioana", "Ioana", "ioana"), ("Elena", "Elena", "elena"), ("Cristina", "Cristina", "cristina"),
                   ("Alexandra", "Alexandra", "alexandra"), ("Andreea", "Andreea", "andreea"),
                   ("Mădălina", "Mădălina", "madalina")],
        "surnames": [_same("Popescu", "popescu"), _same("Ionescu", "ionescu"), _same("Stănescu", "stanescu"),
                     _same("Dumitrescu", "dumitrescu"), _same("Rădulescu", "radulescu"),
                     _same("Munteanu", "munteanu"), _same("Țurcanu", "turcanu"), _same("Moldovan", "moldovan")],
        "greet_named": {
            "m": ["Stimate domnule {sur},", "Bună ziua, domnule {sur},", "Bună ziua, {first},",
                  "Dragă {first_voc},", "Bună, {first}!"],
            "f": ["Stimată doamnă {sur},", "Bună ziua, doamnă {sur},", "Bună ziua, {first},",
                  "Dragă {first_voc},", "Bună, {first}!"],
        },
        "greet_generic": ["Stimate client,", "Stimată clientă,", "Bună ziua,", "Stimate domn/Stimată doamnă,"],
        "placeholder": ["Stimate [nume client],", "Bună ziua, [prenume],"],
        "bodies": [
            ["Vă mulțumim că ne-ați contactat în legătură cu comanda {order}. Ne pare rău că nu ați primit-o "
             "încă.",
             "Am verificat cu firma de curierat, iar coletul se află acum în depozitul regional. Ar trebui să vă "
             "fie livrat până pe {date}. Îl puteți urmări cu numărul AWB {tracking}.",
             "Dacă nu ajunge până atunci, răspundeți la acest e-mail și vă trimitem imediat un produs nou sau vă "
             "rambursăm integral suma."],
            ["Vă mulțumim pentru răbdare.",
             "Vă confirmăm că am efectuat rambursarea sumei de {amount} pentru comanda {order}. În funcție de "
             "banca dumneavoastră, banii pot apărea în cont în {days} zile lucrătoare.",
             "Ne cerem scuze încă o dată pentru neplăcerile create."],
            ["Ne pare foarte rău că produsul a ajuns deteriorat.",
             "Vă trimitem gratuit un produs nou și nu este nevoie să îl returnați pe cel deteriorat. Coletul va "
             "pleca din depozitul nostru în {days} zile lucrătoare, iar dumneavoastră veți primi un e-mail de "
             "confirmare cu numărul de urmărire."],
            ["Vă mulțumim pentru mesaj. Am resetat accesul la contul dumneavoastră, așa că în câteva minute veți "
             "primi un e-mail pentru setarea unei parole noi.",
             "Dacă nu îl găsiți în Inbox, verificați și dosarul Spam. Linkul este valabil 24 de ore."],
            ["Am primit coletul returnat pentru comanda {order}, iar colegii din depozit au verificat produsele.",
             "Suma de {amount} va fi returnată pe cardul folosit la plată până pe {date}. Veți primi o "
             "confirmare separată după procesare."],
            ["Vă mulțumim pentru informare. Am modificat adresa de livrare pentru comanda {order}, care nu a "
             "fost încă expediată.",
             "Livrarea este programată pentru {date}. Vă rugăm să verificați adresa din contul dumneavoastră și "
             "să ne anunțați dacă mai trebuie corectat ceva."],
            ["Vă trimitem atașat factura pentru comanda {order}. Aceasta include TVA și datele firmei pe care ni "
             "le-ați comunicat.",
             "Dacă departamentul financiar are nevoie de factură într-un alt format, vă rugăm să ne spuneți și vă "
             "ajutăm cu drag."],
        ],
        "invoice_body": 6,
        "lists": [
            ("Pentru a returna un produs, urmați pașii de mai jos:",
             ["Autentificați-vă în cont și deschideți secțiunea „Comenzile mele”.",
              "Selectați comanda {order} și alegeți „Returnează un produs”.",
              "Printați eticheta de retur și lipiți-o pe colet.",
              "Predați coletul la orice oficiu poștal în termen de 30 de zile."]),
            ("Pentru a seta o parolă nouă:",
             ["Accesați pagina de autentificare și apăsați „Ați uitat parola?”.",
              "Introduceți adresa de e-mail folosită la comandă.",
              "Deschideți linkul primit și alegeți o parolă nouă."]),
        ],
        "links": ["Puteți urmări coletul aici: {track_url}",
                  "Mai multe detalii găsiți în centrul de asistență: {help_url}"],
        "signoffs": ["Cu stimă,", "Cu respect,", "Toate cele bune,", "Mulțumim,", "O zi bună,"],
        "closings": ["Dacă mai aveți nevoie de ajutor, nu ezitați să ne scrieți.",
                     "Vă mulțumim că ați ales Northwind Home.", "Vă dorim o zi frumoasă!"],
        "role": "Departamentul Relații cu Clienții",
        "phone": "+40 21 555 0{n3}",
        "subjects": ["Comanda {order}", "Unde este comanda mea?", "Cerere de rambursare",
                     "Produs deteriorat în comanda {order}", "Nu mă pot autentifica în cont",
                     "Factură pentru comanda {order}", "Schimbarea adresei de livrare", "Întrebare despre returul meu",
                     "Aștept de trei săptămâni rambursarea pentru comanda {order}"],
        "caps": ["URGENT", "VĂ ROG", "NU AM PRIMIT"],
        "originals": [
            "Bună ziua, am plasat comanda {order} acum două săptămâni și încă nu a ajuns. Îmi puteți spune unde "
            "se află?\n\nMulțumesc,\n{cust}",
            "Bună, cana din comanda {order} a sosit spartă. Ce trebuie să fac?\n\n{cust}",
            "Am returnat comanda acum mai bine de două săptămâni și încă nu mi-au intrat banii. Vă rog să "
            "rezolvați cât mai repede.\n\n{cust}",
            "Nu mă mai pot autentifica în cont. E-mailul pentru resetarea parolei nu ajunge niciodată.\n\n"
            "Cu stimă,\n{cust}",
            "Aș avea nevoie de o factură pe firmă pentru comanda {order}.\n\nMulțumesc frumos,\n{cust}",
        ],
        "attribution": "În {date}, {name} <{email}> a scris:",
        "outlook": ("De la", "Trimis", "Către", "Subiect"),
        "attachment": "factură-{order}.pdf",
        "tz": [120, 180],
        "cc": "RO",
        "legacy": ["iso-8859-2"],
    },
    # ------------------------------------------------------------------ Estonian
    "et": {
        "male": [("Mart", "Mart", "mart"), ("Jüri", "Jüri", "juri"), ("Andres", "Andres", "andres"),
                 ("Tõnu", "Tõnu", "tonu"), ("Priit", "Priit", "priit"), ("Märt", "Märt", "mart")],
        "female": [("Kadri", "Kadri", "kadri"), ("Liis", "Liis", "liis"), ("Triin", "Triin", "triin"),
                   ("Kätlin", "Kätlin", "katlin"), ("Mari-Liis", "Mari-Liis", "mari-liis"), ("Piret", "Piret", "piret")],
        "surnames": [_same("Tamm", "tamm"), _same("Saar", "saar"), _same("Sepp", "sepp"), _same("Mägi", "magi"),
                     _same("Kask", "kask"), _same("Rebane", "rebane"), _same("Õunapuu", "ounapuu"),
                     _same("Pärn", "parn")],
        "greet_named": {
            "m": ["Tere, {first}!", "Tere {first},", "Lugupeetud härra {sur},", "Hea {first},"],
            "f": ["Tere, {first}!", "Tere {first},", "Lugupeetud proua {sur},", "Hea {first},"],
        },
        "greet_generic": ["Hea klient,", "Tere!", "Tere päevast!", "Lugupeetud klient,"],
        "placeholder": ["Tere, [eesnimi]!", "Hea [kliendi nimi],"],
        "bodies": [
            ["Aitäh, et võtsite meiega ühendust seoses tellimusega {order}. Vabandame, et see pole teieni veel "
             "jõudnud.",
             "Kontrollisime kulleriga ja pakk on praegu nende piirkondlikus terminalis. See peaks teieni jõudma "
             "hiljemalt {date}. Saadetist saate jälgida koodiga {tracking}.",
             "Kui pakk selleks ajaks kohale ei jõua, vastake palun sellele kirjale ning saadame kohe uue toote "
             "või tagastame kogu summa."],
            ["Täname teid kannatlikkuse eest.",
             "Kinnitame, et tegime tellimuse {order} eest tagasimakse summas {amount}. Sõltuvalt teie pangast "
             "võib raha kontole jõuda {days} tööpäeva jooksul.",
             "Vabandame veel kord tekkinud ebamugavuste pärast."],
            ["Meil on väga kahju, et toode jõudis teieni kahjustatuna.",
             "Saadame teile tasuta uue toote ja kahjustatud toodet ei ole vaja tagastada. Uus pakk väljub meie "
             "laost {days} tööpäeva jooksul ning saate kinnituskirja koos jälgimiskoodiga."],
            ["Aitäh teie kirja eest. Lähtestasime teie konto sisselogimise, nii et mõne minuti jooksul peaksite "
             "saama e-kirja uue parooli määramiseks.",
             "Kui kirja postkastis ei ole, kontrollige palun ka rämpsposti kausta. Link kehtib 24 tundi."],
            ["Oleme teie tellimuse {order} tagastuse kätte saanud ja meie lao töötajad on tooted üle vaadanud.",
             "Summa {amount} kantakse tagasi teie algsele makseviisile hiljemalt {date}. Kui tagasimakse on "
             "tehtud, saadame teile eraldi kinnituse."],
            ["Aitäh, et andsite teada. Muutsime tellimuse {order} tarneaadressi, sest tellimust ei ole veel "
             "välja saadetud.",
             "Tarne on planeeritud kuupäevale {date}. Palun kontrollige aadressi oma kontol ja andke teada, kui "
             "midagi tuleb veel parandada."],
            ["Saadame manuses tellimuse {order} arve. Arvel on käibemaks ja teie ettevõtte andmed, nagu "
             "palusite.",
             "Kui teie raamatupidamine vajab arvet mõnes teises vormingus, andke palun teada ja aitame hea "
             "meelega."],
        ],
        "invoice_body": 6,
        "lists": [
            ("Toote tagastamiseks toimige järgmiselt:",
             ["Logige sisse oma kontole ja avage jaotis „Minu tellimused“.",
              "Valige tellimus {order} ja klõpsake „Tagasta toode“.",
              "Printige eelmakstud tagastussilt ja kinnitage see pakile.",
              "Viige pakk 30 päeva jooksul lähimasse pakiautomaati."]),
            ("Uue parooli määramiseks:",
             ["Avage sisselogimise leht ja klõpsake „Unustasin parooli“.",
              "Sisestage e-posti aadress, mida kasutasite tellimuse tegemisel.",
              "Avage meie saadetud link ja valige uus parool."]),
        ],
        "links": ["Saadetist saate jälgida siin: {track_url}", "Lisateavet leiate meie abikeskusest: {help_url}"],
        "signoffs": ["Lugupidamisega", "Lugupidamisega,", "Parimate soovidega,", "Tervitades,", "Aitäh!"],
        "closings": ["Kui teil on veel küsimusi, vastake julgelt sellele kirjale.",
                     "Täname, et valisite Northwind Home'i.", "Ilusat päeva!"],
        "role": "Klienditeenindus",
        "phone": "+372 600 0{n3}",
        "subjects": ["Tellimus {order}", "Kus mu tellimus on?", "Tagasimakse taotlus",
                     "Kahjustatud toode tellimuses {order}", "Ei saa kontole sisse logida",
                     "Arve tellimuse {order} kohta", "Tarneaadressi muutmine", "Küsimus tagastuse kohta",
                     "Ootan juba kolm nädalat tellimuse {order} tagasimakset"],
        "caps": ["KIIRE", "PALUN", "EI OLE KOHALE JÕUDNUD"],
        "originals": [
            "Tere! Tellisin kaks nädalat tagasi tellimuse {order}, aga see pole ikka veel kohale jõudnud. Kas "
            "saate öelda, kus see on?\n\nAitäh,\n{cust}",
            "Tere, tellimusega {order} tulnud kruus oli katki. Mida ma peaksin tegema?\n\n{cust}",
            "Saatsin tellimuse tagasi juba üle kahe nädala tagasi, aga raha pole ikka veel tagasi makstud. "
            "Palun lahendage see kiiresti.\n\n{cust}",
            "Ma ei saa enam oma kontole sisse logida. Parooli lähtestamise kiri ei jõua kunagi kohale.\n\n"
            "Parimat,\n{cust}",
            "Palun saatke mulle tellimuse {order} kohta arve, vajan seda oma ettevõtte jaoks.\n\nTänan,\n{cust}",
        ],
        "attribution": "Kuupäeval {date} kirjutas {name} <{email}>:",
        "outlook": ("Saatja", "Saadetud", "Adressaat", "Teema"),
        "attachment": "arve-{order}.pdf",
        "tz": [120, 180],
        "cc": "EE",
        "legacy": ["iso-8859-13", "windows-1257"],
    },
    # ------------------------------------------------------------------ Indonesian
    "id": {
        "male": [("Budi", "Budi", "budi"), ("Andi", "Andi", "andi"), ("Rizky", "Rizky", "rizky"),
                 ("Agus", "Agus", "agus"), ("Eko", "Eko", "eko"), ("Fajar", "Fajar", "fajar")],
        "female": [("Siti", "Siti", "siti"), ("Dewi", "Dewi", "dewi"), ("Putri", "Putri", "putri"),
                   ("Nur", "Nur", "nur"), ("Ayu", "Ayu", "ayu"), ("Rina", "Rina", "rina")],
        "surnames": [_same("Santoso", "santoso"), _same("Rahayu", "rahayu"), _same("Wijaya", "wijaya"),
                     _same("Lestari", "lestari"), _same("Pratama", "pratama"), _same("Setiawan", "setiawan"),
                     _same("Hidayah", "hidayah"), _same("Kartika", "kartika")],
        "greet_named": {
            "m": ["Halo Kak {first},", "Selamat pagi Bapak {first},", "Yth. Bapak {first},", "Halo {first}!",
                  "Selamat siang Pak {first},"],
            "f": ["Halo Kak {first},", "Selamat pagi Ibu {first},", "Yth. Ibu {first},", "Halo {first}!",
                  "Selamat siang Bu {first},"],
        },
        "greet_generic": ["Pelanggan yang terhormat,", "Halo,", "Selamat siang,", "Kepada Yth. Pelanggan,"],
        "placeholder": ["Halo Kak [nama],", "Yth. Bapak/Ibu [nama pelanggan],"],
        "bodies": [
            ["Terima kasih telah menghubungi kami terkait pesanan {order}. Mohon maaf, pesanan tersebut belum "
             "sampai ke tangan Anda.",
             "Kami sudah mengecek ke pihak kurir dan paket Anda saat ini berada di gudang transit. Paket "
             "diperkirakan tiba paling lambat {date}. Anda dapat melacaknya dengan nomor resi {tracking}.",
             "Jika paket belum diterima sampai tanggal tersebut, silakan balas email ini dan kami akan segera "
             "mengirimkan pengganti atau mengembalikan dana Anda sepenuhnya."],
            ["Terima kasih atas kesabaran Anda.",
             "Kami konfirmasikan bahwa pengembalian dana sebesar {amount} untuk pesanan {order} sudah kami "
             "proses. Tergantung bank Anda, dana akan masuk ke rekening dalam {days} hari kerja.",
             "Sekali lagi kami mohon maaf atas ketidaknyamanannya."],
            ["Kami sangat menyesal produk yang Anda terima dalam kondisi rusak.",
             "Kami akan mengirimkan produk pengganti tanpa biaya, dan Anda tidak perlu mengembalikan produk yang "
             "rusak. Paket baru akan dikirim dari gudang kami dalam {days} hari kerja, dan Anda akan menerima "
             "email konfirmasi beserta nomor resinya."],
            ["Terima kasih atas pesan Anda. Kami sudah mengatur ulang akses akun Anda, jadi dalam beberapa menit "
             "Anda akan menerima email untuk membuat kata sandi baru.",
             "Jika email tidak ada di kotak masuk, silakan periksa folder spam. Tautan tersebut berlaku selama "
             "24 jam."],
            ["Kami sudah menerima barang retur untuk pesanan {order} dan tim gudang kami telah memeriksanya.",
             "Dana sebesar {amount} akan dikembalikan ke metode pembayaran awal paling lambat {date}. Anda akan "
             "menerima konfirmasi terpisah setelah prosesnya selesai."],
            ["Terima kasih atas informasinya. Alamat pengiriman untuk pesanan {order} sudah kami ubah karena "
             "pesanan belum dikirim.",
             "Pengiriman dijadwalkan pada {date}. Mohon periksa kembali alamat di akun Anda dan beri tahu kami "
             "jika masih ada yang perlu diperbaiki."],
            ["Bersama email ini kami lampirkan faktur untuk pesanan {order}. Faktur sudah mencantumkan PPN dan "
             "data perusahaan sesuai permintaan Anda.",
             "Jika bagian keuangan Anda membutuhkan faktur dalam format lain, silakan kabari kami dan kami akan "
             "dengan senang hati membantu."],
        ],
        "invoice_body": 6,
        "lists": [
            ("Untuk mengembalikan produk, ikuti langkah berikut:",
             ["Masuk ke akun Anda dan buka menu Pesanan Saya.",
              "Pilih pesanan {order} lalu klik Ajukan Pengembalian.",
              "Cetak label pengembalian dan tempelkan pada paket.",
              "Serahkan paket ke kantor pos terdekat dalam waktu 30 hari."]),
            ("Untuk membuat kata sandi baru:",
             ["Buka halaman masuk dan klik Lupa kata sandi.",
              "Masukkan alamat email yang Anda gunakan saat memesan.",
              "Buka tautan yang kami kirimkan dan buat kata sandi baru."]),
        ],
        "links": ["Anda dapat melacak paket di sini: {track_url}",
                  "Informasi selengkapnya tersedia di pusat bantuan kami: {help_url}"],
        "signoffs": ["Salam hangat,", "Hormat kami,", "Terima kasih,", "Salam,", "Salam hormat,"],
        "closings": ["Jika ada hal lain yang bisa kami bantu, silakan balas email ini.",
                     "Terima kasih telah berbelanja di Northwind Home.", "Semoga hari Anda menyenangkan!"],
        "role": "Tim Layanan Pelanggan",
        "phone": "+62 21 5550 {n4}",
        "subjects": ["Pesanan {order}", "Pesanan saya di mana?", "Permintaan pengembalian dana",
                     "Produk rusak di pesanan {order}", "Tidak bisa masuk ke akun", "Faktur untuk pesanan {order}",
                     "Perubahan alamat pengiriman", "Pertanyaan tentang retur saya",
                     "Sudah tiga minggu menunggu pengembalian dana untuk pesanan {order}"],
        "caps": ["PENTING", "SEGERA", "BELUM SAMPAI"],
        "originals": [
            "Halo, saya memesan {order} dua minggu lalu tapi sampai sekarang belum sampai. Bisa dicek posisinya "
            "di mana?\n\nTerima kasih,\n{cust}",
            "Selamat siang, mug di pesanan {order} datang dalam keadaan pecah. Apa yang harus saya lakukan?\n\n"
            "{cust}",
            "Saya sudah mengembalikan barang lebih dari dua minggu lalu dan dananya belum juga masuk. Tolong "
            "segera diproses.\n\n{cust}",
            "Saya tidak bisa masuk ke akun saya. Email untuk reset kata sandi tidak pernah datang.\n\n"
            "Salam,\n{cust}",
            "Mohon dikirimkan faktur untuk pesanan {order} atas nama perusahaan saya.\n\nTerima kasih banyak,\n"
            "{cust}",
        ],
        "attribution": "Pada {date}, {name} <{email}> menulis:",
        "outlook": ("Dari", "Dikirim", "Kepada", "Perihal"),
        "attachment": "faktur-{order}.pdf",
        "tz": [420, 480, 540],
        "cc": "ID",
    },
}

# Month and weekday names for dates written inside bodies and quote headers.
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "el_gen": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
               "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "el_abbr": ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "ro_abbr": ["ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sept.", "oct.", "nov.", "dec."],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
           "oktoober", "november", "detsember"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"],
    "id_abbr": ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
}
WEEKDAYS = {  # Monday first
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "en_long": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "el": ["Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"],
    "ro": ["lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."],
    "et": ["E", "T", "K", "N", "R", "L", "P"],
    "id": ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"],
}

# What legacy-charset mailers did with characters their charset lacks.
LEGACY_FOLD = str.maketrans({
    "ș": "ş", "Ș": "Ş", "ț": "ţ", "Ț": "Ţ",  # Romanian comma-below -> cedilla (ISO-8859-2 has only these)
    "€": "EUR", "„": '"', "”": '"', "“": '"', "’": "'", "–": "-", "—": "-", "…": "...",
})
