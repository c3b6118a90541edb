import Testing
@testable import ReplyLint

struct HTMLTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let html: String
        let text: String
        var testDescription: String { name }

        init(_ name: String, _ html: String, _ text: String) {
            self.name = name
            self.html = html
            self.text = text
        }
    }

    static let structure: [Case] = [
        Case("plain text", "Hello there", "Hello there"),
        Case("whitespace collapses", "  Hello \n\t  there  ", "Hello there"),
        Case("paragraphs get a blank line", "<p>One</p><p>Two</p>", "One\n\nTwo"),
        Case("br breaks the line", "Line one<br>Line two<br/>Line three", "Line one\nLine two\nLine three"),
        Case("two br leave a blank line", "One<br><br>Two", "One\n\nTwo"),
        Case("many br leave one blank line", "One<br><br><br><br>Two", "One\n\nTwo"),
        Case("divs start lines", "<div>One</div><div>Two</div>Three", "One\nTwo\nThree"),
        Case("headings are paragraphs", "<h1>Title</h1>Body<h2>Sub</h2>More", "Title\n\nBody\n\nSub\n\nMore"),
        Case("table rows are lines, cells spaced", "<table><tr><td>Phone</td><td>555</td></tr><tr><td>Fax</td><td>556</td></tr></table>",
             "Phone 555\nFax 556"),
        Case("inline tags keep words", "Order <b>#123</b> is <i>late</i>.", "Order #123 is late."),
        Case("unknown tags ignored", "<custom-tag x=1>kept</custom-tag> <o:p></o:p>text", "kept text"),
        Case("uppercase tags", "<P>One</P><BR>Two", "One\n\nTwo"),
        Case("leading and trailing blank lines dropped", "<p></p><br><p>Text</p><br><br>", "Text"),
        Case("image alt text", "Logo: <img src=\"x.png\" alt=\"ACME Support\"> end", "Logo: ACME Support end"),
        Case("image without alt", "a<img src=\"x.png\">b", "ab"),
        Case("pre keeps spacing", "<pre>\n  code   here\n    more</pre>after", "  code   here\n    more\nafter"),
        Case("hr starts a line", "above<hr>below", "above\nbelow"),
    ]

    static let dropped: [Case] = [
        Case("head, style and script vanish",
             "<!DOCTYPE html><html><head><title>T</title><style>p { color: red }</style></head><body><script>alert(1)</script><p>Hi</p></body></html>",
             "Hi"),
        Case("comments vanish", "a<!-- hidden <p>x</p> -->b", "ab"),
        Case("conditional comments vanish", "<!--[if mso]><table><tr><td><![endif]-->Hello<!--[if mso]></td></tr></table><![endif]-->",
             "Hello"),
        Case("processing instruction vanishes", "<?xml version=\"1.0\"?><p>x</p>", "x"),
        Case("script with tags inside", "<script>if (a < b) { document.write('<p>no</p>') }</script>yes", "yes"),
        Case("uppercase script end tag", "<SCRIPT>x</Script>yes", "yes"),
        Case("head without end tag ends at body content", "<head><meta charset=utf-8><p>Body", "Body"),
    ]

    static let lists: [Case] = [
        Case("unordered list", "<ul><li>Tea</li><li>Coffee</li></ul>", "- Tea\n- Coffee"),
        Case("ordered list", "<ol><li>Open</li><li>Click</li><li>Done</li></ol>", "1. Open\n2. Click\n3. Done"),
        Case("ordered list start", "<ol start=\"4\"><li>Four</li><li>Five</li></ol>", "4. Four\n5. Five"),
        Case("list ends a paragraph", "Steps:<ol><li>One</li></ol>Then done.", "Steps:\n1. One\n\nThen done."),
        Case("nested lists indent", "<ul><li>Fruit<ul><li>Apple</li><li>Pear</li></ul></li><li>Veg<ol><li>Kale</li></ol></li></ul>",
             "- Fruit\n  - Apple\n  - Pear\n- Veg\n  1. Kale"),
        Case("unclosed li", "<ul><li>One<li>Two</ul>", "- One\n- Two"),
        Case("continuation line of an item", "<ol><li>First<br>more</li></ol>", "1. First\n   more"),
        Case("li outside a list", "<li>Stray</li>", "- Stray"),
    ]

    static let links: [Case] = [
        Case("link keeps its target", "See <a href=\"https://example.com/help\">our help page</a>.",
             "See our help page <https://example.com/help>."),
        Case("link text equal to target", "<a href=\"https://example.com/\">https://example.com/</a>", "https://example.com/"),
        Case("link text equal to target without scheme", "<a href=\"https://example.com/\">example.com</a>", "example.com"),
        Case("mailto kept", "<a href=\"mailto:help@example.com\">Write to us</a>", "Write to us <mailto:help@example.com>"),
        Case("mailto text equal to address", "<a href=\"mailto:help@example.com\">help@example.com</a>", "help@example.com"),
        Case("entities in href", "<a href='https://x.test/?a=1&amp;b=2'>go</a>", "go <https://x.test/?a=1&b=2>"),
        Case("unquoted href", "<a href=https://x.test>go</a>", "go <https://x.test>"),
        Case("in-page anchor dropped", "<a href=\"#top\">Back</a>", "Back"),
        Case("link around image", "<a href=\"https://x.test\"><img alt=\"Logo\"></a>", "Logo <https://x.test>"),
        Case("link without text", "<a href=\"https://x.test\"></a>", "https://x.test"),
        Case("unclosed link", "<a href=\"https://x.test\">open", "open <https://x.test>"),
        Case("anchor without href", "<a name=\"x\">plain</a>", "plain"),
    ]

    static let quotes: [Case] = [
        Case("blockquote prefixes lines", "Thanks!<blockquote>Original line<br>second</blockquote>",
             "Thanks!\n> Original line\n> second"),
        Case("gmail quote", "<div>Sure.</div><div class=\"gmail_quote\">On Mon, Ana wrote:<br><blockquote class=\"gmail_quote\"><div>Is it shipped?</div></blockquote></div>",
             "Sure.\nOn Mon, Ana wrote:\n> Is it shipped?"),
        Case("nested blockquote", "<blockquote>outer<blockquote>inner</blockquote>back</blockquote>after",
             "> outer\n>> inner\n> back\nafter"),
        Case("paragraphs inside a quote", "<blockquote><p>one</p><p>two</p></blockquote>", "> one\n>\n> two"),
        Case("blank line leaving a quote is unquoted", "<blockquote><p>q</p></blockquote><p>reply</p>", "> q\n\nreply"),
    ]

    static let entities: [Case] = [
        Case("basic entities", "&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;", "<b> & \"x\" 'y'"),
        Case("typography", "Wait&hellip; 1&ndash;2 &mdash; &euro;5 &copy; &laquo;q&raquo;", "Wait… 1–2 — €5 © «q»"),
        Case("latin-1 letters", "Gr&uuml;&szlig;e, Jos&eacute; &Aring;se &ntilde; &AElig;", "Grüße, José Åse ñ Æ"),
        Case("nbsp is a collapsing space", "a&nbsp;&nbsp;b<p>&nbsp;</p>c", "a b\n\nc"),
        Case("decimal and hex", "&#65;&#x42;&#X43; &#8364; &#x1F600;", "ABC € 😀"),
        Case("windows-1252 numeric", "it&#146;s", "it’s"),
        Case("invalid numeric", "a&#0;b&#xD800;c&#99999999;d", "a\u{FFFD}b\u{FFFD}c\u{FFFD}d"),
        Case("unknown entity stays", "&bogus; &amp &copy2024 a&b", "&bogus; & &copy2024 a&b"),
        Case("entity-looking text is not a tag", "1 &lt;p&gt; 2", "1 <p> 2"),
        Case("bare ampersand", "Tom & Jerry", "Tom & Jerry"),
    ]

    static let broken: [Case] = [
        Case("less-than in text", "if a < b and c > d", "if a < b and c > d"),
        Case("unterminated tag keeps the rest", "Hello <b world", "Hello <b world"),
        Case("unterminated comment keeps the rest", "a<!-- oops > b", "a b"),
        Case("unterminated comment without any >", "a<!-- oops b", "a oops b"),
        Case("unterminated quote in attribute", "<a href=\"x.test>link</a> rest", "link <x.test> rest"),
        Case("stray end tags", "</p></div>text</li></blockquote>", "text"),
        Case("unterminated script drops the rest", "ok<script>var a", "ok"),
        Case("unclosed blockquote", "<blockquote>quoted", "> quoted"),
        Case("empty input", "", ""),
        Case("only markup", "<p><br></p>", ""),
        Case("lone ampersand hash", "&#;&#x;&", "&#;&#x;&"),
        Case("end tag without name", "a</ >b", "a</ >b"),
        Case("greater-than inside a quoted attribute", "<a title=\"a>b\" href=\"x.test\">t</a>", "t <x.test>"),
        Case("unterminated quote, tag ends at its first >", "<span title=\"x>y<i>z</i> w", "yz w"),
        Case("unquoted-looking tag swallows the next tag as an attribute, as browsers do", "<a b='>'<b>x</b>", "x"),
        Case("unterminated quote at the end", "<p>ok</p><a href=\"x", "ok\n\n<a href=\"x"),
    ]

    @Test(arguments: structure + dropped + lists + links + quotes + entities + broken)
    func text(_ example: Case) {
        #expect(HTMLText.text(from: example.html) == example.text)
    }

    @Test func replyWithQuotedOriginal() {
        let html = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
            <body>
            <p>Hi Ana,</p>
            <p>Your refund was issued today. Steps:</p>
            <ol>
              <li>Open <a href="https://shop.test/orders">your orders</a></li>
              <li>Check the status</li>
            </ol>
            <p>Best regards,<br>Sam</p>
            <div class="gmail_quote">On Tue, Ana &lt;ana@x.test&gt; wrote:<br>
            <blockquote>Where is my refund?</blockquote></div>
            </body></html>
            """
        let expected = """
            Hi Ana,

            Your refund was issued today. Steps:

            1. Open your orders <https://shop.test/orders>
            2. Check the status

            Best regards,
            Sam

            On Tue, Ana <ana@x.test> wrote:
            > Where is my refund?
            """
        #expect(HTMLText.text(from: html) == expected)
    }

    @Test func deepNestingIsRenderedToALimit() {
        let html = String(repeating: "<blockquote>", count: 100) + "deep" + String(repeating: "<ul><li>", count: 40) + "item"
        let lines = HTMLText.text(from: html).split(separator: "\n")
        #expect(lines.first == Substring(String(repeating: ">", count: 64) + " deep"))
        #expect(lines.last == Substring(String(repeating: ">", count: 64) + " " + String(repeating: "  ", count: 16) + "- item"))
    }

    @Test func randomMarkupNeverTraps() {
        var generator = SplitMix64(seed: 0xB0D7)
        let pieces = ["<", ">", "</", "<!--", "-->", "&", "&#", "&amp;", ";", "\"", "'", "=", " ", "\n", "p", "a href",
                      "li", "ol", "ul", "blockquote", "pre", "script", "x", "é", "<br>", "<li>", "</ol>", "&#x"]
        for _ in 0..<200 {
            let count = Int(generator.next() % 40)
            let html = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            _ = HTMLText.text(from: html)
        }
    }
}
