/// A mail message made from a seeded generator for the filter's property test, with what the
/// filter must do to it known by construction: which bytes are forged `X-ReplyLint-*` fields
/// of the top header section (to be removed), whether it has no header section at all, and
/// its first line break (the stamp's convention). The shapes are the ones mail servers meet:
/// LF, CRLF and mixed line endings, folded and odd header fields, 8-bit and binary bodies, NUL
/// bytes, lines over 998 bytes, no body, no final line break, no blank line after the
/// headers, only headers, an mbox `From ` line.
struct GeneratedMessage {
    var bytes: [UInt8] = []
    /// `bytes` without the forged fields: the filter's output less the stamp.
    var kept: [UInt8] = []
    /// Where the stamp goes in `kept` (after an mbox line).
    var stampOffset = 0
    var headless = false
    /// The message's first line break (none when it has no LF), which the stamp's lines use.
    var lineBreak: [UInt8]? {
        bytes.firstIndex(of: 0x0A).map { $0 > 0 && bytes[$0 - 1] == 0x0D ? [0x0D, 0x0A] : [0x0A] }
    }

    init<G: RandomNumberGenerator>(using random: inout G) {
        let style = Int.random(in: 0..<10, using: &random)
        let breakFor: (inout G) -> [UInt8] = { random in
            switch style {
            case 0..<4: [0x0A]
            case 4..<8: [0x0D, 0x0A]
            default: Bool.random(using: &random) ? [0x0A] : [0x0D, 0x0A]
            }
        }
        if Int.random(in: 0..<12, using: &random) == 0 {
            append(Array("From jo@b.example Mon Nov 16 10:12:00 2026".utf8) + breakFor(&random))
            stampOffset = kept.count
        }
        if Int.random(in: 0..<15, using: &random) == 0 {
            headless = true
            let start = Bool.random(using: &random) ? " indented: first" : "Hello there: no header"
            append(Array(start.utf8) + breakFor(&random))
        }
        let fields = headless ? 0 : Int.random(in: 0...12, using: &random)
        for _ in 0..<fields {
            field(using: &random, lineBreak: breakFor)
        }
        switch Int.random(in: 0..<6, using: &random) {
        case 0: break  // only headers
        case 1:  // no blank line: the body starts with a line that is no field
            append(Array("Hello there, no blank line".utf8) + breakFor(&random))
            if fields == 0 { headless = true }
            body(using: &random, lineBreak: breakFor)
        default:
            append(breakFor(&random))
            body(using: &random, lineBreak: breakFor)
        }
        // No final line break (the last part's bytes are in `kept` unless it was forged).
        if Int.random(in: 0..<4, using: &random) == 0, bytes.last == 0x0A {
            for _ in 0..<(bytes.count >= 2 && bytes[bytes.count - 2] == 0x0D && Bool.random(using: &random) ? 2 : 1) {
                bytes.removeLast()
                if !lastForged { kept.removeLast() }
            }
            // An mbox line without its line break is no mbox line: the message has no header section.
            if kept.count < stampOffset { (stampOffset, headless) = (0, true) }
        }
    }

    private var lastForged = false

    private mutating func append(_ part: [UInt8], forged: Bool = false) {
        lastForged = forged
        bytes += part
        if !forged { kept += part }
    }

    private static let names = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                                "Content-Transfer-Encoding", "Received", "X-Mailer", "subject", "CC", "X-ReplyLintish",
                                "X-Reply-Lint-Status", "X-ReplyLint", "Reply-To"]
    private static let forgedNames = ["X-ReplyLint-Status", "X-ReplyLint-Report", "x-replylint-status", "X-REPLYLINT-REPORT",
                                      "X-Replylint-Verdict", "x-ReplyLint-"]

    private mutating func field<G: RandomNumberGenerator>(using random: inout G, lineBreak: (inout G) -> [UInt8]) {
        let forged = Int.random(in: 0..<5, using: &random) == 0
        var name = forged ? Self.forgedNames.randomElement(using: &random)! : Self.names.randomElement(using: &random)!
        if Int.random(in: 0..<8, using: &random) == 0 { name += String(repeating: " ", count: Int.random(in: 1...2, using: &random)) }
        var line = Array((name + ":").utf8)
        line += value(using: &random)
        line += lineBreak(&random)
        for _ in 0..<(Int.random(in: 0..<4, using: &random) == 0 ? Int.random(in: 1...3, using: &random) : 0) {
            line += [Bool.random(using: &random) ? 0x20 : 0x09] + value(using: &random) + lineBreak(&random)
        }
        append(line, forged: forged)
    }

    /// A field value: plain words, 8-bit bytes, NUL, a lone CR, an encoded word, or a line over 998 bytes.
    private func value<G: RandomNumberGenerator>(using random: inout G) -> [UInt8] {
        switch Int.random(in: 0..<8, using: &random) {
        case 0: return []
        case 1: return Array(" =?UTF-8?B?zrHOu8+GzrE=?= pass".utf8)
        case 2: return [0x20] + (0..<Int.random(in: 1...40, using: &random)).map { _ in UInt8.random(in: 0x80...0xFF, using: &random) }
        case 3: return Array(" a\u{0}b\rc pass errors=0".utf8)
        case 4: return [0x20] + Array(repeating: UInt8(ascii: "x"), count: Int.random(in: 999...1500, using: &random))
        default: return Array(" pass errors=0 warnings=0 infos=0 value \(Int.random(in: 0...999, using: &random))".utf8)
        }
    }

    private mutating func body<G: RandomNumberGenerator>(using random: inout G, lineBreak: (inout G) -> [UInt8]) {
        for _ in 0..<Int.random(in: 0...8, using: &random) {
            switch Int.random(in: 0..<7, using: &random) {
            case 0: append((0..<Int.random(in: 0...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
            case 1: append(Array(repeating: UInt8(ascii: "y"), count: Int.random(in: 999...2000, using: &random)) + lineBreak(&random))
            case 2: append(Array("X-ReplyLint-Status: pass errors=0 warnings=0 infos=0".utf8) + lineBreak(&random))
            case 3: append(Array("Dear Anna, your order {{order_id}} ships today. Caf".utf8) + [0xE9, 0x00] + lineBreak(&random))
            case 4: append(lineBreak(&random))
            default: append(Array("Thank you for writing to us about the refund.".utf8) + lineBreak(&random))
            }
        }
    }
}
