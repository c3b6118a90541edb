/// The points of the reply guidelines (docs/guidelines.md) that rules come from.
enum Guideline: Int, Sendable, CaseIterable {
    case replyOnTime = 1, subjectLine, customerName, introduceYourself, showUnderstanding, shortSteps
    case personalisedCanned, linkWhenLong, whatHappensNext, tone, closePolitely, proofread, wider

    var title: String {
        switch self {
        case .replyOnTime: "Reply on time"
        case .subjectLine: "Subject line: short, specific, calm"
        case .customerName: "Use the customer's name"
        case .introduceYourself: "Introduce yourself"
        case .showUnderstanding: "Show you understood; apologize for something specific"
        case .shortSteps: "Short instructions, numbered steps, no jargon"
        case .personalisedCanned: "Canned replies: fine, if personalised"
        case .linkWhenLong: "Link when it's long"
        case .whatHappensNext: "Say what happens next"
        case .tone: "Tone: polite, personal, professional"
        case .closePolitely: "Close politely"
        case .proofread: "Proofread"
        case .wider: "From the wider field"
        }
    }

    var text: String {
        switch self {
        case .replyOnTime:
            "Customers expect an answer within a day; three days is the outer limit."
        case .subjectLine:
            "Most desktop clients show about 60 characters of a subject; phones show 25 to 30. Put the most important word first. An empty subject gets deleted or lost. No capitals-lock and no excess punctuation: both read as shouting."
        case .customerName:
            "A named greeting tells the customer they are a person, not a ticket number. Match their status; where unknown, a neutral form."
        case .introduceYourself:
            "The reply should read as one person writing to another: the sender's name, job title and a way to reach them."
        case .showUnderstanding:
            "Say what went wrong, own it, and don't hide problems. \"Sorry\" alone is not an apology. Thank the customer for writing."
        case .shortSteps:
            "Break instructions into numbered steps or bullets. Plain words; explain as to someone outside the field without talking down."
        case .personalisedCanned:
            "Saved answers are acceptable, but always personalise them: names, dates, places. A reply that reads \"copied and pasted\" loses the customer."
        case .linkWhenLong:
            "When instructions run to three or more steps, add a link to a help article that has them, and give the answer itself too."
        case .whatHappensNext:
            "Tell the customer when they will hear back or when the fix lands; anticipate their next question; give a direct contact."
        case .tone:
            "Casual-professional, more formal for a refusal. No slang, emoticons, capitals-lock or piles of punctuation, even in a casual mail. \"Sir\" and \"Madam\" read as stiff. Replace negative words with positive ones."
        case .closePolitely:
            "Thank them for their business; end with a sign-off and a personal signature."
        case .proofread:
            "Busy days breed dropped words, typos, doubled words and wrong punctuation."
        case .wider:
            "A draft handed to a mail server must be a well-formed message with somewhere to go."
        }
    }

    var heading: String { self == .wider ? title : "\(rawValue). \(title)" }

    /// The guideline's anchor in docs/guidelines.md.
    var anchor: String {
        switch self {
        case .replyOnTime: "reply-on-time"
        case .subjectLine: "subject-line"
        case .customerName: "customer-name"
        case .introduceYourself: "introduce-yourself"
        case .showUnderstanding: "show-understanding"
        case .shortSteps: "short-steps"
        case .personalisedCanned: "personalised-canned"
        case .linkWhenLong: "link-when-long"
        case .whatHappensNext: "what-happens-next"
        case .tone: "tone"
        case .closePolitely: "close-politely"
        case .proofread: "proofread"
        case .wider: "wider"
        }
    }
}
