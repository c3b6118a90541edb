#!/usr/bin/env python3
"""Cold-start and worst-case spelling figures for `replylint check` (see scripts/bench/README.md).

Times one draft checked by a fresh process (the way agents and pre-commit hooks call it), with
and without body.spelling, `replylint rules`, and the worst case for spelling: a 1 KB reply with
60 words no dictionary knows (Latin filler, made-up product names), which once took 2-3 s.
"""
import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

HEADERS = ("From: Jo Baker <jo@shop.example>\nTo: Anna Smith <anna@example.com>\n"
           "Subject: Your order A-1042\nDate: Mon, 16 Nov 2026 10:12:00 +0000\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\nContent-Language: {lang}\n\n")
OPENINGS = {"en": ("Dear Anna,", "Your parcel holds", "Best regards,\nJo Baker"),
            "ro": ("Bună ziua, Ana,", "Coletul dumneavoastră conține", "Cu stimă,\nIon Popescu"),
            "el": ("Αγαπητή Άννα,", "Το δέμα σας περιέχει", "Με εκτίμηση,\nΜαρία Γεωργίου")}


def pseudo_words(count, seed, greek=False):
    """Lower-case made-up words (lorem-ipsum-like), none of them in a dictionary."""
    rng = random.Random(seed)
    consonants, vowels = ("ζξψχκτπ", "αοι") if greek else ("bcdfgkmnprstvxz", "aeiou")
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(3, 5))) + rng.choice("qxz" if not greek else "ξψ"))
    return sorted(words)


def worst_draft(lang, seed):
    greeting, lead, closing = OPENINGS[lang]
    words = pseudo_words(60, seed, greek=(lang == "el"))
    lines, line = [], lead
    for word in words:
        if len(line) + len(word) > 72:
            lines.append(line)
            line = word
        else:
            line += " " + word
    lines.append(line + ".")
    return HEADERS.format(lang=lang) + greeting + "\n\n" + "\n".join(lines) + "\n\n" + closing + "\n"


def timed(binary, args, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([binary] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append((time.perf_counter() - start) * 1000)
        if result.returncode not in (0, 1):
            sys.exit(f"cold_start: {binary} {' '.join(args)} exited {result.returncode}: {result.stderr.decode()}")
    return statistics.median(times), min(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()
    b, runs = options.binary, options.runs
    # One run first, so that the dictionaries' compiled word lists exist (made once per machine).
    for lang in ("en", "el", "ro", "et", "id"):
        subprocess.run([b, "check", os.path.join(options.fixtures, f"{lang}-refund-good.eml")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("replylint cold start (one process per draft; median and best of %d, ms)" % runs)
    row = "  %-34s median %6.1f, best %6.1f"
    for lang, name in (("en", "English"), ("el", "Greek"), ("ro", "Romanian"), ("et", "Estonian"), ("id", "Indonesian")):
        draft = os.path.join(options.fixtures, f"{lang}-refund-good.eml")
        full, plain = timed(b, ["check", draft], runs), timed(b, ["check", "--disable", "body.spelling", draft], runs)
        print(row % (f"check, {name} draft" % (), *full) + "   (without body.spelling: %.1f; spelling costs %.1f)" % (plain[0], full[0] - plain[0]))
    print(row % ("rules", *timed(b, ["rules"], runs)))
    with tempfile.TemporaryDirectory() as folder:
        print("worst case for spelling: a 1 KB reply with 60 unknown words")
        for lang, name in (("en", "English"), ("el", "Greek"), ("ro", "Romanian (Hunspell)")):
            path = os.path.join(folder, f"worst-{lang}.eml")
            with open(path, "w", encoding="utf-8") as out:
                out.write(worst_draft(lang, 7))
            good = os.path.join(options.fixtures, f"{lang}-refund-good.eml")
            worst, base = timed(b, ["check", path], runs), timed(b, ["check", good], runs)
            print(row % (f"check, {name}", *worst) + "   (a good draft: %.1f; spelling's worst case adds %.1f)" % (base[0], worst[0] - base[0]))


if __name__ == "__main__":
    main()
