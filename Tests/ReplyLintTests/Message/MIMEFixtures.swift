/// Multipart messages shared by the MIME and line-ending tests.
enum MIMEFixtures {
    static let alternative = """
        Subject: alt
        Content-Type: multipart/alternative; boundary="alt"

        preamble is ignored
        --alt
        Content-Type: text/html; charset=utf-8

        <p>Hello</p>
        --alt
        Content-Type: text/plain; charset=utf-8

        Hello plain
        --alt--
        epilogue is ignored
        """

    static let mixed = """
        Subject: mixed
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary=outer

        --outer
        Content-Type: text/plain

        Body text
        second line
        --outer
        Content-Type: application/pdf; name="invoice.pdf"
        Content-Disposition: attachment; filename*=utf-8''%E2%82%AC-invoice.pdf

        %PDF-1.4
        --outer
        Content-Type: message/rfc822

        Subject: forwarded
        From: x@y.z

        Forwarded body, not the message body
        --outer--
        """

    static let nested = """
        Subject: nested
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: multipart/related; boundary="b2"

        --b2
        Content-Type: multipart/alternative; boundary="b3"

        --b3
        Content-Type: text/plain

        Deep plain
        --b3
        Content-Type: text/html

        <b>Deep</b>
        --b3--
        --b2
        Content-Type: image/png

        PNGDATA
        --b2--
        --b1
        Content-Type: text/plain; name="notes.txt"

        attached notes
        --b1--
        """

    static func nested(depth: Int) -> String {
        var text = "Subject: deep\n"
        for level in 0..<depth {
            text += "Content-Type: multipart/mixed; boundary=\"d\(level)\"\n\n--d\(level)\n"
        }
        text += "Content-Type: text/plain\n\ninnermost\n"
        for level in (0..<depth).reversed() { text += "--d\(level)--\n" }
        return text
    }
}
