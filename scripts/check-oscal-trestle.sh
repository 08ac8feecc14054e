#!/usr/bin/env bash
# Checks that IBM's compliance-trestle reads what `isms export oscal` writes: exports the example
# ISMS, imports the catalog and the component definition into a fresh trestle workspace, and runs
# `trestle author component-generate` from a folder outside the workspace, which resolves the
# component definition's source (--catalog-href trestle://catalogs/NAME/catalog.json) to the
# imported catalog. Then it checks that every Annex A control got its Markdown.
#
# usage: scripts/check-oscal-trestle.sh [ISMS_BINARY]   (default: the debug build's isms)
# The venv with compliance-trestle from PyPI is cached in .build-trestle-venv/ (gitignored).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
isms=${1:-$repo/.build/debug/isms}
[ -x "$isms" ] || { echo "no isms binary at $isms; build first or name it" >&2; exit 64; }
venv=${TRESTLE_VENV:-$repo/.build-trestle-venv}
stamp="$venv/.isms-requirements-1"
if [ ! -f "$stamp" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "compliance-trestle==5.2.0"
  touch "$stamp"
fi
trestle="$venv/bin/trestle"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
catalog_name=iso27001-2022-annex-a
"$isms" export oscal --repo "$repo/isms-repo-example" --today 2026-11-29 --output "$work/oscal" \
  --catalog-href "trestle://catalogs/$catalog_name/catalog.json" >/dev/null
mkdir "$work/workspace" "$work/elsewhere"
(cd "$work/workspace" && "$trestle" init >/dev/null)
(cd "$work/workspace" && "$trestle" import -f "$work/oscal/iso27001-2022-annex-a.catalog.json" -o "$catalog_name" >/dev/null)
(cd "$work/workspace" && "$trestle" import -f "$work/oscal/statement-of-applicability.component-definition.json" -o isms-soa >/dev/null)
# From a folder that is neither the workspace nor the export folder.
(cd "$work/elsewhere" && "$trestle" author component-generate --trestle-root "$work/workspace" -n isms-soa -o soa-markdown >/dev/null)
generated=$(find "$work/workspace/soa-markdown" -name 'A.*.md' | wc -l)
if [ "$generated" -ne 93 ]; then
  echo "trestle component-generate wrote $generated control files, expected 93 (one per Annex A control)" >&2
  exit 1
fi
echo "trestle component-generate resolved the catalog and wrote 93 controls."
