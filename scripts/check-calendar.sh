#!/usr/bin/env bash
# Parses an iCalendar file written by `isms calendar --format ics` with the Python `icalendar`
# package (RFC 5545), and fails unless every VEVENT has a UID, a DTSTART date and a SUMMARY.
# The venv is cached in .build-ical-venv/ (gitignored); ICAL_VENV overrides it.
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "usage: scripts/check-calendar.sh FILE.ics" >&2
  exit 64
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
venv=${ICAL_VENV:-$repo/.build-ical-venv}
if [ ! -f "$venv/.isms-icalendar-7.3.0" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "icalendar==7.3.0"
  touch "$venv/.isms-icalendar-7.3.0"
fi
exec "$venv/bin/python" - "$1" <<'PY'
import datetime, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
events = list(cal.walk("VEVENT"))
assert events, "no VEVENT"
for ev in events:
    assert ev.get("UID"), "VEVENT without UID"
    assert isinstance(ev.decoded("DTSTART"), datetime.date), ev["UID"]
    assert ev.decoded("DTEND") > ev.decoded("DTSTART"), ev["UID"]
    assert ev.get("SUMMARY"), ev["UID"]
print(f"{len(events)} events parsed")
PY
