#!/usr/bin/env python3
"""Sanity check of a corpus written by make-corpus.py: parses a seeded sample of drafts with
Python's email package (policy=default) and compares what it decodes with what the generator
meant to write (subject, display names, greeting, reply paragraphs, attachment).

    scripts/bench/check-corpus.py [--dir bench-corpus] [--sample 50] [--seed 1]

--seed must be the seed the corpus was made with. Exits 1 on the first kind of mismatch.
"""
import argparse
import email
import email.header
import email.policy
import html
import importlib.util
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("make_corpus", os.path.join(HERE, "make-corpus.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="bench-corpus")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", default="1")
    args = ap.parse_args()

    files = sorted(f for f in os.listdir(args.dir) if f.startswith("draft-") and f.endswith(".eml"))
    sample = sorted(random.Random("check").sample(files, min(args.sample, len(files))))
    problems, kinds, split_names = [], {}, 0
    for name in sample:
        i = int(name.split("-")[1])
        expected_name, expected_bytes, meta = gen.make_message(i, args.seed)
        raw = open(os.path.join(args.dir, name), "rb").read()
        where = f"{name}:"
        if name != expected_name or raw != expected_bytes:
            problems.append(f"{where} file differs from what the generator writes for seed {args.seed}")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        kinds[meta["kind"]] = kinds.get(meta["kind"], 0) + 1

        if str(msg["Subject"]) != meta["subject"]:
            problems.append(f"{where} subject {str(msg['Subject'])!r} != {meta['subject']!r}")
        for field, want in (("From", meta["from_name"]), ("To", meta["to_name"])):
            got = msg[field].addresses[0].display_name
            if got == want:
                continue
            # Python < 3.14 keeps the folding space between adjacent encoded-words in address
            # headers (CPython gh-128110); RFC 2047 6.2 says to drop it. Decode the raw field
            # with the legacy API, which follows the RFC, before calling it a mismatch.
            legacy = email.message_from_bytes(raw, policy=email.policy.compat32)[field]
            decoded = str(email.header.make_header(email.header.decode_header(legacy)))
            if decoded.startswith(want + " <"):
                split_names += 1
            else:
                problems.append(f"{where} {field} name {got!r} / {decoded!r} != {want!r}")
        for part in msg.walk():
            if part.defects:
                problems.append(f"{where} MIME defects {part.defects}")
        for key in msg.keys():
            if msg[key].defects:
                problems.append(f"{where} header {key} defects {msg[key].defects}")

        plain = msg.get_body(preferencelist=("plain",))
        if plain is None:
            problems.append(f"{where} no text/plain body")
            continue
        if plain.get_content_charset() != meta["charset"]:
            problems.append(f"{where} charset {plain.get_content_charset()} != {meta['charset']}")
        text = norm(plain.get_content())
        expected = ([meta["greeting"]] if meta["greeting"] else []) + meta["paragraphs"]
        for piece in expected:
            if norm(piece) not in text:
                problems.append(f"{where} decoded body lacks {piece[:60]!r}")
        if meta["kind"] in ("alternative",):
            page = msg.get_body(preferencelist=("html",))
            if page is None or norm(meta["paragraphs"][0]) not in norm(html.unescape(page.get_content())):
                problems.append(f"{where} text/html part missing or lacks the first paragraph")
        if meta["has_pdf"]:
            pdfs = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
            if not pdfs or not pdfs[0].get_content().startswith(b"%PDF-") or not pdfs[0].get_filename():
                problems.append(f"{where} no decodable PDF attachment with a file name")

    for p in problems:
        print(p)
    mix = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    if split_names:
        print(f"note: {split_names} display name(s) needed the RFC 2047 6.2 workaround for CPython gh-128110")
    print(f"checked {len(sample)} of {len(files)} drafts ({mix}): "
          + ("OK" if not problems else f"{len(problems)} problem(s)"))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
