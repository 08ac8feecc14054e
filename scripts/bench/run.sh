#!/usr/bin/env bash
# Benchmarks: isms on synthetic ISMS repositories of several sizes, next to the
# closest git command, in the same run. See BENCHMARKS.md.
#
# Usage: scripts/bench/run.sh [--sizes "100 1000 10000"] [--commits 20000] [--seed 27001]
#                             [--isms PATH] [--data DIR] [--runs 5] [--today 2026-11-29]
#                             [--only validate,review-pr] [--json FILE]
#
# Repositories are generated once with scripts/bench/generate.py into DIR (default .bench-data
# at the top of this checkout, or $ISMS_BENCH_DATA) and reused; the folder name carries the size, the
# commits, the seed and a hash of generate.py, so a changed generator regenerates.
# Commands the binary does not have yet are reported as "not available". Override an isms
# command line with ISMS_BENCH_<KEY>='["review","pr",...]' (keys: VALIDATE, VALIDATE_REV,
# STATUS, REVIEW_DUE, REVIEW_LOG, REVIEW_PR, PACKET), placeholders {repo} {today} {log_id}
# {log_path} {pr_base} {pr_branch} {out}.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
sizes="100 1000 10000"
commits=20000
seed=27001
isms="$root/.build/release/isms"
data=${ISMS_BENCH_DATA:-$root/.bench-data}
runs=5
today=2026-11-29
only=""
json=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --commits) commits=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --isms) isms=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --today) today=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --json) json=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 64 ;;
  esac
done

if [ ! -x "$isms" ]; then
  echo "run.sh: no isms binary at $isms; build it (make release) or pass --isms PATH" >&2
  exit 64
fi
# The binary finds its catalogs next to itself or in the source checkout; point it at ours.
export ISMS_TEMPLATES=${ISMS_TEMPLATES:-$root/templates}

mkdir -p "$data"
gen_hash=$(sha256sum "$here/generate.py" | cut -c1-8)
repos="["
sep=""
for n in $sizes; do
  dir="$data/isms-d$n-c$commits-s$seed-g$gen_hash"
  if [ ! -f "$dir/.git/bench-meta.json" ]; then
    rm -rf "$dir"
    echo "generating $n documents, $commits commits -> $dir" >&2
    python3 "$here/generate.py" "$dir" --documents "$n" --commits "$commits" --seed "$seed" --today "$today" |
      python3 -c 'import json,sys; m=json.load(sys.stdin); print("generated in %s s" % m["generation_seconds"], file=sys.stderr)' 
  fi
  repos="$repos$sep{\"size\": $n, \"path\": \"$dir\"}"
  sep=", "
done
repos="$repos]"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "isms: $isms ($("$isms" --version)); git: $(git --version)" >&2

args=(--isms "$isms" --repos "$repos" --runs "$runs" --today "$today")
[ -n "$only" ] && args+=(--only "$only")
[ -n "$json" ] && args+=(--json-out "$json")
python3 "$here/bench.py" "${args[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
