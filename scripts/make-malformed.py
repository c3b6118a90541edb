#!/usr/bin/env python3
"""Writes Fixtures/malformed/: small unusual or broken .eml files for the parser's
robustness tests. Bytes are spelled out here (CRLF, lone CR, NUL, 8-bit, huge sizes)
because editors and git would not keep them exact. Deterministic: run it again and
nothing changes.

    python3 scripts/make-malformed.py
"""
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "malformed")

FILES = {}


def eml(name, text, newline="\n", encoding="utf-8"):
    """A text fixture written with `newline` line breaks."""
    FILES[name] = text.replace("\n", newline).encode(encoding)


def raw(name, data):
    FILES[name] = data


SIMPLE_HEAD = "From: Ann <ann@example.com>\nTo: bob@example.org\nSubject: Hello\n"

# Empty, tiny, and where the header section ends.
raw("empty.eml", b"")
raw("single-byte.eml", b"x")
raw("only-newlines.eml", b"\n\n\n")
eml("only-headers.eml", SIMPLE_HEAD)
eml("no-blank-line.eml", SIMPLE_HEAD + "Hi Bob,\nthanks for writing.\n")
eml("only-body-no-headers.eml", "Hi Bob,\n\nthanks for writing.\n")
eml("continuation-first-line.eml", "  folded with nothing before\nSubject: x\n\nbody\n")
eml("header-without-colon.eml", "Subject: x\nX-Broken header line\nTo: a@b.c\n\nbody\n")
eml("header-only-colon.eml", ": no name\nSubject: x\n\nbody\n")
eml("mbox-from-line.eml", "From ann@example.com Fri Nov 20 09:15:00 2026\n" + SIMPLE_HEAD + "\nbody\n")

# Line endings.
eml("crlf-only.eml", SIMPLE_HEAD + "\nHi Bob,\n\nthanks.\n", newline="\r\n")
eml("lone-cr.eml", SIMPLE_HEAD + "\nHi Bob,\nthanks.\n", newline="\r")
raw("mixed-line-endings.eml", b"Subject: mixed\r\nTo: a@b.c\n\r\nline one\rline two\r\nline three\n")

# Raw bytes where they should not be.
raw("8bit-subject-latin1.eml", b"Subject: caf\xe9 cr\xe8me\nTo: a@b.c\n\nbody\n")
raw("8bit-subject-utf8.eml", "Subject: café crème\nTo: a@b.c\n\nbody\n".encode("utf-8"))
raw("shift-jis-subject-raw.eml", b"Subject: " + "こんにちは".encode("shift_jis") + b"\n\nbody\n")
raw("8bit-in-header-name.eml", b"Subj\xe9ct: x\nTo: a@b.c\n\nbody\n")
raw("nul-bytes.eml", b"Subject: nul\x00here\nTo: a@b.c\n\nbo\x00dy\x00\n\x00\n")
raw("null-in-header-name.eml", b"Sub\x00ject: x\n\nbody\n")
raw("invalid-utf8-body.eml", b"Content-Type: text/plain; charset=utf-8\n\ncaf\xe9 \xff\xfe\xc3\n")
rng = random.Random(5322)
raw("binary-garbage.eml", bytes(rng.randrange(256) for _ in range(4096)))
raw("binary-garbage-after-headers.eml", b"Subject: bin\n\n" + bytes(rng.randrange(256) for _ in range(4096)))

# Header values.
eml("bad-encoded-word.eml", "Subject: =?utf-8?X?abc?= and =?utf-8?B?%%%?= and =?utf-8?Q?bad=ZZ?=\n\nbody\n")
eml("encoded-word-unknown-charset.eml", "Subject: =?x-unknown?Q?hello?=\n\nbody\n")
eml("iso-2022-jp-adjacent-encoded-words.eml", "Subject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\n"
    " =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\n\nbody\n")
eml("split-utf8-across-b-and-q-words.eml", "Subject: =?utf-8?B?QnVuxA==?= =?UTF-8?Q?=83_ziua?=\n\nbody\n")
eml("split-multibyte-encoded-words.eml", "Subject: =?utf-8?Q?price_=E2=82?= =?utf-8?Q?=AC5?=\n\nbody\n")
eml("encoded-word-in-quoted-display-name.eml",
    "From: \"=?utf-8?Q?J=C3=B6rg_M=C3=BCller?=\" <j@example.de>\n\nbody\n")
eml("broken-address-list.eml", "From: John <j@example.com\nTo: \"unterminated <a@b.c>, , nobody, <>\n"
    "Cc: (unclosed comment c@d.e\n\nbody\n")
eml("group-address.eml", "To: Team: a@example.com, Bo <b@example.org>;, undisclosed-recipients:;\n\nbody\n")
eml("unterminated-quote-in-from.eml", "From: \"Smith, John <j@example.com>\n\nbody\n")
eml("deep-comment-nesting.eml", "From: j@example.com " + "(" * 20000 + "x" + ")" * 19999 + "\n\nbody\n")
eml("bad-date.eml", "Date: the day after tomorrow\nSubject: x\n\nbody\n")
eml("date-zone-glued-to-time.eml", "Date: Mon, 01 Jan 2001 00:01+0000\nSubject: x\n\nbody\n")
eml("date-obsolete-comments-and-blanks.eml", "Date: Fri, 21 Nov 1997 09(comment):   55  :  06 -0600\nSubject: x\n\nbody\n")
eml("date-unknown-offset.eml", "Date: Fri, 20 Nov 2026 09:15:00 -0000\nSubject: x\n\nbody\n")
eml("date-military-zone.eml", "Date: Fri, 20 Nov 2026 09:15:00 Q\nSubject: x\n\n"
    "Good morning,\n\nOn Thu, 19 Nov 2026 at 09:00 (GMT+02:00) Athens, Beirut, Anna <a@b.c> wrote:\n> hi\n")
eml("date-obsolete-zone.eml", "Date: Fri, 20 Nov 26 09:15 EST (Eastern)\nSubject: x\n\nbody\n")
eml("address-many-colons.eml", "To: a@b.c" + ":" * 200000 + "\n\nbody\n")
eml("address-route-commas.eml", "To: <@a" + "," * 200000 + ">\n\nbody\n")
eml("many-encoded-words.eml", "Subject: " + "=?utf-8?Q?a?= =?x?Q?b?= =?utf-8?B?Y?= " * 3000 + "\n\nbody\n")
eml("parameter-many-blanks.eml", "Content-Type: text/plain; name=a" + " b" * 100000 + "\n\nbody\n")
eml("huge-folded-header.eml", "Subject: start\n" + "".join(f" fold {i:05d}\n" for i in range(10000)) + "\nbody\n")

# Limits: each of these must throw its MessageError.
eml("huge-header.eml", "Subject: " + "x" * (300 * 1024) + "\n\nbody\n")
eml("many-header-fields.eml", "".join(f"X-Field-{i}: {i}\n" for i in range(2000)) + "\nbody\n")


def nested(depth):
    text = "Subject: deep\n"
    for level in range(depth):
        text += f'Content-Type: multipart/mixed; boundary="d{level}"\n\n--d{level}\n'
    text += "Content-Type: text/plain\n\ninnermost\n"
    for level in reversed(range(depth)):
        text += f"--d{level}--\n"
    return text


eml("nested-12-deep.eml", nested(12))
eml("nested-40-deep.eml", nested(40))
eml("nested-unclosed-multiparts.eml", "".join(
    f'Content-Type: multipart/mixed; boundary="u{i}"\n\n--u{i}\n' for i in range(8)) + "\ntext at the bottom\n")

# MIME structure.
MULTI = 'Subject: parts\nContent-Type: multipart/mixed; boundary="b"\n\n'
eml("missing-closing-boundary.eml", MULTI + "--b\nContent-Type: text/plain\n\ncut short\n")
eml("doubled-boundary.eml", MULTI + "--b\n--b\nContent-Type: text/plain\n\ntext\n--b\n--b\n--b--\n")
eml("missing-boundary-parameter.eml", "Content-Type: multipart/mixed\n\n--b\n\ntext\n--b--\n")
eml("empty-boundary.eml", 'Content-Type: multipart/mixed; boundary=""\n\n--\n\ntext\n----\n')
eml("boundary-never-found.eml", MULTI + "no delimiter anywhere\n")
eml("boundary-prefix-lookalike.eml", MULTI + "--b\n\nfirst\n--bb\nstill first\n--b-x\n--b--  \n")
eml("trailing-whitespace-boundary.eml", MULTI + "--b \t\nContent-Type: text/plain\n\ntext\n--b--\t \n")
eml("boundary-in-nested-preamble.eml", MULTI + "--b\nContent-Type: multipart/alternative; boundary=c\n\n"
    "--b is not here\n--c\n\ninner\n--c--\n--b--\n")
eml("many-parts.eml", MULTI + "".join(f"--b\nContent-Type: text/plain\n\npart {i}\n" for i in range(3000)) + "--b--\n")
eml("alternative-html-only.eml", 'Content-Type: multipart/alternative; boundary="a"\n\n--a\n'
    "Content-Type: text/html\n\n<p>only <b>html</b></p>\n--a--\n")
eml("message-rfc822-attachment.eml", MULTI + "--b\n\nsee attached\n--b\nContent-Type: message/rfc822\n\n"
    "Subject: inner\nContent-Type: multipart/mixed; boundary=broken\n\nnot walked\n--b--\n")
eml("multipart-digest.eml", 'Content-Type: multipart/digest; boundary="d"\n\n--d\n\nSubject: one\n\nfirst\n--d--\n')
# Body choice: shapes that once hid the body or chose the wrong part.
eml("empty-nested-alternative.eml", MULTI + "--b\nContent-Type: multipart/alternative; boundary=a\n\n"
    "--b\nContent-Type: text/plain\n\nthe real body\n--b--\n")
eml("boundaryless-nested-alternative.eml", MULTI + "--b\nContent-Type: multipart/alternative\n\n"
    "--b\nContent-Type: text/plain\n\nthe real body\n--b--\n")
eml("named-text-without-disposition.eml", 'Content-Type: text/plain; name="reply.txt"\n\nthe body\n')
eml("related-html-root.eml", 'Content-Type: multipart/related; boundary="r"; start="<root>"\n\n'
    "--r\nContent-Type: text/plain\nContent-ID: <res>\n\nresource\n"
    "--r\nContent-Type: text/html\nContent-ID: <root>\n\n<p>root</p>\n--r--\n")
eml("inline-text-after-attachment.eml", MULTI + "--b\nContent-Type: text/plain\n\nfirst half\n"
    "--b\nContent-Type: image/png\nContent-Disposition: inline; filename=a.png\n\nPNG\n"
    "--b\nContent-Type: text/plain\nContent-Disposition: inline\n\nsecond half\n--b--\n")
eml("bad-content-type.eml", "Content-Type: ;;; = \"\n\nbody\n")
eml("unknown-transfer-encoding.eml", "Content-Transfer-Encoding: x-uuencode\n\nbegin 644 a.txt\n`\nend\n")
eml("rfc2231-filename-out-of-order.eml", MULTI + "--b\nContent-Type: application/pdf\n"
    "Content-Disposition: attachment; filename*2=\".pdf\"; filename*0*=utf-8''%E2%82%AC; filename*1=\" rates\"\n\n"
    "%PDF\n--b--\n")
eml("rfc2231-bad-percent.eml", MULTI + "--b\nContent-Type: application/pdf\n"
    "Content-Disposition: attachment; filename*=utf-8''%ZZ%E2%8\n\n%PDF\n--b--\n")

# Charsets and transfer encodings.
eml("unknown-charset.eml", "Content-Type: text/plain; charset=x-foo\n\ncafé\n")
raw("utf16-charset.eml", b"Content-Type: text/plain; charset=utf-16\n\n" + "hi\nthere\n".encode("utf-16"))
raw("utf16-odd-length.eml", b"Content-Type: text/plain; charset=utf-16le\n\nh\x00i\x00\n")
raw("iso-2022-jp-body.eml", b"Content-Type: text/plain; charset=iso-2022-jp\n\n" + "こんにちは\n".encode("iso-2022-jp"))
eml("bad-base64.eml", "Content-Transfer-Encoding: base64\n\nQ2F*mw6k!!\n====\nQ\n")
eml("truncated-qp.eml", "Content-Transfer-Encoding: quoted-printable\n\nCaf=C3=A9 soft=\nend =A")
eml("base64-html-only.eml", "Content-Type: text/html\nContent-Transfer-Encoding: base64\n\nPHA+aGk8L3A+\n")
eml("flowed-delsp.eml", "Content-Type: text/plain; format=flowed; delsp=yes\n\nsoft \nbroken\n> quoted \n> more\n-- \nsig\n")
eml("long-line-no-newline.eml", "Subject: long\n\n" + "word " * 40000)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in sorted(FILES):
        with open(os.path.join(OUT, name), "wb") as handle:
            handle.write(FILES[name])
    print(f"wrote {len(FILES)} files to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
