import Synchronization

/// Every language's phrase lists compiled into `PhraseMatcher`s, a language at a time when it
/// is first asked for and then kept: compiling all five costs a process that checks one draft
/// more than the draft itself. Shared by the copies of a `LanguageSet`, and thread-safe.
final class PhraseMatchers: Sendable {
    private let patterns: [String: [String: [PhrasePattern]]]
    private let vocabulary: [String: Int]
    private let compiled = Mutex<[String: [ListKey: PhraseMatcher]]>([:])

    init(_ languages: [String: LanguageData], vocabulary: [String: Int]) {
        patterns = languages.mapValues(\.patterns)
        self.vocabulary = vocabulary
    }

    /// A language's list, compiled; nil for a language it does not know.
    func matcher(_ code: String, _ key: ListKey) -> PhraseMatcher? {
        if let known = compiled.withLock({ $0[code] }) { return known[key] }
        guard let lists = patterns[code] else { return nil }
        // Compiled outside the lock; a thread that compiles it meanwhile makes the same matchers.
        let matchers = Dictionary(uniqueKeysWithValues: PhraseMatcher.keys.map { key in
            (key, PhraseMatcher(lists[key.name] ?? [], vocabulary: vocabulary))
        })
        return compiled.withLock { compiled in
            if let known = compiled[code] { return known[key] }
            compiled[code] = matchers
            return matchers[key]
        }
    }
}
