#!/usr/bin/env python3
"""The review pr ratio of issue #8, measured so that noise cancels.

    scripts/bench/pr_ratio.py REPO ISMS [ISMS...] [--rounds N] [--base main] [--head bench-pr]

In REPO (a generated benchmark repository), each round runs, once each and one after the other,
`ISMS --version` and `ISMS review pr --base BASE --head HEAD` for every binary given, then
`git diff --name-status BASE HEAD`. Single runs interleaved this way see the same machine; a
shared machine's bursts of load then hit every command alike instead of one `perf stat -r`
batch. Prints, per binary, the 25th percentile and the median of each command and
ratio = (review pr - --version) / git diff at each.

Every run includes the cost of starting a process from Python (about a millisecond): it cancels
in review pr - --version and makes git's time, and so the ratio, slightly conservative.
Set ISMS_TEMPLATES when a binary is not installed (run.sh does).
"""

import argparse
import statistics
import subprocess
import time


def timed(argv, cwd):
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000


def quantile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repo")
    parser.add_argument("isms", nargs="+")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--base", default="main")
    parser.add_argument("--head", default="bench-pr")
    args = parser.parse_args()
    review = ["review", "pr", "--base", args.base, "--head", args.head]
    times = {(binary, kind): [] for binary in args.isms for kind in ("version", "pr")}
    git = []
    for _ in range(args.rounds):
        for binary in args.isms:
            times[(binary, "version")].append(timed([binary, "--version"], args.repo))
            times[(binary, "pr")].append(timed([binary] + review, args.repo))
        git.append(timed(["git", "diff", "--name-status", args.base, args.head], args.repo))
    for label, pick in (("p25", lambda values: quantile(values, 0.25)), ("median", statistics.median)):
        diff = pick(git)
        for binary in args.isms:
            version, pr = pick(times[(binary, "version")]), pick(times[(binary, "pr")])
            print(
                f"{label:6} {binary}: --version {version:.2f} ms, review pr {pr:.2f} ms, "
                f"git diff {diff:.2f} ms, review pr - --version {pr - version:.2f} ms, "
                f"ratio {(pr - version) / diff:.2f}"
            )


if __name__ == "__main__":
    main()
