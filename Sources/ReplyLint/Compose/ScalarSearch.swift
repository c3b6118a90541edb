extension Array where Element == Unicode.Scalar {
    /// Where `marker` next starts at or after `start`, or nil: the template syntaxes' search
    /// for a closing delimiter.
    func firstIndex(of marker: [Unicode.Scalar], from start: Int) -> Int? {
        guard !marker.isEmpty else { return nil }
        var at = start
        while at + marker.count <= count {
            if self[at..<(at + marker.count)].elementsEqual(marker) { return at }
            at += 1
        }
        return nil
    }
}
