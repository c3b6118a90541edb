import Foundation

/// A customer's name as a From display name gives it: "Smith, Anna", "Dr. Anna Smith",
/// "κ. Νίκος Παπαδόπουλος". Titles are set apart; an e-mail address is never taken for a name.
struct CustomerName: Equatable {
    var full: String
    var first: String
    var last: String?
    /// The title written before the name ("Dr.", "κ."), when there was one.
    var title: String?

    /// Degrees and suffixes after a comma, which make "Smith, PhD" not a "Last, First".
    static let suffixes: Set<String> = ["phd", "md", "jr", "sr", "ii", "iii", "iv", "mba", "msc", "bsc", "esq"]

    /// Nil when `displayName` holds no name (empty, only a title, or an address).
    init?(_ displayName: String?, titles: Set<String>) {
        guard let displayName else { return nil }
        let cleaned = displayName.split(whereSeparator: { $0.isWhitespace || $0 == "\"" }).joined(separator: " ")
        guard !cleaned.isEmpty, !cleaned.contains("@"), cleaned.contains(where: \.isLetter) else { return nil }
        var words: [String]
        let commaParts = cleaned.split(separator: ",", omittingEmptySubsequences: true).map { String($0.trimmingWhitespace) }
        if commaParts.count == 2, !Self.suffixes.contains(Self.fold(commaParts[1])) {
            words = commaParts[1].split(separator: " ").map(String.init) + commaParts[0].split(separator: " ").map(String.init)
        } else {
            words = (commaParts.first ?? cleaned).split(separator: " ").map(String.init)
        }
        var titleWords: [String] = []
        while words.count > 1, let word = words.first, titles.contains(Self.fold(word)) {
            titleWords.append(word)
            words.removeFirst()
        }
        guard let first = words.first, words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        self.first = first
        last = words.count > 1 ? words.dropFirst().joined(separator: " ") : nil
        full = words.joined(separator: " ")
        title = titleWords.isEmpty ? nil : titleWords.joined(separator: " ")
    }

    /// Case- and accent-insensitive, without a trailing full stop: "Dr." → "dr".
    static func fold(_ word: some StringProtocol) -> String {
        TextFolding.fold(String(word).trimmingCharacters(in: ["."]))
    }
}
