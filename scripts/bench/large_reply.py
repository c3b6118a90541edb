#!/usr/bin/env python3
"""Time `replylint show` on a 5 MB reply: 10,000 attribution-like lines in the new text, then
100,000 `>` lines (the shape of LargeReplyTests). Splitting must stay linear in the draft's length."""
import argparse, os, subprocess, tempfile, time

def body():
    lines = ["Hi Anna,", ""]
    for i in range(10_000):
        lines.append("Our courier Sam Lee wrote:" if i % 2 == 0 else "Then on the phone you said:")
    lines += ["", "Best regards,", "Jo", "", "On Mon, 16 Nov 2026 at 09:00, Anna Smith <anna@example.org> wrote:"]
    for i in range(100_000):
        lines.append("> On Sun, 15 Nov 2026 at 08:00, Jo <jo@shop.example> wrote:" if i % 1000 == 0
                     else "> Where is my refund? I ordered it weeks ago and nothing has come")
    return "\n".join(lines) + "\n"

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "large-reply.eml")
        with open(path, "w") as f:
            f.write("From: Jo <jo@shop.example>\nTo: Anna Smith <anna@example.org>\nSubject: Re: Refund\n"
                    "Content-Type: text/plain; charset=utf-8\n\n" + body())
        size = os.path.getsize(path)
        times = []
        for _ in range(args.runs):
            start = time.monotonic()
            subprocess.run([args.binary, "show", "--format", "json", path], check=True, stdout=subprocess.DEVNULL)
            times.append(time.monotonic() - start)
        print(f"  large reply   {min(times):.2f} s best of {args.runs} for `show` of a {size / 1e6:.1f} MB reply "
              "(10,000 attribution-like lines, 100,000 '>' lines)")

if __name__ == "__main__":
    main()
