import Synchronization

/// A bounded, process-wide map from a word to what was worked out about it, shared by
/// the threads that lint drafts at once. Split into stripes, each with its own lock, so
/// threads seldom wait for each other; a full stripe is emptied and fills again with the
/// words still in use.
final class WordCache<Value: Sendable>: Sendable {
    private final class Stripe: Sendable {
        let entries = Mutex<[WordKey: Value]>([:])
    }

    private let stripes: [Stripe]
    private let stripeCapacity: Int

    init(capacity: Int, stripes count: Int = 16) {
        stripes = (0..<count).map { _ in Stripe() }
        stripeCapacity = max(1, capacity / count)
    }

    subscript(word: String) -> Value? {
        get { stripe(word).entries.withLock { $0[WordKey(word)] } }
        set {
            guard let newValue else { return }
            let capacity = stripeCapacity
            stripe(word).entries.withLock { entries in
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
                entries[WordKey(word)] = newValue
            }
        }
    }

    /// Length and first and last bytes: enough to spread words over the stripes, and far
    /// cheaper than hashing the word a second time.
    private func stripe(_ word: String) -> Stripe {
        let utf8 = word.utf8
        let mix = utf8.count &* 31 &+ Int(utf8.first ?? 0) &* 7 &+ Int(utf8.last ?? 0)
        return stripes[mix % stripes.count]
    }
}

/// A word compared and hashed by its UTF-8 bytes. `String` compares by canonical
/// equivalence, which costs a normalisation pass per non-ASCII word; the words here come
/// from one segmenter and need no such care.
struct WordKey: Hashable, Sendable {
    var text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (a: WordKey, b: WordKey) -> Bool {
        a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
