extension Array where Element == String {
    /// The strings longest first (in characters), keeping the given order among equal lengths,
    /// as `sorted { $0.count > $1.count }` does; each length is counted once, not at every
    /// comparison (counting characters walks the whole string).
    func longestFirst() -> [String] {
        let lengths = map(\.count)
        return indices.sorted { lengths[$0] != lengths[$1] ? lengths[$0] > lengths[$1] : $0 < $1 }.map { self[$0] }
    }

    /// Longest first, then in code-point order among equal lengths: the same order whatever
    /// order the strings came in.
    func longestFirstThenOrdered() -> [String] {
        let lengths = map(\.count)
        return indices.sorted { lengths[$0] != lengths[$1] ? lengths[$0] > lengths[$1] : self[$0] < self[$1] }.map { self[$0] }
    }
}
