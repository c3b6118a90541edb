/// Text that goes into a header field or an SMTP reply: printable ASCII on one line.
enum MailText {
    /// `text` with each run of white space or control characters made one space, every other
    /// character outside printable ASCII made `?`, and cut to `limit` characters (ending `...`).
    static func printable(_ text: String, limit: Int) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar.value < 0x7F ? scalar : "?")
        }
        guard result.count > limit else { return result }
        return String(result.prefix(max(0, limit - 3))) + "..."
    }

    /// A header field `name: words…` folded before a space so no line passes 78 characters
    /// (a single word longer than a line stays whole); unfolded, the value is the words joined
    /// by single spaces.
    static func fold(_ name: String, _ words: [String], lineBreak: String) -> String {
        var field = name + ":"
        var lineLength = field.count
        for word in words {
            if lineLength + 1 + word.count > 78, lineLength > name.count + 1 {
                field += lineBreak
                lineLength = 0
            }
            field += " " + word
            lineLength += 1 + word.count
        }
        return field
    }
}
