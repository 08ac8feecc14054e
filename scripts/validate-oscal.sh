#!/usr/bin/env bash
# Validates the OSCAL JSON files in OUTPUT_DIR against NIST's published OSCAL 1.1.3 JSON schemas.
#
# The schemas come from the PyPI package `oscal` 2.0.0, whose support database holds NIST's release
# files verbatim (with their original download locations); we extract them from there rather than
# fetch them, because only PyPI is reachable. Validation uses python `jsonschema` (Draft 7, as the
# schemas declare), with the `regex` module for the \p{L} classes of the OSCAL patterns, which
# Python's `re` lacks. The venv is cached in .build-oscal-venv/ (gitignored).
set -euo pipefail
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: scripts/validate-oscal.sh OUTPUT_DIR (a folder written by 'isms export oscal')" >&2
  exit 64
fi
output_dir=$1
repo=$(cd "$(dirname "$0")/.." && pwd)
venv=${OSCAL_VENV:-$repo/.build-oscal-venv}
stamp="$venv/.isms-requirements-1"
if [ ! -f "$stamp" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    "jsonschema==4.23.0" "regex==2024.11.6" "rfc3339-validator==0.1.4"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps "oscal==2.0.0"
  touch "$stamp"
fi
exec "$venv/bin/python" "$repo/scripts/validate-oscal.py" "$output_dir"
