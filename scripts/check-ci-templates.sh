#!/usr/bin/env bash
# Runs the install steps of templates/ci/ as written, against a local release archive (a file://
# URL): each must install a working isms from the archive alone, refuse an archive whose SHA-256
# does not match, and install nothing else (no apt-get, no Swift).
# Usage: scripts/check-ci-templates.sh dist/isms-<version>-linux-<arch>.tar.gz
set -euo pipefail
archive=$(realpath "${1:?usage: check-ci-templates.sh ARCHIVE.tar.gz}")
templates=$(cd "$(dirname "$0")/../templates/ci" && pwd)
sha=$(sha256sum "$archive" | cut -d' ' -f1)
work=$(mktemp -d)
trap 'rm -rf "$work" /tmp/isms /tmp/isms.tar.gz' EXIT

if grep -n -E 'apt(-get)? |swift |brew ' "$templates/github-actions.yml" "$templates/gitlab-ci.yml"; then
  echo "check-ci-templates: a CI template installs more than the release archive" >&2
  exit 1
fi

# The shell of the GitHub step "Install isms" and of the GitLab job's before_script.
python3 - "$templates" "$work" <<'PY'
import sys, yaml
templates, work = sys.argv[1], sys.argv[2]
github = yaml.safe_load(open(f"{templates}/github-actions.yml"))
step = next(s for s in github["jobs"]["isms"]["steps"] if s.get("name") == "Install isms")
open(f"{work}/github.sh", "w").write(step["run"])
gitlab = yaml.safe_load(open(f"{templates}/gitlab-ci.yml"))
open(f"{work}/gitlab.sh", "w").write("\n".join(gitlab["isms-review"]["before_script"]) + "\nisms --version\n")
PY

github() { # URL SHA256
  mkdir -p "$work/runner" && : >"$work/github-path"
  env -i PATH=/usr/bin:/bin RUNNER_TEMP="$work/runner" GITHUB_PATH="$work/github-path" \
    ISMS_URL="$1" ISMS_SHA256="$2" bash -e "$work/github.sh"
}
gitlab() { # URL SHA256
  rm -rf /tmp/isms /tmp/isms.tar.gz
  env -i PATH=/usr/bin:/bin ISMS_URL="$1" ISMS_SHA256="$2" bash -e "$work/gitlab.sh"
}
for job in github gitlab; do
  $job "file://$archive" "$sha" >"$work/$job.out" 2>&1 || { cat "$work/$job.out" >&2; exit 1; }
  grep -q "^[0-9]" "$work/$job.out" || { echo "check-ci-templates: $job did not run isms --version" >&2; exit 1; }
  if [ "$job" = github ]; then "$(cat "$work/github-path")/isms" --version >/dev/null; fi
  if $job "file://$archive" "$(printf '%064d' 0)" >/dev/null 2>&1; then
    echo "check-ci-templates: $job installed an archive whose SHA-256 does not match" >&2
    exit 1
  fi
  if $job "" "" >/dev/null 2>&1; then
    echo "check-ci-templates: $job ran without ISMS_URL and ISMS_SHA256" >&2
    exit 1
  fi
done
echo "check-ci-templates: the GitHub and GitLab install steps install the archive, and only a matching one"
