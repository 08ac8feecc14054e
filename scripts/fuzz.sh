#!/usr/bin/env bash
# Fuzzes front-matter and Markdown parsing (Sources/FuzzFrontMatter) with libFuzzer for a bounded
# time: scripts/fuzz.sh [SECONDS] (default 600).
#
# Builds in its own scratch folder (.build/fuzz) so the sanitizer flags never invalidate the
# normal build. New corpus entries go to .build/fuzz/corpus (the seed corpus in Tests/Fuzz/corpus
# stays small and reviewed); crashes, timeouts and out-of-memory inputs go to .build/fuzz/artifacts.
# Keep each finding as a regression test (Tests/ISMSCoreTests/Hardening/Fuzz/) once fixed.
#
# Exit status: 0 when the run was clean, 1 when libFuzzer found something, 2 on build errors.
set -euo pipefail

seconds="${1:-600}"
top="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$top/.build/fuzz"
corpus="$scratch/corpus"
artifacts="$scratch/artifacts"
mkdir -p "$corpus" "$artifacts"

# -DFUZZING drops the replayer's @main: libFuzzer provides main().
swift build --package-path "$top" --scratch-path "$scratch" -c debug \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING \
  --product FuzzFrontMatter || exit 2
binary="$(swift build --package-path "$top" --scratch-path "$scratch" -c debug --show-bin-path)/FuzzFrontMatter"

# -timeout: one input taking longer than 10 s is a hang; -rss_limit_mb bounds memory blow-ups;
# -max_len 1.2 MiB lets inputs cross the 1 MiB document limit. -detect_leaks=0: Swift's lazy
# globals and metadata caches live for the whole process and LeakSanitizer reports them.
set +e
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
"$binary" "$corpus" "$top/Tests/Fuzz/corpus" \
  -dict="$top/Tests/Fuzz/yaml.dict" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=1300000 \
  -len_control=200 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts/" 2>&1 | tee "$scratch/fuzz.log"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  echo "fuzz.sh: libFuzzer stopped with status $status; inputs in $artifacts" >&2
  exit 1
fi
echo "fuzz.sh: clean run of $seconds s; corpus $(ls "$corpus" | wc -l) inputs"
