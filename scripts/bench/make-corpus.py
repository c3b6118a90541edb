#!/usr/bin/env python3
"""Writes the deterministic benchmark corpus of reply drafts (.eml) for `replylint check`.

Every draft i is built from its own random.Random seeded with (seed, i), so a run writes
the same bytes every time, and a smaller --count writes a prefix of a larger corpus.
Python 3.11 standard library only.

    scripts/bench/make-corpus.py [--count 5000] [--out bench-corpus] [--seed 1]
"""
import argparse
import base64
import binascii
import datetime as dt
import html
import os
import random
import sys
import textwrap
import time
import unicodedata
from email.utils import format_datetime

sys.dont_write_bytecode = True  # keep __pycache__ out of scripts/bench
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_text import LANGS, LEGACY_FOLD, MONTHS, WEEKDAYS  # noqa: E402

LANG_CODES = ["en", "el", "ro", "et", "id"]
# Share of each encoding kind in the whole corpus. "legacy" only exists for languages
# with a "legacy" charset list (el, ro, et); see kind_weights().
KINDS = [("plain-8bit", 0.45), ("qp", 0.20), ("base64", 0.15), ("alternative", 0.10),
         ("mixed-pdf", 0.05), ("legacy", 0.05)]
P_CRLF = 0.30
P_ATTRIBUTION_QUOTE = 0.60
P_OUTLOOK = 0.10
EPOCH = dt.datetime(2024, 1, 8, 9, 0, tzinfo=dt.timezone.utc)
AGENT_ADDRESS = {"en": "support@northwind.example", "el": "exypiretisi@northwind.example",
                 "ro": "suport@northwind.example", "et": "klienditugi@northwind.example",
                 "id": "layanan@northwind.example"}
CUSTOMER_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com"]
MAILERS = ["Thunderbird/115.9.0", "Microsoft Outlook 16.0", "Apple Mail (2.3774)", None, None]


def kind_weights(lang):
    """Kind weights for one language such that the corpus as a whole matches KINDS while
    only languages with a legacy charset get legacy files (languages are drawn uniformly)."""
    capable = sum(1 for c in LANG_CODES if LANGS[c].get("legacy"))
    legacy_total = dict(KINDS)["legacy"]
    legacy = legacy_total * len(LANG_CODES) / capable if LANGS[lang].get("legacy") else 0.0
    scale = (1.0 - legacy) / (1.0 - legacy_total)
    return [(k, legacy if k == "legacy" else w * scale) for k, w in KINDS]


KIND_WEIGHTS = {c: kind_weights(c) for c in LANG_CODES}


def pick(rng, weighted):
    r = rng.random()
    for item, w in weighted:
        r -= w
        if r < 0:
            return item
    return weighted[-1][0]


# ------------------------------------------------------------------ dates and slots

def local_time(rng, lang, when):
    return when.astimezone(dt.timezone(dt.timedelta(minutes=rng.choice(LANGS[lang]["tz"]))))


def body_date(lang, d):
    """A date as written in running text (the {date} slot)."""
    if lang == "en":
        return f"{d.day} {MONTHS['en'][d.month - 1]}" if d.year == 2024 and d.day % 3 else \
            f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    if lang == "el":
        return f"{d.day} {MONTHS['el_gen'][d.month - 1]} {d.year}"
    if lang == "ro":
        return f"{d.day} {MONTHS['ro'][d.month - 1]} {d.year}"
    if lang == "et":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day} {MONTHS['id'][d.month - 1]} {d.year}"


def quote_date(rng, lang, d):
    """A date as mail clients write it in quote headers (Gmail / Apple Mail style)."""
    wd, hm = d.weekday(), f"{d.hour:02d}:{d.minute:02d}"
    if lang == "en":
        if rng.random() < 0.5:
            h12 = d.hour % 12 or 12
            return f"{WEEKDAYS['en'][wd]}, {MONTHS['en'][d.month - 1][:3]} {d.day}, {d.year} at " \
                   f"{h12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        return f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}, at {hm}"
    if lang == "el":
        return f"{WEEKDAYS['el'][wd]} {d.day} {MONTHS['el_abbr'][d.month - 1]} {d.year} στις {hm}"
    if lang == "ro":
        return f"{WEEKDAYS['ro'][wd]}, {d.day} {MONTHS['ro_abbr'][d.month - 1]} {d.year} la {hm}"
    if lang == "et":
        return f"{WEEKDAYS['et'][wd]}, {d.day}. {MONTHS['et'][d.month - 1]} {d.year} kell {hm}"
    return f"{WEEKDAYS['id'][wd]}, {d.day} {MONTHS['id_abbr'][d.month - 1]} {d.year} pukul {d.hour:02d}.{d.minute:02d}"


def outlook_date(lang, d):
    if lang == "en":
        h12 = d.hour % 12 or 12
        return f"{WEEKDAYS['en_long'][d.weekday()]}, {MONTHS['en'][d.month - 1]} {d.day}, {d.year} " \
               f"{h12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    return f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"


def amount(rng, lang):
    if lang == "id":
        return "Rp " + f"{rng.randrange(45, 2400) * 1000:,}".replace(",", ".")
    value = f"{rng.randrange(599, 25999) / 100:.2f}"
    if lang == "en":
        return "£" + value
    if lang == "ro":
        return value.replace(".", ",") + " lei"
    return value.replace(".", ",") + " €"


def person(rng, lang):
    L = LANGS[lang]
    gender = rng.choice("mf")
    first, first_voc, first_latin = rng.choice(L["male"] if gender == "m" else L["female"])
    m, m_voc, f, latin_m, latin_f = rng.choice(L["surnames"])
    sur, sur_voc, sur_latin = (m, m_voc, latin_m) if gender == "m" else (f, f, latin_f)
    return {"gender": gender, "first": first, "first_voc": first_voc, "sur": sur, "sur_voc": sur_voc,
            "name": f"{first} {sur}", "latin": (first_latin, sur_latin)}


def customer_email(rng, p):
    first, sur = p["latin"]
    local = rng.choice([f"{first}.{sur}", f"{first}{sur}", f"{first[0]}.{sur}", f"{first}{rng.randrange(1, 99)}"])
    return f"{local}@{rng.choice(CUSTOMER_DOMAINS)}"


# ------------------------------------------------------------------ plain-text body

def wrap(text, width, flowed):
    """Wrapped lines of a paragraph; with format=flowed, soft breaks keep a trailing space."""
    if width is None:
        return [text]
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    if flowed:
        lines = [line + " " for line in lines[:-1]] + lines[-1:]
    return lines


def build_draft(rng, lang, kind):
    """The draft's content as structured blocks plus the header data; rendering comes later."""
    L = LANGS[lang]
    sent = EPOCH + dt.timedelta(minutes=rng.randrange(0, 600 * 24 * 60))
    sent = local_time(rng, lang, sent)
    received = sent - dt.timedelta(minutes=rng.randrange(40, 5 * 24 * 60))
    customer, agent = person(rng, lang), person(rng, lang)
    cust_email = customer_email(rng, customer)
    order_no = rng.randrange(100000, 999999)
    order = rng.choice([f"NW-{order_no}", f"NW-{order_no}", f"#{order_no}"])
    tracking = f"{rng.choice(['RR', 'RS', 'CP', 'LX'])}{rng.randrange(10**8, 10**9)}{L['cc']}"
    slots = {
        "order": order, "tracking": tracking, "amount": amount(rng, lang), "days": rng.choice([3, 5, 7, 10]),
        "date": body_date(lang, sent + dt.timedelta(days=rng.randrange(2, 12))),
    }
    slots["track_url"] = rng.choice([f"https://northwind.example/{lang}/orders/{order_no}",
                                     f"https://northwind.example/{lang}/track?code={tracking}"])
    slots["help_url"] = f"https://help.northwind.example/{lang}/returns"

    # Greeting: named (55%), generic (28%), none (13%), unfilled placeholder (4%).
    r = rng.random()
    if r < 0.55:
        greeting = rng.choice(L["greet_named"][customer["gender"]]).format(**customer)
    elif r < 0.83:
        greeting = rng.choice(L["greet_generic"])
    elif r < 0.96:
        greeting = None
    else:
        greeting = rng.choice(L["placeholder"])

    body_i = L["invoice_body"] if kind == "mixed-pdf" and rng.random() < 0.7 else rng.randrange(len(L["bodies"]))
    paragraphs = [p.format(**slots) for p in L["bodies"][body_i]]
    blocks = [("p", p) for p in paragraphs]
    if rng.random() < 0.35:  # numbered list after the first paragraph
        intro, steps = L["lists"][1 if body_i == 3 else 0]  # password steps only in the password reply
        blocks.insert(1, ("ol", intro.format(**slots), [s.format(**slots) for s in steps]))
    if rng.random() < 0.40:
        blocks.insert(min(2, len(blocks)), ("p", rng.choice(L["links"]).format(**slots)))
    if rng.random() < 0.70:
        blocks.append(("p", rng.choice(L["closings"])))

    signoff = rng.choice(L["signoffs"]) if rng.random() < 0.85 else None
    sig_style = rng.choice(["dashdash", "dashdash", "plain", "name-only"])
    sig = [agent["name"]]
    if sig_style != "name-only":
        sig += [L["role"], "Northwind Home",
                "Tel. " + L["phone"].format(n3=rng.randrange(100, 999), n4=rng.randrange(1000, 9999))
                + " | https://northwind.example/" + lang]

    subject = rng.choice(L["subjects"]).format(**slots)
    r = rng.random()
    if r < 0.15:
        subject = f"{rng.choice(L['caps'])}: {subject}" if rng.random() < 0.6 else f"{subject} {rng.choice(L['caps'])}"
    if rng.random() < 0.12:
        subject += rng.choice(["!!", "!!!", " !!"])

    r = rng.random()
    quote = None
    original = rng.choice(L["originals"]).format(order=order, cust=customer["first"])
    if r < P_ATTRIBUTION_QUOTE:
        history = None
        if rng.random() < 0.4:  # the customer's message itself quotes an earlier reply from us
            earlier = received - dt.timedelta(minutes=rng.randrange(60, 10 * 24 * 60))
            text = [rng.choice(L["greet_generic"]), ""]
            for p in L["bodies"][rng.randrange(len(L["bodies"]))]:
                text += [p.format(**slots), ""]
            text += [rng.choice(L["signoffs"]), agent["name"], L["role"]]
            history = (L["attribution"].format(date=quote_date(rng, lang, earlier), name="Northwind Home",
                                               email=AGENT_ADDRESS[lang]), "\n".join(text))
        quote = ("attribution", L["attribution"].format(date=quote_date(rng, lang, received),
                                                         name=customer["name"], email=cust_email), original,
                 history)
    elif r < P_ATTRIBUTION_QUOTE + P_OUTLOOK:
        labels = L["outlook"] if lang == "en" or rng.random() < 0.5 else LANGS["en"]["outlook"]
        header = [f"{labels[0]}: {customer['name']} <{cust_email}>",
                  f"{labels[1]}: {outlook_date(lang if labels is L['outlook'] else 'en', received)}",
                  f"{labels[2]}: Northwind Home <{AGENT_ADDRESS[lang]}>",
                  f"{labels[3]}: {subject}"]
        quote = ("outlook", header, original, None)

    # Reply prefixes: drafts answering a quoted message nearly always carry one; stacks sometimes.
    if quote or rng.random() < 0.5:
        prefixes = ["Re: "] * 6 + ["RE: ", "Re: RE: ", "Re: RE: Fwd: ", "RE: Re: ", "Fwd: Re: ", "Re: Re: Re: "]
        prefixes += L.get("reply_prefixes", []) * 3
        subject = rng.choice(prefixes) + subject

    return {
        "lang": lang, "sent": sent, "customer": customer, "cust_email": cust_email, "agent": agent,
        "greeting": greeting, "blocks": blocks, "signoff": signoff, "sig": sig, "sig_style": sig_style,
        "quote": quote, "bottom_post": quote is not None and quote[0] == "attribution" and rng.random() < 0.1,
        "subject": subject, "order": order, "paragraphs": paragraphs,
    }


def render_plain(d, width, flowed):
    reply = []
    if d["greeting"]:
        reply += [d["greeting"], ""]
    for block in d["blocks"]:
        if block[0] == "p":
            reply += wrap(block[1], width, flowed) + [""]
        else:
            reply += wrap(block[1], width, flowed)
            for n, step in enumerate(block[2], 1):
                lines = wrap(f"{n}. {step}", None if width is None else width - 3, flowed)
                reply += [lines[0]] + ["   " + line for line in lines[1:]]
            reply.append("")
    if d["signoff"]:
        reply.append(d["signoff"])
    if d["sig_style"] == "dashdash":
        reply += [d["agent"]["first"] if d["signoff"] else d["agent"]["name"], "-- "] + d["sig"]
    elif d["sig_style"] == "plain":
        reply += ([""] if not d["signoff"] else []) + d["sig"]
    else:
        reply += d["sig"]

    quoted = []
    if d["quote"]:
        style, head, original, history = d["quote"]
        orig_lines = []
        for p in original.split("\n"):
            orig_lines += wrap(p, 70, flowed) if p else [""]
        if history:
            orig_lines += ["", history[0]]
            for p in history[1].split("\n"):
                orig_lines += [">" + (" " + line if line else "") for line in (wrap(p, 68, flowed) if p else [""])]
        if style == "attribution":
            quoted = [head] + [(">" if not line else ">" + line if line[0] == ">" else "> " + line)
                               for line in orig_lines]
        else:
            quoted = ["-----Original Message-----"] + head + [""] + orig_lines

    if d["bottom_post"]:
        out = quoted + [""] + reply
    else:
        out = reply + ([""] + quoted if quoted else [])
    if flowed:  # RFC 3676 space-stuffing
        out = [" " + line if line.startswith((" ", "From ")) else line for line in out]
    return "\n".join(out) + "\n"


def render_html(d):
    e = html.escape
    parts = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>']
    reply = []
    if d["greeting"]:
        reply.append(f"<p>{e(d['greeting'])}</p>")
    for block in d["blocks"]:
        if block[0] == "p":
            text = e(block[1])
            if "https://" in block[1]:
                url = block[1][block[1].index("https://"):].split()[0]
                text = text.replace(e(url), f'<a href="{e(url)}">{e(url)}</a>')
            reply.append(f"<p>{text}</p>")
        else:
            items = "".join(f"<li>{e(s)}</li>" for s in block[2])
            reply.append(f"<p>{e(block[1])}</p><ol>{items}</ol>")
    if d["signoff"]:
        reply.append(f"<p>{e(d['signoff'])}</p>")
    reply.append('<div class="signature">' + "<br>".join(e(s) for s in d["sig"]) + "</div>")
    quoted = ""
    if d["quote"]:
        style, head, original, history = d["quote"]
        orig = "<br>".join(e(s) for s in original.split("\n"))
        if history:
            orig += (f'<br><br><div class="quote-attr">{e(history[0])}</div><blockquote type="cite">'
                     + "<br>".join(e(s) for s in history[1].split("\n")) + "</blockquote>")
        if style == "attribution":
            quoted = f'<div class="quote-attr">{e(head)}</div><blockquote type="cite">{orig}</blockquote>'
        else:
            quoted = ('<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0"><p>'
                      + "<br>".join(e(s) for s in head) + f"</p></div><p>{orig}</p>")
    parts += ([quoted] + reply) if d["bottom_post"] else (reply + [quoted])
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# ------------------------------------------------------------------ MIME

def fit_charset(text, charset):
    """Text as a legacy-charset mailer would have kept it (unencodable characters folded)."""
    try:
        text.encode(charset)
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(ch.translate(LEGACY_FOLD))
    folded = "".join(out)
    folded.encode(charset)  # still unencodable: a bug in the text tables, so fail loudly
    return folded


def fit_all(obj, charset):
    """fit_charset over every string in a structure of dicts, lists and tuples."""
    if isinstance(obj, str):
        return fit_charset(obj, charset)
    if isinstance(obj, dict):
        return {k: fit_all(v, charset) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(fit_all(v, charset) for v in obj)
    return obj


Q_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def encoded_words(text, charset, mode, budget=60):
    """RFC 2047 encoded-words for text, each at most ~budget+12 characters, split on characters."""
    words, chunk, size = [], [], 0
    for ch in text:
        raw = ch.encode(charset)
        cost = len(raw) if mode == "B" else sum(1 if b in Q_SAFE or b == 32 else 3 for b in raw)
        if chunk and (-(-(size + cost) // 3) * 4 if mode == "B" else size + cost) > budget:
            words.append(chunk)
            chunk, size = [], 0
        chunk.append(raw)
        size += cost
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = b"".join(w)
        if mode == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join("_" if b == 32 else chr(b) if b in Q_SAFE else f"={b:02X}" for b in raw)
        out.append(f"=?{charset}?{mode}?{payload}?=")
    return out


def fold_ascii(name, value):
    """An ASCII header folded at spaces to lines of at most 78 characters."""
    line, lines = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = " " + word
        else:
            line += " " + word
    lines.append(line)
    return "\n".join(lines)


def text_header(rng, name, value, charset, mode):
    if value.isascii():
        return fold_ascii(name, value)
    if rng.random() < 0.5:  # keep a leading ASCII run (e.g. "Re: ") outside the encoded-words
        words = value.split(" ")
        k = 0
        while k < len(words) - 1 and words[k].isascii():
            k += 1
        head, rest = " ".join(words[:k]), " ".join(words[k:])
    else:
        head, rest = "", value
    encoded = encoded_words(rest, charset, mode, budget=48 if head else 54)
    return f"{name}: " + (head + " " if head else "") + "\n ".join(encoded)


def address_header(rng, name, display, email, charset, mode):
    if display.isascii():
        shown = f'"{display}"' if any(c in display for c in ',.;:"') else display
        return fold_ascii(name, f"{shown} <{email}>")
    return f"{name}: " + "\n ".join(encoded_words(display, charset, mode)) + f" <{email}>"


def qp(text, charset):
    return binascii.b2a_qp(text.encode(charset), istext=True).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def charset_label(rng, charset):
    if charset == "utf-8":
        return rng.choice(['utf-8', 'UTF-8', 'utf-8', '"utf-8"'])
    return rng.choice([charset, charset.upper()])


def make_message(i, seed):
    rng = random.Random(f"replylint-bench/{seed}/{i}")
    lang = LANG_CODES[rng.randrange(len(LANG_CODES))]
    kind = pick(rng, KIND_WEIGHTS[lang])
    crlf = rng.random() < P_CRLF
    d = build_draft(rng, lang, kind)
    charset = rng.choice(LANGS[lang]["legacy"]) if kind == "legacy" else "utf-8"
    if charset != "utf-8":
        d = fit_all(d, charset)
    mode = rng.choice("BQ")
    nl = "\r\n" if crlf else "\n"

    # Plain text: wrapped at 72 (sometimes format=flowed) or one line per paragraph.
    flowed = False
    if kind in ("plain-8bit", "legacy") and rng.random() < 0.5:
        width, flowed = 72, rng.random() < 0.3
    elif kind in ("qp", "base64", "alternative", "mixed-pdf"):
        width = 72 if rng.random() < 0.3 else None
    else:
        width = None
    plain = render_plain(d, width, flowed)
    flowed_param = "; format=flowed" if flowed else ""

    def text_part(cte):
        ct = f"Content-Type: text/plain; charset={charset_label(rng, charset)}{flowed_param}"
        if cte == "8bit":
            return f"{ct}\nContent-Transfer-Encoding: 8bit\n\n", plain.encode(charset)
        if cte == "quoted-printable":
            return f"{ct}\nContent-Transfer-Encoding: quoted-printable\n\n", qp(plain, charset).encode("ascii")
        data = plain.replace("\n", nl).encode(charset)  # base64 carries the file's own line ends
        return f"{ct}\nContent-Transfer-Encoding: base64\n\n", b64(data).encode("ascii")

    def html_part():
        h = render_html(d)
        if rng.random() < 0.8:
            return ("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n",
                    qp(h, "utf-8").encode("ascii"))
        return ("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n",
                b64(h.replace("\n", nl).encode("utf-8")).encode("ascii"))

    def multipart(subtype, parts, preamble):
        boundary = f"----=_Part_{i}_{rng.getrandbits(40):010x}"
        head = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
        chunks = [preamble.encode("ascii")] if preamble else []
        for ph, pb in parts:
            chunks += [f"--{boundary}\n{ph}".encode("ascii"), pb, b"\n"]
        chunks.append(f"--{boundary}--\n".encode("ascii"))
        return head, b"".join(chunks)

    if kind == "plain-8bit":
        content_head, body = text_part("8bit")
    elif kind == "qp":
        content_head, body = text_part("quoted-printable")
    elif kind == "base64":
        content_head, body = text_part("base64")
    elif kind == "legacy":
        content_head, body = text_part("8bit" if rng.random() < 0.65 else "quoted-printable")
    elif kind == "alternative":
        content_head, body = multipart("alternative", [text_part("quoted-printable"), html_part()],
                                       "This is a multi-part message in MIME format.\n" if rng.random() < 0.5 else "")
    else:  # mixed-pdf
        if rng.random() < 0.3:
            alt_head, alt_body = multipart("alternative", [text_part("quoted-printable"), html_part()], "")
            first = (alt_head, alt_body)
        else:
            first = text_part(rng.choice(["8bit", "quoted-printable"]))
        pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n"
               + rng.randbytes(rng.randrange(1500, 4500)) + b"\nendstream\n%%EOF\n")
        filename = LANGS[lang]["attachment"].format(order=d["order"].lstrip("#"))
        if filename.isascii():
            params = f'; name="{filename}"', f'; filename="{filename}"'
        else:
            ew = "".join(encoded_words(filename, "utf-8", "B", budget=200))
            star = "utf-8''" + "".join(chr(b) if chr(b).isalnum() and b < 128 or chr(b) in "-._" else f"%{b:02X}"
                                       for b in filename.encode("utf-8"))
            params = f'; name="{ew}"', f";\n filename*={star}"
        att_head = (f"Content-Type: application/pdf{params[0]}\nContent-Transfer-Encoding: base64\n"
                    f"Content-Disposition: attachment{params[1]}\n\n")
        content_head, body = multipart("mixed", [first, (att_head, b64(pdf).encode("ascii"))], "")

    msgid = f"<{d['sent'].strftime('%Y%m%d%H%M%S')}.{rng.getrandbits(48):012x}@northwind.example>"
    headers = [
        address_header(rng, "From", d["agent"]["name"], AGENT_ADDRESS[lang], charset, mode),
        address_header(rng, "To", d["customer"]["name"], d["cust_email"], charset, mode),
        text_header(rng, "Subject", d["subject"], charset, mode),
        f"Date: {format_datetime(d['sent'])}",
        f"Message-ID: {msgid}",
    ]
    if d["quote"]:
        ref = f"<{rng.getrandbits(64):016x}@{d['cust_email'].split('@')[1]}>"
        headers += [f"In-Reply-To: {ref}", f"References: {ref}"]
    mailer = rng.choice(MAILERS)
    if mailer:
        headers.append(f"{'X-Mailer' if 'Outlook' in mailer else 'User-Agent'}: {mailer}")
    if rng.random() < 0.1:
        headers.append("X-Unsent: 1")
    if rng.random() < 0.3:
        headers.append(f"Content-Language: {lang}")
    headers.append("MIME-Version: 1.0")
    data = ("\n".join(headers) + "\n" + content_head).encode("ascii") + body
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    meta = {"lang": lang, "kind": kind, "crlf": crlf, "charset": charset, "flowed": flowed,
            "quote": d["quote"][0] if d["quote"] else "none", "subject": d["subject"],
            "from_name": d["agent"]["name"], "to_name": d["customer"]["name"], "greeting": d["greeting"],
            "paragraphs": d["paragraphs"], "has_pdf": kind == "mixed-pdf"}
    return f"draft-{i:05d}-{lang}-{kind}.eml", data, meta


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=5000, help="number of drafts (default 5000)")
    ap.add_argument("--out", default="bench-corpus", help="output folder (default bench-corpus/)")
    ap.add_argument("--seed", default="1", help="corpus seed (default 1)")
    ap.add_argument("--quiet", action="store_true", help="print only the one-line summary")
    args = ap.parse_args()

    start = time.perf_counter()
    os.makedirs(args.out, exist_ok=True)
    written = set()
    kinds, langs, quotes, charsets, sizes = {}, {}, {}, {}, []
    crlf = flowed = 0
    for i in range(args.count):
        name, data, meta = make_message(i, args.seed)
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
        written.add(name)
        kinds[meta["kind"]] = kinds.get(meta["kind"], 0) + 1
        langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
        quotes[meta["quote"]] = quotes.get(meta["quote"], 0) + 1
        charsets[meta["charset"]] = charsets.get(meta["charset"], 0) + 1
        crlf += meta["crlf"]
        flowed += meta["flowed"]
        sizes.append(len(data))

    for old in os.listdir(args.out):  # drafts of an earlier, larger or differently seeded run
        if old.startswith("draft-") and old.endswith(".eml") and old not in written:
            os.remove(os.path.join(args.out, old))

    total = sum(sizes)
    elapsed = time.perf_counter() - start
    print(f"{args.count} drafts, {total / 1e6:.2f} MB in {args.out}/ ({elapsed:.1f} s, seed {args.seed})")
    if args.quiet or not args.count:
        return
    n = args.count

    def table(title, counts, order):
        print(f"\n{title:<14} {'files':>6} {'share':>7}")
        for k in order + sorted(k for k in counts if k not in order):
            if k in counts:
                print(f"{k:<14} {counts[k]:>6} {100 * counts[k] / n:>6.1f}%")

    table("kind", kinds, [k for k, _ in KINDS])
    table("language", langs, LANG_CODES)
    table("quoted", quotes, ["attribution", "outlook", "none"])
    table("text charset", charsets, ["utf-8"])
    print(f"\nCRLF files      {crlf:>5} {100 * crlf / n:>6.1f}%")
    print(f"format=flowed   {flowed:>5} {100 * flowed / n:>6.1f}%")
    sizes.sort()
    kb = lambda b: f"{b / 1024:.1f}"  # noqa: E731
    print(f"size KiB        min {kb(sizes[0])}, median {kb(sizes[n // 2])}, p95 {kb(sizes[int(n * 0.95)])}, "
          f"max {kb(sizes[-1])}; {100 * sum(1024 <= s <= 6144 for s in sizes) / n:.0f}% within 1-6 KiB")


if __name__ == "__main__":
    main()
