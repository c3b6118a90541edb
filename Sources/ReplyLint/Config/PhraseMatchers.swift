import Synchronization

/// Every language's phrase lists compiled into `PhraseMatcher`s, a list at a time when it is
/// first asked for and then kept: a process that checks one draft compiles only the lists its
/// rules read, of the languages they read them in (a rule that looks at all five languages'
/// mailbox names compiles that one list five times, not every list five times). Shared by the
/// copies of a `LanguageSet`, and thread-safe.
final class PhraseMatchers: Sendable {
    private struct Slot: Hashable {
        var code: String
        var key: String
    }

    /// A language's patterns of a list; nil for a language it does not know.
    private let patterns: @Sendable (_ code: String, _ key: String) -> [PhrasePattern]?
    private let vocabulary: [String: Int]
    private let compiled = Mutex<[Slot: PhraseMatcher]>([:])

    init(vocabulary: [String: Int], patterns: @escaping @Sendable (_ code: String, _ key: String) -> [PhrasePattern]?) {
        self.patterns = patterns
        self.vocabulary = vocabulary
    }

    /// A language's list, compiled; nil for a language it does not know.
    func matcher(_ code: String, _ key: ListKey) -> PhraseMatcher? {
        let slot = Slot(code: code, key: key.name)
        if let known = compiled.withLock({ $0[slot] }) { return known }
        guard let list = patterns(code, key.name) else { return nil }
        // Compiled outside the lock; a thread that compiles it meanwhile makes the same matcher.
        let matcher = PhraseMatcher(list, vocabulary: vocabulary)
        return compiled.withLock { compiled in
            if let known = compiled[slot] { return known }
            compiled[slot] = matcher
            return matcher
        }
    }
}
