#!/usr/bin/env python3
"""Benchmark runner for isms (issue #8). Called by scripts/bench/run.sh; python3 stdlib only.

For each repository size it measures, in the same run, each isms command and the closest git
command doing the raw part of the same work, plus the start-up of both (`isms --version`,
`git --version`).

Cold and warm are reported apart. Cold: one run of the isms command and one of its git
counterpart in a fresh clone of the benchmark repository (`git clone --no-local`, every branch,
no isms cache), as a CI job starts. Warm: in the benchmark repository itself, one run after
removing isms caches (see --cache-path) primes them, then --runs runs; the median and the minimum
of those are reported. Before measuring, each git counterpart runs once with its output captured,
and the harness stops unless it exited 0, wrote bytes and reported no object "missing": a
counterpart that does no work would make every ratio meaningless. A command whose warm run takes under 0.2 s runs at least 31 times,
interleaved with `isms --version` and its git counterpart (one of each per round), so that the
shared machine's slow phases hit all three alike. Wall time is measured around the child; peak
RSS is the child's ru_maxrss from wait4 (for a git pipeline: the largest of its processes).

Ratio (the issue's definition): (isms median - isms start-up median) / git median, with the
start-up measured interleaved with the command where it was fast, else the size's start-up row.
Git's own start-up is not subtracted (it is ~1 ms; the table shows it).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

DEVNULL = subprocess.DEVNULL


def run_once(argvs, cwd=None, env=None):
    """Runs a pipeline (list of argv lists, stdout of each to stdin of the next, the last to
    /dev/null) in `cwd`. Returns (seconds, peak_rss_kb, exit_status_of_first_failing_or_last, cpu)."""
    procs = []
    start = time.perf_counter()
    prev = None
    for k, argv in enumerate(argvs):
        last = k == len(argvs) - 1
        p = subprocess.Popen(argv, cwd=cwd, env=env, stdin=prev.stdout if prev else DEVNULL,
                             stdout=DEVNULL if last else subprocess.PIPE, stderr=DEVNULL)
        if prev:
            prev.stdout.close()
        procs.append(p)
        prev = p
    rss, status, cpu = 0, 0, 0.0
    for p in procs:
        _, st, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(st)
        rss = max(rss, ru.ru_maxrss)
        cpu += ru.ru_utime + ru.ru_stime
        status = status or p.returncode
    elapsed = time.perf_counter() - start
    return elapsed, rss, procs[-1].returncode if status == 0 else status, cpu


def check_work(argvs, cwd, env, label):
    """Runs a git counterpart once with its output captured and returns how many bytes it wrote;
    stops the benchmark when it failed, wrote nothing, or named an object "missing"."""
    procs, prev = [], None
    for k, argv in enumerate(argvs):
        p = subprocess.Popen(argv, cwd=cwd, env=env, stdin=prev.stdout if prev else DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if prev:
            prev.stdout.close()
        procs.append(p)
        prev = p
    out, err = procs[-1].communicate()
    errors = err
    for p in procs[:-1]:
        errors += p.stderr.read()
        p.wait()
    failed = [p.returncode for p in procs if p.returncode != 0]
    missing = out.count(b" missing\n")
    if failed or not out or missing:
        sys.exit("bench.py: the git counterpart %r did no real work in %s (exit %s, %d bytes, %d objects "
                 "missing): %s" % (label, cwd, failed or 0, len(out), missing, errors[:300].decode(errors="replace")))
    return len(out)


def fresh_clone(source, destination):
    """A clone of `source` in `destination` with every branch of it, as a CI job checks out."""
    if os.path.isdir(destination):
        shutil.rmtree(destination)
    subprocess.run(["git", "clone", "-q", "--no-local", source, destination], check=True)
    subprocess.run(["git", "-C", destination, "fetch", "-q", "--update-head-ok", "origin",
                    "+refs/heads/*:refs/heads/*"], check=True)


# Commands this fast are run at least FAST_RUNS times: the ratio subtracts two medians of a
# few tens of milliseconds, and three runs of each let noise of a few ms decide it.
FAST_SECONDS = 0.2
FAST_RUNS = 31


def measure(argvs, runs, cwd=None, env=None, clear=None):
    """One cold run (after clear()), then `runs` runs (FAST_RUNS when the first warm run takes
    under FAST_SECONDS). Returns a dict."""
    if clear:
        clear()
    first, first_rss, status, first_cpu = run_once(argvs, cwd, env)
    times, rsss, cpus = [], [], []
    while len(times) < (FAST_RUNS if times and times[0] < FAST_SECONDS and runs < FAST_RUNS else runs):
        t, r, s, c = run_once(argvs, cwd, env)
        times.append(t)
        rsss.append(r)
        cpus.append(c)
        status = status if status not in (0, 1) else s
    return summary(first, first_rss, first_cpu, times, rsss, cpus, status)


def summary(first, first_rss, first_cpu, times, rsss, cpus, status):
    """The row of one command: its cold run and the medians, minimum and peak of the others."""
    return {"first": first, "first_cpu": first_cpu, "median": statistics.median(times), "min": min(times),
            "cpu": statistics.median(cpus), "rss_kb": max(rsss + [first_rss]), "status": status, "times": times}


def measure_row(isms_argvs, git_argvs, startup_argvs, runs, env=None, clear=None, cwd=None, cold=None):
    """An isms command and its git counterpart (run in `cwd`). First the cold pair: `cold` is
    (isms argvs, git argvs, folder) in a fresh clone, each run once. Then one isms run after
    clear() (it fills the caches) and one warm; when that warm run takes under FAST_SECONDS,
    FAST_RUNS rounds follow, each running the isms command, isms start-up and the git command
    once, one after the other, so that a slow phase of a shared machine hits all three alike (the
    ratio subtracts and divides milliseconds); else `runs` runs of each. Returns (isms, git,
    start-up or None, cold isms, cold git)."""
    cold_isms = cold_git = None
    if cold:
        cold_isms_argvs, cold_git_argvs, folder = cold
        t, r, s, c = run_once(cold_isms_argvs, folder, env)
        cold_isms = summary(t, r, c, [t], [r], [c], s)
        t, r, s, c = run_once(cold_git_argvs, folder, env)
        cold_git = summary(t, r, c, [t], [r], [c], s)
    if clear:
        clear()
    first, first_rss, status, first_cpu = run_once(isms_argvs, cwd, env)
    t, r, s, c = run_once(isms_argvs, cwd, env)
    status = status if status not in (0, 1) else s
    samples = {"isms": ([t], [r], [c]), "git": ([], [], []), "startup": ([], [], [])}
    statuses = {"isms": status, "git": 0, "startup": 0}
    fast = t < FAST_SECONDS
    order = [("isms", isms_argvs), ("startup", startup_argvs), ("git", git_argvs)] if fast else \
        [("isms", isms_argvs)] * (runs - 1) + [("git", git_argvs)] * runs
    rounds = max(FAST_RUNS, runs) if fast else 1
    for _ in range(rounds):
        for name, argvs in order:
            if fast and name == "isms" and len(samples["isms"][0]) >= rounds:
                continue
            t, r, s, c = run_once(argvs, cwd, env)
            for values, value in zip(samples[name], (t, r, c)):
                values.append(value)
            statuses[name] = statuses[name] if statuses[name] not in (0, 1) else s
    isms = summary(first, first_rss, first_cpu, *samples["isms"], statuses["isms"])
    git_times, git_rss, git_cpu = samples["git"]
    git = summary(git_times[0], git_rss[0], git_cpu[0], git_times, git_rss, git_cpu, statuses["git"])
    startup = None
    if fast:
        st_times, st_rss, st_cpu = samples["startup"]
        startup = summary(st_times[0], st_rss[0], st_cpu[0], st_times, st_rss, st_cpu, statuses["startup"])
    return isms, git, startup, cold_isms, cold_git


def available(isms, words):
    """Whether `isms WORDS --help` shows the usage of that subcommand (ArgumentParser falls back
    to the root help, exit 0, for an unknown subcommand). A run that dies of a signal is said on
    stderr and tried again, so that a crash is neither hidden nor read as "not available"."""
    usage = "USAGE: isms " + " ".join(words)
    for _ in range(3):
        r = subprocess.run([isms] + words + ["--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if r.returncode >= 0:
            return r.returncode == 0 and usage.encode() in r.stdout
        print("bench.py: %s %s --help died of signal %d" % (isms, " ".join(words), -r.returncode), file=sys.stderr)
    return False


def fmt_s(x):
    if x is None:
        return "—"
    return "%.3f" % x if x < 10 else "%.1f" % x


def fmt_mb(kb):
    return "—" if kb is None else "%.0f" % (kb / 1024)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--isms")
    ap.add_argument("--repos", help="JSON list of {size, path}")
    ap.add_argument("--report-only", metavar="JSON", help="print the table of an earlier --json-out file")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--today", default="2026-11-29")
    ap.add_argument("--json-out")
    ap.add_argument("--only", default="", help="comma-separated command keys to run (default all)")
    ap.add_argument("--cache-path", action="append", default=[],
                    help="path relative to the repository removed before the cold run (isms caches)")
    args = ap.parse_args()
    if args.report_only:
        with open(args.report_only) as f:
            print(report(json.load(f)))
        return
    repos = json.loads(args.repos)
    isms = os.path.abspath(args.isms)
    cache_paths = args.cache_path or [".git/isms", ".git/isms-cache", ".isms-cache"]
    env = dict(os.environ, ISMS_TODAY=args.today, GIT_PAGER="cat", LC_ALL="C.UTF-8")
    only = set(filter(None, args.only.split(",")))

    # isms command templates: {repo}, {today}, {log_id}, {log_path}, {pr_base}, {pr_branch}, {out}
    # Git counterparts run in the repository's folder (xargs cat reads paths relative to it).
    # The review and packet syntaxes are not fixed yet; override with ISMS_BENCH_<KEY> (a
    # JSON argv list) when they land differently.
    cmds = [
        ("validate", "validate (working tree)", ["validate"],
         ["validate", "--repo", "{repo}", "--today", "{today}"],
         "ls-files + cat every file", [["git", "-C", "{repo}", "ls-files", "-z"], ["xargs", "-0", "-r", "cat", "--"]], True),
        ("validate-rev", "validate --rev main", ["validate"],
         ["validate", "--repo", "{repo}", "--today", "{today}", "--rev", "main"],
         "ls-tree -r --object-only main + cat-file --batch",
         [["git", "-C", "{repo}", "ls-tree", "-r", "--object-only", "main"],
          ["git", "-C", "{repo}", "cat-file", "--batch"]], True),
        ("status", "status", ["status"], ["status", "--repo", "{repo}", "--today", "{today}"],
         "ls-files + cat every file", [["git", "-C", "{repo}", "ls-files", "-z"], ["xargs", "-0", "-r", "cat", "--"]], True),
        ("review-due", "review due", ["review", "due"], ["review", "due", "--repo", "{repo}", "--today", "{today}"],
         "ls-files + cat every file", [["git", "-C", "{repo}", "ls-files", "-z"], ["xargs", "-0", "-r", "cat", "--"]], True),
        ("review-log", "review log ONE-DOC", ["review", "log"],
         ["review", "log", "{log_id}", "--repo", "{repo}", "--today", "{today}"],
         "git log --format=… -- PATH",
         [["git", "-C", "{repo}", "log", "--format=%H%x00%an%x00%ae%x00%at%x00%B", "main", "--", "{log_path}"]], False),
        ("review-pr", "review pr (one-file change)", ["review", "pr"],
         ["review", "pr", "--repo", "{repo}", "--today", "{today}", "--base", "{pr_base}", "--head", "{pr_branch}"],
         "git diff --name-status BASE HEAD",
         [["git", "-C", "{repo}", "diff", "--name-status", "{pr_base}", "{pr_branch}"]], False),
        ("packet", "packet", ["packet"],
         ["packet", "--kind", "stage2", "--repo", "{repo}", "--today", "{today}", "--rev", "main", "-o", "{out}.zip"],
         "git archive main (tar)", [["git", "-C", "{repo}", "archive", "--format=tar", "main"]], True),
    ]
    results = {"isms": isms, "today": args.today, "runs": args.runs, "sizes": []}
    for repo in repos:
        path = os.path.abspath(repo["path"])
        with open(os.path.join(path, ".git", "bench-meta.json")) as f:
            meta = json.load(f)
        outdir = os.path.join(os.path.dirname(path), "packet-out-%s" % os.path.basename(path))
        fill = {"repo": path, "today": args.today, "log_id": meta["review_log_id"], "log_path": meta["review_log_path"],
                "pr_base": meta["pr_base"], "pr_branch": meta["pr_branch"], "out": outdir}

        clone = os.path.join(os.path.dirname(path), "fresh-clone-%s" % os.path.basename(path))
        fresh_clone(path, clone)
        cold_fill = dict(fill, repo=clone, out=outdir + "-cold")

        def sub(argv, values=fill):
            return [a.format(**values) for a in argv]

        def clear(folder=path, out=outdir):
            for rel in cache_paths:
                p = os.path.join(folder, rel)
                if os.path.isdir(p):
                    shutil.rmtree(p)
                elif os.path.exists(p):
                    os.remove(p)
            if os.path.isdir(out):
                shutil.rmtree(out)

        entry = {"size": repo["size"], "path": path, "meta": meta, "commands": {}}
        entry["isms_startup"] = measure([[isms, "--version"]], args.runs, env=env)
        entry["git_startup"] = measure([["git", "--version"]], args.runs, env=env)
        for key, label, words, argv, glabel, gargv, cacheable in cmds:
            if only and key not in only:
                continue
            override = os.environ.get("ISMS_BENCH_" + key.upper().replace("-", "_"))
            if override:
                argv = json.loads(override)
            row = {"label": label, "git_label": glabel, "cacheable": cacheable}
            git_argvs = [sub(g) for g in gargv]
            row["git_bytes"] = check_work(git_argvs, path, env, glabel)
            if not available(isms, words):
                row["available"] = False
                row["git"] = measure(git_argvs, args.runs, cwd=path, env=env)
            else:
                row["available"] = True
                clear(clone, cold_fill["out"])
                cold = ([[isms] + sub(argv, cold_fill)], [sub(g, cold_fill) for g in gargv], clone)
                row["isms"], row["git"], startup, row["isms_cold"], row["git_cold"] = measure_row(
                    [[isms] + sub(argv)], git_argvs, [[isms, "--version"]], args.runs, env=env,
                    clear=clear, cwd=path, cold=cold)
                if startup:
                    row["isms_startup"] = startup
            entry["commands"][key] = row
            print("  %-8s %-28s %s" % (repo["size"], label,
                                      ("isms cold %s s, warm %s s" % (fmt_s(row["isms_cold"]["median"]),
                                                                      fmt_s(row["isms"]["median"])))
                                      if row["available"] else "not available"), file=sys.stderr)
        shutil.rmtree(clone)
        for out_dir in (outdir, cold_fill["out"]):
            if os.path.isdir(out_dir):
                shutil.rmtree(out_dir)
        results["sizes"].append(entry)
    if args.json_out:
        with open(args.json_out, "w") as f:
            json.dump(results, f, indent=2)
    print(report(results))


def report(results):
    lines = []
    out = lines.append
    out("| docs | command | isms cold (s) | git cold (s) | cold ratio | isms warm median (s) | isms warm min (s) "
        "| isms CPU (s) | peak RSS cold / warm (MB) | exit | git counterpart | git bytes | git warm median (s) "
        "| git CPU (s) | warm ratio | warm/cold CPU | target |")
    out("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|")
    notes = []
    by_size = {e["size"]: e for e in results["sizes"]}
    smallest = min(by_size) if by_size else None
    for e in results["sizes"]:
        st = e["isms_startup"]["median"]
        out("| %s | `isms --version` (start-up) | | | | %s | %s | %s | %s | %d | `git --version` | | %s | %s | | | |" % (
            e["size"], fmt_s(st), fmt_s(e["isms_startup"]["min"]),
            fmt_s(e["isms_startup"]["cpu"]), fmt_mb(e["isms_startup"]["rss_kb"]), e["isms_startup"]["status"],
            fmt_s(e["git_startup"]["median"]), fmt_s(e["git_startup"]["cpu"])))
        for key, row in e["commands"].items():
            g = row["git"]
            if not row["available"]:
                out("| %s | %s | not available | | | | | | | | %s | %s | %s | %s | | | — |" % (
                    e["size"], row["label"], row["git_label"], row["git_bytes"], fmt_s(g["median"]),
                    fmt_s(g["cpu"])))
                continue
            m = row["isms"]
            startup = row.get("isms_startup", e["isms_startup"])["median"]
            # Fast rows carry the start-up measured interleaved with them (see measure_row).
            ratio = (m["median"] - startup) / g["median"] if g["median"] > 0 else None
            cold, gcold = row["isms_cold"], row["git_cold"]
            cold_ratio = (cold["median"] - startup) / gcold["median"] if gcold["median"] > 0 else None
            # CPU time, not wall: on a shared machine wall time of single runs is too noisy
            second = m["cpu"] / cold["cpu"] if cold["cpu"] > 0 else None
            verdicts = []
            if key in ("validate", "validate-rev") and e["size"] >= 10000:
                verdicts.append(("PASS" if m["median"] < 1.0 else "MISS") + " <1 s")
                verdicts.append(("PASS" if m["rss_kb"] < 300 * 1024 else "MISS") + " <300 MB")
            if key == "review-pr":
                verdicts.append(("PASS" if ratio is not None and ratio <= 3 else "MISS") + " ≤3× git")
                # A fresh clone (CI's case) against git reading every blob of the base.
                base = e["commands"].get("validate-rev", {}).get("git_cold")
                if e["size"] >= 10000 and base and base["median"] > 0:
                    fresh = (cold["median"] - startup) / base["median"]
                    verdicts.append(("PASS" if fresh <= 4 else "MISS") + " fresh clone ≤4× git reading the base")
                    verdicts.append(("PASS" if cold["rss_kb"] < 150 * 1024 else "MISS") + " fresh clone <150 MiB")
                if smallest is not None and e["size"] != smallest and key in by_size[smallest]["commands"]:
                    base = by_size[smallest]["commands"][key].get("isms")
                    if base:
                        ok = m["median"] <= base["median"] * 1.2 + 0.005
                        verdicts.append(("PASS" if ok else "MISS") + " ≤ %s docs" % smallest)
            if key == "review-log":
                verdicts.append(("PASS" if ratio is not None and ratio <= 2 else "MISS") + " ≤2× git")
            if key == "packet":
                verdicts.append(("PASS" if m["median"] < 30 else "MISS") + " <30 s")
                if e["size"] >= 10000:
                    peak = max(cold["rss_kb"], m["rss_kb"])
                    verdicts.append(("PASS" if peak < 150 * 1024 else "MISS") + " <150 MiB")
            if row["cacheable"] and e["size"] >= 10000:
                verdicts.append(("PASS" if second is not None and second <= 0.67 else "MISS") + " cache warm ≤0.67×cold")
            out("| %s | %s | %s | %s | %s | %s | %s | %s | %s / %s | %d | %s | %s | %s | %s | %s | %s | %s |" % (
                e["size"], row["label"], fmt_s(cold["median"]), fmt_s(gcold["median"]),
                "%.1f×" % cold_ratio if cold_ratio is not None else "—", fmt_s(m["median"]), fmt_s(m["min"]),
                fmt_s(m["cpu"]), fmt_mb(cold["rss_kb"]), fmt_mb(m["rss_kb"]), max(m["status"], cold["status"]),
                row["git_label"], row["git_bytes"], fmt_s(g["median"]), fmt_s(g["cpu"]),
                "%.1f×" % ratio if ratio is not None else "—",
                "%.2f" % second if second is not None else "—", "; ".join(verdicts) or "—"))
            if "isms_startup" in row:
                notes.append("%s docs, %s: `isms --version` %s s and git %s s (medians), interleaved with it" % (
                    e["size"], row["label"], fmt_s(row["isms_startup"]["median"]), fmt_s(g["median"])))
    out("")
    out("Cold: one run each in a fresh clone (no isms cache). Warm: medians in the benchmark repository "
        "with isms caches filled. Ratios subtract the isms start-up from the isms time.")
    if notes:
        out("")
        out("Ratios of commands under 0.2 s subtract the start-up measured in the same rounds:")
        out("")
        lines.extend("- " + note for note in notes)
    return "\n".join(lines)


if __name__ == "__main__":
    main()
