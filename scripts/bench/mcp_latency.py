#!/usr/bin/env python3
"""Warm `lint_draft` latency of `replylint mcp` (see scripts/bench/README.md).

Starts one server, initializes it, and calls `lint_draft` one call at a time (the way an agent
waits for each answer), each on a draft of the corpus in turn, timing each round trip from
writing the request line to reading its answer. Raw JSON-RPC over stdio, standard library only.
The first calls (`--warmup`) are not timed: they load the rule data and the dictionaries.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an already sorted list."""
    rank = max(1, min(len(sorted_values), round(fraction * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--corpus", required=True, help="a folder of .eml drafts")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=50)
    options = parser.parse_args()
    names = sorted(n for n in os.listdir(options.corpus) if n.endswith(".eml"))
    if not names:
        sys.exit(f"mcp_latency: no .eml drafts in {options.corpus}")
    drafts = []
    for name in names[:max(options.calls, 1)]:
        with open(os.path.join(options.corpus, name), "rb") as file:
            drafts.append(file.read().decode("utf-8", errors="replace"))
    server = subprocess.Popen([options.binary, "mcp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, bufsize=0)
    out = server.stdout

    def ask(number, method, params):
        server.stdin.write((json.dumps({"jsonrpc": "2.0", "id": number, "method": method, "params": params}) + "\n").encode())
        while True:
            line = out.readline()
            if not line:
                sys.exit(f"mcp_latency: the server closed its output (exit {server.wait()})")
            answer = json.loads(line)
            if answer.get("id") == number:
                if "error" in answer:
                    sys.exit(f"mcp_latency: {method} failed: {answer['error']}")
                return answer["result"]

    ask(0, "initialize", {"protocolVersion": "2025-11-25", "capabilities": {},
                          "clientInfo": {"name": "bench", "version": "1"}})
    server.stdin.write(b'{"jsonrpc": "2.0", "method": "notifications/initialized"}\n')
    times = []
    for call in range(options.warmup + options.calls):
        started = time.perf_counter()
        result = ask(call + 1, "tools/call", {"name": "lint_draft", "arguments": {"draft": drafts[call % len(drafts)]}})
        elapsed = (time.perf_counter() - started) * 1000
        if "structuredContent" not in result:
            sys.exit(f"mcp_latency: lint_draft gave no report: {str(result)[:300]}")
        if call >= options.warmup:
            times.append(elapsed)
    server.stdin.close()
    server.wait(timeout=60)
    times.sort()
    print("replylint mcp, warm lint_draft (one call at a time, %d calls on %d corpus drafts, ms)" % (len(times), len(drafts)))
    print("  p50 %.2f, p90 %.2f, p99 %.2f, max %.2f, mean %.2f" % (
        percentile(times, 0.50), percentile(times, 0.90), percentile(times, 0.99), times[-1], statistics.mean(times)))


if __name__ == "__main__":
    main()
