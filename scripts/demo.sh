#!/usr/bin/env bash
# The README's main job: run isms on the example ISMS (a standalone repository with history,
# built by scripts/build-example-history.sh). Usage: scripts/demo.sh ISMS_BINARY REPO
set -euo pipefail
isms=$1
repo=$2
step() { printf '\n\033[1m$ isms %s\033[0m\n' "$*"; }
run() { step "$@"; "$isms" "$@" --repo "$repo" || echo "(exit $?)"; }

run validate
run status
run soa --format markdown
