#!/usr/bin/env bash
# Kills `isms review record` at random moments N times (default 200) while it commits, then checks
# that git fsck is clean, the branch is on a complete commit, no document is lost or half-written
# and the next run recovers: the suite's HardeningCrashSafetyTests (25 interruptions) with more.
set -euo pipefail
count="${1:-200}"
top="$(cd "$(dirname "$0")/.." && pwd)"
cd "$top"
swift build --build-tests
ISMS_KILL_COUNT="$count" swift test --skip-build --filter 'HardeningCrashSafetyTests/killWhileCommitting'
