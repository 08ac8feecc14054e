#!/usr/bin/env bash
# The README's main job: run isms on the example ISMS (a standalone repository with history,
# built by scripts/build-example-history.sh). Usage: scripts/demo.sh ISMS_BINARY REPO
# Every step must succeed; the first failure stops the demo with its exit status.
set -euo pipefail
isms=$1
repo=$2
out=$(dirname "$repo")
run() {
  printf '\n\033[1m$ isms %s\033[0m\n' "$*"
  "$isms" "$@" --repo "$repo"
}

run validate
run status
run todo
run review due --within 30
run soa --format markdown
run cycle status
run audit programme
run coverage --framework soc2 --period 2026-04-01..2026-09-30
run soc2 population
run export oscal --output "$out/oscal"
run calendar --format ics --output "$out/isms.ics"
run packet --kind surveillance -o "$out/surveillance-packet.zip"
run packet verify "$out/surveillance-packet.zip"
run packet --kind soc2 -o "$out/soc2-packet.zip"
run packet verify "$out/soc2-packet.zip"
run packet --audience customer -o "$out/trust-pack.zip"
run questionnaire fill --in "$repo/questionnaires/sample-customer.csv" -o "$out/questionnaire-answers.csv"
printf '\nThe packet is %s (open index.html inside it).\n' "$out/surveillance-packet.zip"
printf '\nThe example repository is in %s; try: %s review log POL-001 --repo %s\n' "$repo" "$isms" "$repo"
