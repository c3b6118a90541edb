import Synchronization

/// A `LanguageSet`'s languages by code, each made the first time it is asked for and then
/// kept: a run over one English draft makes English alone. Shared by the copies of a
/// `LanguageSet`, and thread-safe.
final class LanguageShelf: Sendable {
    /// Each language's name by its code: every language, made or not.
    let names: [String: String]
    let codes: [String]
    private let make: @Sendable (String) -> LanguageData?
    private let made = Mutex<[String: LanguageData]>([:])

    init(names: [String: String], make: @escaping @Sendable (String) -> LanguageData?) {
        self.names = names
        codes = names.keys.sorted()
        self.make = make
    }

    func language(_ code: String) -> LanguageData? {
        guard names[code] != nil else { return nil }
        if let known = made.withLock({ $0[code] }) { return known }
        // Made outside the lock; a thread that makes it meanwhile makes the same lists.
        guard let language = make(code) else { return nil }
        return made.withLock { made in
            if let known = made[code] { return known }
            made[code] = language
            return language
        }
    }
}
