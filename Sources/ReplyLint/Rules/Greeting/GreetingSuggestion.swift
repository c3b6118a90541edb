/// The greeting a rule suggests for a customer, in the draft's register and punctuation
/// (issue 10 §4), from the language's data: `greeting-forms` (formal and informal forms with
/// `{first}` / `{last}` slots), `formal-words` (which words make a draft formal),
/// `name-after-title` (`first` where a title takes the first name: *Yth. Bapak Hendra*) and
/// `name-case` (`vocative`: Greek names are addressed in the vocative). Every rule that
/// suggests a greeting asks this type, so they all suggest the same one.
import Foundation

struct GreetingSuggestion {
    enum Register: String { case formal, informal }

    /// The lists a rule that uses this type reads, for its `usesLists`.
    static let lists: [ListKey] = [.greetings, .greetingForms, .formalWords, .nameAfterTitle, .nameCase]

    let draft: Draft
    let first: String
    let last: String

    /// Without the customer's name, the suggestion leaves `…` in its place.
    init(_ draft: Draft) {
        let words = (draft.recipientName ?? "").split(separator: " ").map(String.init)
        self.draft = draft
        self.first = words.first ?? "…"
        self.last = words.count > 1 ? words[words.count - 1] : ""
    }

    /// The register of the draft. A greeting with a formal word is formal (*Dear*, *Bună ziua*,
    /// *Yth.*); one that opens with another opener is informal (*Hi*, *Salut*, *Tere*, *Halo*); a
    /// generic one without an opener is formal (*To whom it may concern*). Without a greeting,
    /// a formal word anywhere in the new text makes it formal (*dumneavoastră*, *Cu stimă*).
    var register: Register {
        let formal = Set(draft.language.list(.formalWords).map { Self.letters($0) })
        if let greeting = draft.greeting {
            let words = Self.words(greeting.text)
            if words.contains(where: formal.contains) { return .formal }
            let openers = Set(draft.language.list(.greetings).compactMap { Self.words($0).first })
            if let word = words.first, openers.contains(word) { return .informal }
            if greeting.isGeneric { return .formal }
        }
        let text = draft.newText.lazy.flatMap { Self.words($0.full) }
        return text.contains(where: formal.contains) ? .formal : .informal
    }

    /// The suggested greeting, e.g. `Bună ziua, Cristina,`, `Yth. Bapak Hendra,`, `Tere, Mari!`.
    var text: String {
        let forms = draft.language.map(.greetingForms)
        let register = self.register
        let own = forms[register.rawValue] ?? []
        let other = forms[register == .formal ? Register.informal.rawValue : Register.formal.rawValue] ?? []
        guard let greeting = draft.greeting else {
            return own.first.map { fill($0) } ?? "\(first),"
        }
        let end = Self.endMark(greeting)
        if !greeting.isGeneric, let opener = greeting.opener {
            let written = String(greeting.line.full[opener])
            let folded = TextFolding.fold(written)
            // A form of the language that opens the same way gives its punctuation (*Bună ziua, Cristina*).
            if greeting.titles.isEmpty,
               let form = (own + other).first(where: { TextFolding.fold(Self.opener(of: $0)) == folded }) {
                return fill(Self.replacingEnd(of: form, with: end), opener: written)
            }
            // Otherwise the draft's own opener and titles, then the name (*Dear Mr Smith*, *Yth. Bapak Hendra*).
            var result = written
            if let comma = Self.commaAfter(opener, in: greeting) { result += comma }
            if let firstTitle = greeting.titles.first, let lastTitle = greeting.titles.last {
                result += " " + greeting.line.full[firstTitle.lowerBound..<lastTitle.upperBound]
                return result + " " + name(title: true) + end
            }
            return result + " " + name(title: false) + end
        }
        // A bare name ("Maria,") stays a bare name; a generic greeting names no one: the
        // language's form of the same register.
        guard greeting.isGeneric, let form = own.first else { return vocative(first, role: .first) + end }
        return fill(Self.replacingEnd(of: form, with: end))
    }

    /// The customer's name after a title (the last name, or the first where `name-after-title`
    /// is `first`) or on its own (the first name).
    private func name(title: Bool) -> String {
        title && !last.isEmpty && draft.language.scalar(.nameAfterTitle) != "first"
            ? vocative(last, role: .last) : vocative(first, role: .first)
    }

    private func vocative(_ word: String, role: GreekVocative.Role) -> String {
        draft.language.scalar(.nameCase) == "vocative" ? GreekVocative.vocative(word: word, role: role) : word
    }

    private func fill(_ form: String, opener: String? = nil) -> String {
        var result = form.replacingOccurrences(of: "{first}", with: vocative(first, role: .first))
            .replacingOccurrences(of: "{last}", with: vocative(last, role: .last))
            .replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: " !", with: "!")
        while result.last == " " { result.removeLast() }
        // Keep the draft's own spelling of the opener (capitals, accents).
        if let opener, let range = result.range(of: Self.opener(of: form)) {
            result.replaceSubrange(range, with: opener)
        }
        return result
    }

    /// The opener of a form: what stands before its first slot, less the comma or space.
    static func opener(of form: String) -> String {
        let head = form.range(of: "{").map { form[..<$0.lowerBound] } ?? Substring(form)
        return String(head.trimming { $0 == " " || $0 == "," })
    }

    /// The mark that closes the draft's greeting (`,` `!` `:`), or none.
    static func endMark(_ greeting: Greeting) -> String {
        guard let last = greeting.text.last, ",!:;.".contains(last) else { return "" }
        return String(last)
    }

    static func replacingEnd(of form: String, with mark: String) -> String {
        var body = Substring(form)
        while let last = body.last, ",!:;.".contains(last) { body = body.dropLast() }
        return body + mark
    }

    /// `,` when the draft wrote one right after the opener ("Tere, Mari!").
    private static func commaAfter(_ opener: Range<String.Index>, in greeting: Greeting) -> String? {
        let rest = greeting.line.full[opener.upperBound...].drop { $0 == " " }
        guard rest.first == ",", greeting.range.upperBound > rest.startIndex,
              greeting.line.full.index(after: rest.startIndex) < greeting.range.upperBound else { return nil }
        return ","
    }

    /// The folded words of a text, without their marks (`Yth.` is `yth`).
    private static func words(_ text: some StringProtocol) -> [String] {
        TextFolding.fold(text).split { !$0.isLetter }.map(String.init)
    }

    private static func letters(_ entry: String) -> String {
        String(entry.filter(\.isLetter))
    }
}
