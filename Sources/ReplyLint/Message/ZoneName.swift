/// Zone abbreviations mail clients and people write after a time. RFC 5322 §4.3 names only
/// UT, GMT and the North American ones; the others are those whose meaning nobody disputes
/// (IST, AST, BST-as-Bangladesh and the like mean two zones, so they are left out and read
/// as unreliable).
enum ZoneName {
    /// Lower-cased name → seconds east of UTC.
    static let offsets: [String: Int] = {
        let minutes: [String: Int] = [
            "ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0, "west": 60, "bst": 60,
            "cet": 60, "cest": 120, "met": 60, "mest": 120, "eet": 120, "eest": 180, "msk": 180,
            "wat": 60, "cat": 120, "sast": 120, "eat": 180,
            "pkt": 300, "ict": 420, "wib": 420, "wita": 480, "wit": 540, "pht": 480, "sgt": 480, "hkt": 480,
            "jst": 540, "kst": 540, "awst": 480, "acst": 570, "acdt": 630, "aest": 600, "aedt": 660,
            "nzst": 720, "nzdt": 780,
            "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
            "akst": -540, "akdt": -480, "hst": -600, "brt": -180, "art": -180,
        ]
        return minutes.mapValues { $0 * 60 }
    }()

    /// The offset of a lower-cased name, nil when unknown.
    static func offset(_ name: String) -> Int? { offsets[name] }

    /// A military letter other than Z (RFC 822 gave them the wrong sign).
    static func isMilitary(_ name: String) -> Bool {
        name.count == 1 && name != "z" && name != "j" && name.allSatisfy { $0 >= "a" && $0 <= "z" }
    }
}
