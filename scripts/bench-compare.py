#!/usr/bin/env python3
"""Compare veil builds in one session: `veil bench --json` of each binary,
interleaved round by round, then the median MB per CPU second of every
workload and run (veil and its baselines), with the change against the first.

CPU seconds (user + system) rather than wall time: on a shared or busy
machine wall time measures the neighbours; CPU time far less so.

    cp target/release/veil /tmp/veil-before     # build and copy the base
    # ... change, cargo build --release ...
    scripts/bench-compare.py /tmp/veil-before target/release/veil
    scripts/bench-compare.py --rounds 5 --workload syslog A B C
"""

import argparse
import json
import statistics
import subprocess
import sys


def bench(binary, workload, seconds, threads):
    out = subprocess.run(
        [binary, "bench", "--workload", workload, "--threads", str(threads),
         "--seconds", str(seconds), "--json"],
        capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{binary} bench failed ({out.returncode}): {out.stderr.strip()}")
    return json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binaries", nargs="+", help="veil binaries; the first is the base")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workload", default="all")
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    rates = {b: {} for b in a.binaries}
    for r in range(a.rounds):
        # Alternate the order so neither build always runs first.
        order = a.binaries if r % 2 == 0 else a.binaries[::-1]
        for b in order:
            for w in bench(b, a.workload, a.seconds, a.threads):
                for run in w["runs"]:
                    if run.get("cpu_seconds"):
                        key = (w["workload"], run["name"])
                        rates[b].setdefault(key, []).append(
                            run["bytes"] / 1e6 / run["cpu_seconds"])
    print(f"MB per CPU second, median of {a.rounds} interleaved rounds")
    head = "".join(f"{'build ' + str(i):>12}" for i in range(len(a.binaries)))
    print(f"{'workload':<14} {'run':<24}{head}")
    for key in rates[a.binaries[0]]:
        base = statistics.median(rates[a.binaries[0]][key])
        cells = []
        for b in a.binaries:
            m = statistics.median(rates[b].get(key, [float("nan")]))
            cells.append(f"{m:8.1f}" + ("" if b == a.binaries[0] else f" {100 * (m / base - 1):+.1f}%"))
        print(f"{key[0]:<14} {key[1]:<24}" + "  ".join(f"{c:>12}" for c in cells))
    for i, b in enumerate(a.binaries):
        print(f"build {i}: {b}")


if __name__ == "__main__":
    main()
