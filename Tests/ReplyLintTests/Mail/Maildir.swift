import Foundation

/// Postfix's maildir file names: `SECONDS.VdevIinodeMmicroseconds.HOST` (local(8), maildir.c).
/// Sorted as text, two deliveries in the same second fall in inode order, which is not the
/// order they arrived in; this sorts by the delivery's second and microsecond.
enum Maildir {
    static func deliveryOrder(_ names: [String]) -> [String] {
        names.sorted { lhs, rhs in
            let a = key(lhs), b = key(rhs)
            return a != b ? a < b : lhs < rhs
        }
    }

    /// (seconds, microseconds) from a Postfix maildir name; names of another shape sort first.
    static func key(_ name: String) -> (UInt64, UInt64) {
        let parts = name.split(separator: ".", maxSplits: 2)
        guard parts.count >= 2, let seconds = UInt64(parts[0]) else { return (0, 0) }
        let unique = parts[1]
        guard let m = unique.lastIndex(of: "M") else { return (seconds, 0) }
        let micro = UInt64(unique[unique.index(after: m)...].prefix { $0.isNumber }) ?? 0
        return (seconds, micro)
    }
}

import Testing

@Test func maildirNamesSortByDeliveryTimeNotInode() {
    // Same second, the later delivery has the lower inode: text order would swap them.
    let earlier = "1795000000.V801I9aM120000.host", later = "1795000000.V801I1fM980000.host"
    #expect(Maildir.deliveryOrder([later, earlier]) == [earlier, later])
    #expect(Maildir.deliveryOrder(["1795000001.V801I1M5.host", later]) == [later, "1795000001.V801I1M5.host"])
}
