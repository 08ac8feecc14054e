#!/usr/bin/env bash
# Build a standalone git repository with a realistic, back-dated history of the example
# ISMS (isms-repo-example/) of the fictional Nordlicht Analytics GmbH.
#
#   scripts/build-example-history.sh OUT_DIR
#
# OUT_DIR must not exist or be empty. The history runs from March 2024 to November 2026;
# commits are authored by the people in isms.yml, approvals carry `ISMS-Approval:`
# trailers, periodic reviews `ISMS-Review:`/`ISMS-Outcome:`, workflow transitions
# `ISMS-Record:`/`ISMS-Event:`. Earlier versions of documents are derived from the final
# files by rewriting their front-matter and trimming their revision tables. The script is
# deterministic (same commit ids on every run) and independent of the user's git config.
# The final tree is identical to isms-repo-example/.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 OUT_DIR" >&2
  exit 2
fi
OUT=$1
SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/isms-repo-example"
if [ ! -f "$SRC/isms.yml" ]; then
  echo "error: $SRC/isms.yml not found" >&2
  exit 1
fi
if [ -e "$OUT" ] && { [ ! -d "$OUT" ] || [ -n "$(ls -A "$OUT")" ]; }; then
  echo "error: $OUT exists and is not an empty directory" >&2
  exit 1
fi
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

TMP_HOME="$(mktemp -d)"
trap 'rm -rf "$TMP_HOME"' EXIT
export HOME="$TMP_HOME" XDG_CONFIG_HOME="$TMP_HOME/.config"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export LC_ALL=C TZ=UTC
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_AUTHOR_DATE \
      GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL GIT_COMMITTER_DATE || true

# Build in memory when possible (ref updates on some disks cost ~20 ms each), then move.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  BUILD="$(mktemp -d /dev/shm/isms-example.XXXXXX)"
else
  BUILD="$(mktemp -d)"
fi
trap 'rm -rf "$TMP_HOME" "$BUILD"' EXIT
git -c init.defaultBranch=main init -q "$BUILD"
git -C "$BUILD" config commit.gpgsign false
git -C "$BUILD" config tag.gpgsign false
git -C "$BUILD" config core.autocrlf false
git -C "$BUILD" config gc.auto 0
git -C "$BUILD" config maintenance.auto false

python3 - "$SRC" "$BUILD" <<'PY'
import datetime as dt
import os
import re
import subprocess
import sys

SRC, OUT = sys.argv[1], sys.argv[2]
D = dt.date.fromisoformat

# ---------------------------------------------------------------- final files
FINAL = {}
for base, dirs, files in os.walk(SRC):
    dirs[:] = sorted(d for d in dirs if not d.startswith('.'))
    for f in sorted(files):
        p = os.path.join(base, f)
        FINAL[os.path.relpath(p, SRC)] = open(p, encoding='utf-8').read()

# ---------------------------------------------------------------- people
PEOPLE = {}
cur = None
for line in FINAL['isms.yml'].splitlines():
    m = re.match(r'  - id: (\S+)$', line)
    if m:
        cur = PEOPLE.setdefault(m.group(1), {})
        continue
    m = re.match(r'    (name|email): "(.*)"$', line)
    if m and cur is not None:
        cur[m.group(1)] = m.group(2)
LISBON = {'rfernandes'}

# ---------------------------------------------------------------- text helpers
def split(text):
    assert text.startswith('---\n')
    end = text.index('\n---\n', 4)
    return text[4:end + 1].splitlines(), text[end + 5:]

def join(lines, body):
    return '---\n' + '\n'.join(lines) + '\n---\n' + body

def key_span(lines, key):
    for i, l in enumerate(lines):
        if l == key + ':' or l.startswith(key + ': ') :
            j = i + 1
            while j < len(lines) and (lines[j].startswith(' ') or lines[j].startswith('-') or lines[j] == ''):
                j += 1
            return i, j
    return None

def get(lines, key):
    s = key_span(lines, key)
    if not s:
        return None
    return lines[s[0]].split(':', 1)[1].strip()

def setk(lines, key, value, after=None):
    s = key_span(lines, key)
    if s:
        lines[s[0]:s[1]] = [f'{key}: {value}']
        return
    pos = len(lines)
    for a in (after or []):
        sa = key_span(lines, a)
        if sa:
            pos = sa[1]
    lines.insert(pos, f'{key}: {value}')

def delk(lines, *keys):
    for key in keys:
        s = key_span(lines, key)
        if s:
            del lines[s[0]:s[1]]

def vtuple(v):
    return tuple(int(x) for x in v.split('.'))

def trim_revisions(body, version):
    out = []
    for l in body.split('\n'):
        m = re.match(r'\| (\d+\.\d+) \| \d{4}-\d\d-\d\d \|', l)
        if m and vtuple(m.group(1)) > vtuple(version):
            continue
        out.append(l)
    return '\n'.join(out)

def drop_section(body, heading):
    lines = body.split('\n')
    out, skip = [], False
    for l in lines:
        if l.startswith('## '):
            skip = l[3:].strip() == heading
        if not skip:
            out.append(l)
    return '\n'.join(out).rstrip('\n') + '\n'

def first_heading(body):
    for l in body.split('\n'):
        if l.startswith('# '):
            return l
    return ''

def addm(d, months):
    y = d.year + (d.month - 1 + months) // 12
    m = (d.month - 1 + months) % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def days(d, n):
    return d + dt.timedelta(days=n)

# ---------------------------------------------------------------- event queue
EVENTS = []   # (date, prio, seq, author, kind, message, trailers, changes)
SEQ = [0]

def ev(date, author, message, changes, trailers=(), prio=5, group=None):
    SEQ[0] += 1
    EVENTS.append(dict(date=date, prio=prio, seq=SEQ[0], author=author, message=message,
                       changes=dict(changes), trailers=list(trailers), group=group))

# ---------------------------------------------------------------- isms.yml
Y = FINAL['isms.yml']
def yml(stage):
    t = Y
    if stage < 3:
        t = t.replace('from its offices\n  in Hamburg and Lisbon and by remote employees',
                      'from its office\n  in Hamburg and by remote employees')
        soa = {0: '1.0', 1: '2.0', 2: '2.1'}[stage]
        t = t.replace('Statement of Applicability version 3.0', f'Statement of Applicability version {soa}')
    if stage < 0:
        pass
    return t

def yml_initial(with_auditors, with_cb):
    t = yml(0)
    if not with_auditors:
        t = re.sub(r'  - id: nschulz\n(    .*\n)+  - id: pbecker\n(    .*\n)+', '', t)
    if not with_cb:
        t = re.sub(r'\ncertification_body:\n(  .*\n)+', '\n', t)
        t = re.sub(r'\n# Deadlines agreed.*?\n(#.*\n)*findings:\n(  .*\n)+', '\n', t, flags=re.S)
        t = t.rstrip('\n') + '\n'
    return t

ev(D('2024-03-18'), 'amoreira', 'Start the Nordlicht ISMS repository with isms.yml and the README.\n\n'
   'Kick-off of the ISO/IEC 27001 project: organisation, scope statement, the people who own\n'
   'the ISMS and the 5x5 risk criteria agreed in the steering committee.',
   {'isms.yml': yml_initial(False, False),
    'README.md': drop_section(FINAL['README.md'], 'The story so far (today is 2026-11-29)')}, prio=0)
ev(D('2024-09-16'), 'amoreira', 'Add the two internal auditors to isms.yml.\n\n'
   'Nina Schulz (finance) and Paul Becker (product operations) were nominated by the board\n'
   'because neither owns an ISMS process.', {'isms.yml': yml_initial(True, False)})
ev(D('2024-12-09'), 'amoreira', 'Record Hanseatic Certification as certification body and the finding deadlines.',
   {'isms.yml': yml(0)})
ev(D('2025-04-07'), 'amoreira', 'Refer the scope statement to SoA version 2.0.', {'isms.yml': yml(1)}, prio=6)
ev(D('2025-05-05'), 'amoreira', 'Refer the scope statement to SoA version 2.1.', {'isms.yml': yml(2)}, prio=6)
ev(D('2026-02-24'), 'amoreira', 'Extend the scope statement to the Lisbon office (SoA version 3.0).\n\n'
   'Decided in the management review MR-2026-01 (decision D1).', {'isms.yml': Y}, prio=6)
ev(D('2026-11-27'), 'amoreira', 'Describe the state of the example ISMS before the surveillance audit in the README.',
   {'README.md': FINAL['README.md']})

# ---------------------------------------------------------------- controlled documents
INTERVAL = 12
def doc_render(path, st):
    lines, body = split(FINAL[path])
    setk(lines, 'version', f'"{st["version"]}"')
    setk(lines, 'status', st['status'])
    order = ['classification', 'review_interval', 'approved_by', 'approved_on', 'effective',
             'last_review', 'next_review']
    for k in order[2:]:
        if st.get(k) is None:
            delk(lines, k)
        else:
            setk(lines, k, str(st[k]), after=order[:order.index(k)])
    if st['status'] != 'retired':
        delk(lines, 'retired_reason')
        body = re.sub(r'\n> \*\*Retired\.\*\*.*?\n\n', '\n', body, flags=re.S)
    body = trim_revisions(body, st['version'])
    return join(lines, body)

CONTROLLED = [p for p in FINAL if p.endswith('.md') and FINAL[p].startswith('---\n')
              and get(split(FINAL[p])[0], 'kind') in ('policy', 'procedure', 'plan')]

DRAFT_ONLY = {'policies/ai-usage.md': [('0.1', '2026-09-07'), ('0.2', '2026-10-12'), ('0.3', '2026-11-16')]}

def title_of(lines):
    return get(lines, 'title').strip('"')

DRAFTS = {}
for path in sorted(CONTROLLED):
    lines, body = split(FINAL[path])
    did, title, owner = get(lines, 'id'), title_of(lines), get(lines, 'owner')
    status = get(lines, 'status')
    fin = {k: get(lines, k) for k in ('approved_by', 'approved_on', 'effective', 'last_review', 'next_review')}
    iv = int(get(lines, 'review_interval') or INTERVAL)
    if path in DRAFT_ONLY:
        for i, (v, d) in enumerate(DRAFT_ONLY[path]):
            msg = (f'Draft the {title} ({did}) for consultation.' if i == 0 else
                   f'Revise the draft {title} ({did}) to v{v} after comments.')
            ev(D(d), owner, msg, {path: doc_render(path, dict(version=v, status='draft'))}, prio=1)
        continue
    rows = re.findall(r'^\| (\d+\.\d+) \| (\d{4}-\d\d-\d\d) \| (\w+) \| (.*) \|$', body, re.M)
    approver = fin['approved_by']
    approvals = [r for r in rows if not r[0].startswith('0.')]
    last_appr = None
    for v, d, author, change in rows:
        d = D(d)
        if v.startswith('0.'):
            DRAFTS.setdefault((author, d.strftime('%Y-%m')), []).append(
                (d, path, doc_render(path, dict(version=v, status='draft')), title, did))
            continue
        # periodic reviews between approvals (no change)
        if last_appr is not None:
            st_prev = last_appr
            while addm(D(st_prev['last_review']), iv) < d:
                rd = days(addm(D(st_prev['last_review']), iv), -7)
                st_prev = dict(st_prev, last_review=str(rd), next_review=str(addm(rd, iv)))
                ev(rd, owner, None, {path: doc_render(path, st_prev)},
                   trailers=[f'ISMS-Review: {did}', 'ISMS-Outcome: unchanged'], prio=3,
                   group=('review', title, did))
            last_appr = st_prev
        is_last = v == approvals[-1][0]
        revised = last_appr is not None and (d - D(last_appr['last_review'])).days > 300
        tr = [f'ISMS-Review: {did}', 'ISMS-Outcome: revised'] if revised else []
        major = v != '1.0' and v.endswith('.0')
        if major:
            ev(d, author, f'Revise the {title} ({did}) for v{v}.\n\n{change}',
               {path: doc_render(path, dict(version=v, status='draft'))}, trailers=tr, prio=1)
            tr = []
        st = dict(version=v, status='approved', approved_by=approver, approved_on=str(d),
                  effective=str(d), last_review=str(d), next_review=str(addm(d, iv)))
        if is_last:
            st['effective'] = fin['effective']
            if fin['last_review'] == str(d) and fin['next_review']:
                st['next_review'] = fin['next_review']
        if v != '1.0' and not major:
            ev(d, approver, None, {path: doc_render(path, st)},
               trailers=tr + [f'ISMS-Approval: {did}'], prio=2, group=('minor', title, did, v, change))
        else:
            ev(d, approver, None, {path: doc_render(path, st)}, trailers=[f'ISMS-Approval: {did}'], prio=2,
               group=('approve', title, did, v))
        last_appr = st
    if status == 'approved' and fin['last_review'] != last_appr['last_review']:
        target = D(fin['last_review'])
        st_prev = last_appr
        while days(addm(D(st_prev['last_review']), iv), -7) < days(target, -30):
            rd = days(addm(D(st_prev['last_review']), iv), -7)
            st_prev = dict(st_prev, last_review=str(rd), next_review=str(addm(rd, iv)))
            ev(rd, owner, None, {path: doc_render(path, st_prev)},
               trailers=[f'ISMS-Review: {did}', 'ISMS-Outcome: unchanged'], prio=3,
               group=('review', title, did))
        ev(target, owner, None, {path: FINAL[path]},
           trailers=[f'ISMS-Review: {did}', 'ISMS-Outcome: unchanged'], prio=3,
           group=('review', title, did, fin['next_review']))
    elif status == 'retired':
        ev(D('2025-06-30'), approver, f'Retire the {title} ({did}); its rules now live in POL-002 v2.0.',
           {path: FINAL[path]}, trailers=[f'ISMS-Approval: {did}'], prio=2)

for (author, _), items in sorted(DRAFTS.items()):
    d = max(i[0] for i in items)
    names = '; '.join(f'{i[3]} ({i[4]})' for i in items)
    what = f'the first draft of the {names}' if len(items) == 1 else f'first drafts: {names}'
    ev(d, author, f'Add {what}.', {i[1]: i[2] for i in items}, prio=1)

# ---------------------------------------------------------------- controls (SoA)
def ctl_undecided(cid, title, theme):
    return (f'---\nid: {cid}\nkind: control\ntitle: "{title}"\napplicability: undecided\n---\n\n'
            f'# {cid} {title}\n\nAnnex A theme: {theme}.\n\nDecision pending; see the SoA project plan.\n')
CTRL = sorted((p for p in FINAL if p.startswith('controls/')),
              key=lambda p: tuple(int(x) for x in p[len('controls/A.'):-3].split('.')))
undecided = {}
for p in CTRL:
    lines, body = split(FINAL[p])
    theme = re.search(r'Annex A theme: (.*)\.', body).group(1)
    undecided[p] = ctl_undecided(get(lines, 'id'), title_of(lines), theme)
ev(D('2024-07-29'), 'amoreira', 'Add all 93 Annex A controls of ISO/IEC 27001:2022 as undecided SoA entries.',
   undecided, prio=1)

def ctl_with_impl(p, impl):
    lines, body = split(FINAL[p])
    setk(lines, 'implementation', impl)
    return join(lines, body)

CTRL_STEPS = {   # control: [(date, author, implementation, message)] before the final state
    'A.5.17': [('2025-09-15', 'jlange', None, 'Phishing-resistant MFA is enforced for every workforce account (OBJ-2025-01).')],
    'A.5.23': [('2025-04-07', 'dpetersen', None, 'Shared-responsibility split documented for AWS; SaaS part still open.')],
    'A.5.7':  [('2025-05-05', 'shansen', None, 'Weekly threat-intelligence triage started; structured reporting still planned.')],
    'A.8.16': [('2025-01-27', 'shansen', None, 'Okta and GitHub audit logs now reach Datadog Cloud SIEM.')],
    'A.8.11': [('2025-10-13', 'lwagner', None, 'Masking job for staging samples in production use.')],
    'A.7.4':  [('2026-02-24', 'jlange', None, 'Lisbon office in scope: physical monitoring there is not yet equivalent to Hamburg.')],
    'A.8.9':  [('2026-10-20', 'dpetersen', None, 'Set A.8.9 to partial while NC-2026-003 (drift detection gaps) is open.')],
}
INITIAL_IMPL = {'A.5.17': 'partial', 'A.5.23': 'planned', 'A.5.7': 'planned', 'A.8.16': 'partial',
                'A.8.11': 'planned', 'A.7.4': 'implemented', 'A.8.9': 'implemented'}
BATCHES = [('2024-09-02', 'shansen', 'A.5.', 'organisational controls (A.5)'),
           ('2024-09-09', 'msahin', 'A.6.', 'people controls (A.6)'),
           ('2024-09-23', 'jlange', 'A.7.', 'physical controls (A.7)'),
           ('2024-10-07', 'dpetersen', 'A.8.', 'technological controls (A.8)')]
for d, who, prefix, label in BATCHES:
    ch = {}
    for p in CTRL:
        cid = p[len('controls/'):-3]
        if not cid.startswith(prefix):
            continue
        ch[p] = ctl_with_impl(p, INITIAL_IMPL[cid]) if cid in INITIAL_IMPL else FINAL[p]
    excl = [p[len('controls/'):-3] for p in ch if 'applicability: excluded' in FINAL[p]]
    extra = f' Excluded with justification: {", ".join(excl)}.' if excl else ''
    ev(D(d), who, f'Decide applicability and implementation status of the {label}.\n\n'
       f'Decisions from the SoA workshop with the control owners; justifications written per control.{extra}',
       ch, prio=4)
for cid, steps in CTRL_STEPS.items():
    p = f'controls/{cid}.md'
    for d, who, impl, msg in steps:
        ev(D(d), who, f'Update SoA entry {cid}: {msg}', {p: FINAL[p]}, prio=6)

# ---------------------------------------------------------------- risks
RISKS = sorted(p for p in FINAL if p.startswith('risks/'))
def risk_render(p, assessed, accepted=None, body_note=None, likelihood=None, impact=None):
    lines, body = split(FINAL[p])
    if likelihood is not None:
        setk(lines, 'likelihood', str(likelihood))
        setk(lines, 'impact', str(impact))
        setk(lines, 'level', str(likelihood * impact))
    setk(lines, 'assessed_on', str(assessed))
    setk(lines, 'next_review', str(addm(assessed, 12)))
    if accepted:
        setk(lines, 'accepted_by', get(lines, 'owner'), after=['residual_impact', 'treatment', 'controls'])
        setk(lines, 'accepted_on', str(accepted), after=['accepted_by'])
    else:
        delk(lines, 'accepted_by', 'accepted_on')
    if body_note:
        body = '\n' + first_heading(body) + '\n\n' + body_note + '\n'
    return join(lines, body)

OLD_VALUES = {'risks/RISK-008.md': (4, 4), 'risks/RISK-020.md': (2, 2)}
WORKSHOPS = [('2024-06-17', range(1, 9)), ('2024-07-08', range(9, 17)), ('2024-08-05', range(17, 25))]
for d, rng in WORKSHOPS:
    ch = {}
    for n in rng:
        p = f'risks/RISK-{n:03d}.md'
        lv = OLD_VALUES.get(p, (None, None))
        ch[p] = risk_render(p, D(d), None, f'Identified in the risk workshop of {d}; analysis in the workshop notes.',
                            *lv)
    ev(D(d), 'shansen', f'Record the risks identified in the risk workshop of {d} '
       f'(RISK-{rng[0]:03d} to RISK-{rng[-1]:03d}).', ch, prio=4)
# 2025: acceptance by each risk owner (stage 1 concern C1)
owners = {}
for p in RISKS:
    n = int(p[len('risks/RISK-'):-3])
    if n <= 24:
        owners.setdefault(get(split(FINAL[p])[0], 'owner'), []).append(p)
ACCEPT_2025 = ['2025-04-01', '2025-04-01', '2025-04-02', '2025-04-02', '2025-04-03', '2025-04-03',
               '2025-04-04', '2025-04-04', '2025-04-04', '2025-04-04']
for i, (who, ps) in enumerate(sorted(owners.items())):
    ch = {}
    for p in ps:
        wd = [w for w in WORKSHOPS if int(p[len('risks/RISK-'):-3]) in w[1]][0][0]
        ch[p] = risk_render(p, D(wd), D(ACCEPT_2025[i]), f'Identified in the risk workshop of {wd}; analysis in the workshop notes.',
                            *OLD_VALUES.get(p, (None, None)))
    ids = ', '.join(p[6:-3] for p in ps)
    ev(D(ACCEPT_2025[i]), who, f'Accept the residual risk of my risks as risk owner: {ids}.\n\n'
       'Recorded per risk as required by risk methodology v2.0 (stage 1 concern C1).', ch, prio=6)
ADDED_2025 = [('risks/RISK-025.md', '2025-06-16'), ('risks/RISK-028.md', '2025-09-15'), ('risks/RISK-027.md', '2025-11-10')]
for p, d in ADDED_2025:
    who = get(split(FINAL[p])[0], 'owner')
    ev(D(d), who, f'Add {p[6:-3]} ({title_of(split(FINAL[p])[0])}) to the risk register and accept its residual risk.',
       {p: risk_render(p, D(d), D(d), 'Added during the year; see the assessment notes.')}, prio=4)
# 2026 annual reassessment
REASSESS, ACCEPT, LATER = {}, {}, {}
for p in RISKS:
    lines, _ = split(FINAL[p])
    rid, who = get(lines, 'id'), get(lines, 'owner')
    ass, acc = D(get(lines, 'assessed_on')), D(get(lines, 'accepted_on'))
    if rid == 'RISK-026':
        ev(ass, who, f'Add RISK-026 after the survey on generative AI use.', {p: risk_render(p, ass)}, prio=4)
        ev(acc, who, 'Accept residual risk of RISK-026 until the AI usage policy is approved.', {p: FINAL[p]}, prio=6)
        continue
    if rid == 'RISK-020':
        ja, jc = D('2026-01-27'), D('2026-02-12')
        REASSESS[p] = risk_render(p, ja, None, None, 2, 2)
        ACCEPT.setdefault(who, []).append((jc, p))
        LATER[p] = risk_render(p, ja, jc, None, 2, 2)
        ev(ass, who, 'Reassess RISK-020 after the water damage in the Hamburg office.', {p: risk_render(p, ass)}, prio=4)
        ev(acc, who, 'Retain RISK-020 at level 6 as risk owner.', {p: FINAL[p]}, prio=6)
        continue
    REASSESS[p] = risk_render(p, ass)
    ACCEPT.setdefault(who, []).append((acc, p))

ev(D('2026-01-30'), 'shansen', 'Annual risk reassessment 2026: results of the risk workshops of 19 to 30 January.\n\n'
   'Likelihood and impact re-rated with the process owners; RISK-008 raised to critical. Acceptances\n'
   'of the residual risks are recorded by each risk owner.', REASSESS, prio=4)
for who, items in sorted(ACCEPT.items()):
    d = max(a for a, _ in items)
    ids = ', '.join(sorted(p[6:-3] for _, p in items))
    ev(d, who, f'Accept the residual risk of {ids} as risk owner (risk treatment plan 2026).',
       {p: LATER.get(p, FINAL[p]) for _, p in items}, prio=6)

# ---------------------------------------------------------------- suppliers
SUP_DATES = {
    'SUP-001': ['2024-07-15', '2025-03-10', '2026-03-16'],
    'SUP-002': ['2024-07-15', '2025-02-03', '2026-02-02'],
    'SUP-003': ['2024-07-15', '2025-05-12', '2026-05-11'],
    'SUP-004': ['2024-07-22', '2025-06-16', '2026-06-15'],
    'SUP-005': ['2024-07-22', '2025-08-25', '2026-08-24'],
    'SUP-006': ['2024-11-18', '2025-12-01'],
    'SUP-007': ['2024-07-29', '2025-04-28', '2026-04-27'],
    'SUP-008': ['2024-12-02', '2026-03-09'],
    'SUP-009': ['2024-11-18', '2026-07-06'],
    'SUP-010': ['2024-12-16', '2026-07-13'],
    'SUP-011': ['2024-10-07', '2025-09-29', '2026-09-28'],
}
for p in sorted(x for x in FINAL if re.match(r'suppliers/SUP-\d+\.md$', x)):
    lines, body = split(FINAL[p])
    sid, who, title = get(lines, 'id'), get(lines, 'owner'), title_of(lines)
    ds = SUP_DATES[sid]
    for i, d in enumerate(ds):
        d = D(d)
        if i == len(ds) - 1:
            content = FINAL[p]
        else:
            l2 = list(lines)
            setk(l2, 'last_review', str(d))
            setk(l2, 'next_review', str(addm(d, 12)))
            content = join(l2, '\n' + first_heading(body) + '\n\n' + 'Supplier assessment and review notes are in the service desk.\n')
        if i == 0:
            ev(d, 'kvogt', None, {p: content}, prio=4, group=('supplier', title, sid))
        else:
            ev(d, who, f'Review supplier {sid} ({title}): assurance reports, incidents and continued need checked.',
               {p: content}, trailers=[f'ISMS-Review: {sid}', 'ISMS-Outcome: unchanged'], prio=5)

# ---------------------------------------------------------------- questionnaire answers
# Each answer is written by its owner and approved by the CISO on its approved_on day; the
# sample questionnaire a prospect sent follows.
for p in sorted(x for x in FINAL if x.startswith('answers/')):
    lines, body = split(FINAL[p])
    aid, who, title = get(lines, 'id'), get(lines, 'owner'), title_of(lines)
    d = D(get(lines, 'approved_on'))
    ev(d, who, f'Answer {aid} for the questionnaire library: {title}.', {p: FINAL[p]},
       trailers=[f'ISMS-Approval: {aid}'], prio=5)
for p in sorted(x for x in FINAL if x.startswith('questionnaires/')):
    ev(D('2026-11-24'), 'rfernandes', 'Add the security questionnaire of a prospect, to be answered from the library.',
       {p: FINAL[p]}, prio=5)
# ---------------------------------------------------------------- supplier assurance and reviews
# Each assurance record (with the files it names in the repository) is committed on the day it
# was received by the supplier's owner; each supplier review on its day by its reviewer.
for p in sorted(x for x in FINAL if x.startswith('suppliers/assurance/ASR-')):
    lines, _ = split(FINAL[p])
    rid, sup, title = get(lines, 'id'), get(lines, 'supplier'), title_of(lines)
    owner = get(split(FINAL[f'suppliers/{sup}.md'])[0], 'owner')
    files = {p: FINAL[p]}
    for f in re.findall(r'^  - path: (\S+)$', FINAL[p], re.M):
        files[f] = FINAL[f]
    ev(D(get(lines, 'received')), owner, f'Record {rid} for {sup}: {title}.', files, prio=6)
for p in sorted(x for x in FINAL if x.startswith('records/supplier-reviews/')):
    lines, _ = split(FINAL[p])
    ev(D(get(lines, 'date')), get(lines, 'reviewer'),
       f'Record the supplier review {get(lines, "id")} of {get(lines, "supplier")}: {get(lines, "decision")}.',
       {p: FINAL[p]}, prio=6)

# ---------------------------------------------------------------- workflow records
def hist_blocks(lines):
    s = key_span(lines, 'history')
    hl = lines[s[0] + 1:s[1]]
    blocks, cur = [], None
    for l in hl:
        if l.startswith('  - '):
            cur = [l]
            blocks.append(cur)
        elif cur is not None:
            cur.append(l)
    return s, blocks

def hist_entries(text):
    lines, _ = split(text)
    _, blocks = hist_blocks(lines)
    out = []
    for b in blocks:
        e = {}
        for l in b:
            m = re.match(r'\s*-?\s*"?(on|by|event|from|to|note)"?: (.*)$', l)
            if m:
                e[m.group(1)] = m.group(2).strip()
        out.append(e)
    return out

FINDING_FIELDS = [('contained', ['correction']), ('cause_analysed', ['root_cause', 'similar_nc_check']),
                  ('action_planned', ['actions']), ('implemented', ['implemented_on', 'implementation_evidence']),
                  ('verified', ['verified_by', 'verified_on', 'verification_method']), ('closed', ['isms_change'])]
F_ORDER = ['opened', 'contained', 'cause_analysed', 'action_planned', 'plan_submitted', 'plan_accepted',
           'implemented', 'verified', 'closed']

def wf_render(p, k, initial):
    """State of workflow record p after k history entries (0 = creation)."""
    text = FINAL[p]
    lines, body = split(text)
    kind = get(lines, 'kind')
    s, blocks = hist_blocks(lines)
    n = len(blocks)
    if k == n:
        return text
    state = initial if k == 0 else hist_entries(text)[k - 1]['to']
    keep = [l for b in blocks[:k] for l in b]
    lines[s[0]:s[1]] = (['history:'] + keep) if keep else ['history: []']
    setk(lines, 'status', state)
    if kind == 'finding':
        idx = F_ORDER.index(state) if state in F_ORDER else 0
        for st, fields in FINDING_FIELDS:
            if F_ORDER.index(st) > idx:
                delk(lines, *fields)
    elif kind == 'audit':
        if state in ('planned', 'scheduled', 'in_progress', 'fieldwork_done'):
            delk(lines, 'report_date', 'reported_to', 'conclusion', 'concerns')
        else:
            lines = [l.replace('    status: addressed', '    status: open') for l in lines]
    elif kind == 'cycle':
        if state != 'certified':
            delk(lines, 'decision_date', 'expiry', 'certificate', 'soa_version')
        delk(lines, 'overrides')
    if kind != 'finding' or k > 0 or n > 0:
        note = {'finding': 'Finding recorded; the corrective action is tracked in the history below.',
                'audit': 'Audit record; the report summary is added when the report is issued.',
                'cycle': 'Certification cycle with Hanseatic Certification GmbH.'}[kind]
        body = '\n' + first_heading(body) + '\n\n' + note + '\n'
    return join(lines, body)

PHRASES = {
    'schedule': 'Schedule {rid} after the audit plan was issued', 'start': 'Start the fieldwork of {rid}',
    'finish_fieldwork': 'Finish the fieldwork of {rid} with the closing meeting',
    'report': 'Record the report of {rid}', 'close': 'Close {rid}', 'cancel': 'Cancel {rid}',
    'apply': 'Apply for certification with Hanseatic Certification ({rid})',
    'plan_stage1': 'Plan the stage 1 audit in {rid}', 'record_stage1': 'Record the stage 1 result in {rid}',
    'address_concerns': 'Record in {rid} that the stage 1 concerns are addressed',
    'plan_stage2': 'Plan the stage 2 audit in {rid}', 'record_stage2': 'Record the stage 2 result in {rid}',
    'open_nc_resolution': 'Start the resolution of the stage 2 nonconformity in {rid}',
    'accept_responses': 'Record in {rid} that the certification body accepted our responses',
    'grant': 'Record the certification decision in {rid}',
    'record_override': 'Record the certification body\'s postponement of surveillance 1 in {rid}',
    'contain': 'Record the correction for {rid}', 'analyse_cause': 'Record the root cause analysis of {rid}',
    'plan_actions': 'Plan the corrective actions for {rid}',
    'submit_plan': 'Submit the corrective action plan for {rid} to the certification body',
    'accept_plan': 'Record the certification body\'s acceptance of the plan for {rid}',
    'implement': 'Record the implementation of the corrective actions for {rid}',
    'verify': 'Record the effectiveness review of {rid}',
}
WF = sorted(p for p in FINAL if p.startswith(('records/cycles/', 'records/audits/', 'records/findings/')))
CREATED = {
    'records/cycles/CYC-2025.md': ('2024-11-25', 'amoreira', 'preparing'),
    'records/audits/AUD-2025-INT-01.md': ('2024-12-16', 'nschulz', 'planned'),
    'records/audits/AUD-2025-ST1.md': ('2025-01-20', 'amoreira', 'planned'),
    'records/audits/AUD-2025-ST2.md': ('2025-03-24', 'amoreira', 'planned'),
    'records/audits/AUD-2026-INT-01.md': ('2025-12-15', 'pbecker', 'planned'),
    'records/audits/AUD-2026-INT-02.md': ('2025-12-15', 'nschulz', 'planned'),
    'records/audits/AUD-2026-SURV-01.md': ('2026-03-09', 'amoreira', 'planned'),
    'records/audits/AUD-2026-SURV-02.md': ('2026-06-22', 'amoreira', 'planned'),
}
for p in WF:
    lines, _ = split(FINAL[p])
    rid, kind, title = get(lines, 'id'), get(lines, 'kind'), title_of(lines)
    hs = hist_entries(FINAL[p])
    if kind == 'finding':
        raised = D(get(lines, 'raised_on'))
        who = 'amoreira'
        src = get(lines, 'audit') or 'incident INC-2026-004'
        grade = get(lines, 'grade')
        label = {'ofi': 'an opportunity for improvement', 'observation': 'an observation'}.get(grade, f'a {grade} nonconformity')
        ev(raised, who, f'Record {rid}, {label} from {src}: {title}.',
           {p: wf_render(p, 0, 'opened')}, trailers=[f'ISMS-Record: {rid}', 'ISMS-Event: open'], prio=7)
    else:
        d, who, init = CREATED[p]
        ev(D(d), who, f'Plan {title} ({rid}).' if kind == 'audit' else f'Open the certification cycle {rid}: {title}.',
           {p: wf_render(p, 0, init)}, prio=4)
    for i, e in enumerate(hs, 1):
        to = e['to']
        phrase = PHRASES[e['event']].format(rid=rid, title=title)
        msg = f'{phrase} ({e["from"]} → {to}).'
        if e.get('note'):
            msg += '\n\n' + e['note']
        ev(D(e['on']), e['by'], msg, {p: wf_render(p, i, None)},
           trailers=[f'ISMS-Record: {rid}', f'ISMS-Event: {e["event"]}'], prio=7)

# ---------------------------------------------------------------- other records
def rec_render(p, status=None, drop=(), body_note=None, sets=None):
    lines, body = split(FINAL[p])
    if status:
        setk(lines, 'status', status)
    for k, v in (sets or {}).items():
        setk(lines, k, v)
    for sec in drop:
        body = drop_section(body, sec)
    if body_note is not None:
        body = '\n' + first_heading(body) + '\n\n' + body_note + '\n'
    return join(lines, body)

def set_decisions(p, statuses, drop=()):
    lines, body = split(FINAL[p])
    out, cur = [], None
    for l in lines:
        m = re.match(r'  - id: (\S+)$', l)
        if m:
            cur = m.group(1)
        m2 = re.match(r'    status: (\S+)$', l)
        if m2 and cur in statuses:
            l = f'    status: {statuses[cur]}'
        out.append(l)
    for sec in drop:
        body = drop_section(body, sec)
    return join(out, body)

MR1, MR2, MR3 = ('records/management-reviews/MR-2025-01.md', 'records/management-reviews/MR-2026-01.md',
                 'records/management-reviews/MR-2026-02.md')
ids1 = [f'MR-2025-01-D{i}' for i in range(1, 6)]
ev(D('2025-02-11'), 'amoreira', 'Prepare the inputs for the management review 2025.',
   {MR1: set_decisions(MR1, {i: 'open' for i in ids1}, drop=['Follow-up of the decisions']).replace('status: final', 'status: draft', 1)}, prio=4)
ev(D('2025-02-20'), 'amoreira', 'Finalise the minutes of the management review 2025 (MR-2025-01).',
   {MR1: set_decisions(MR1, {i: 'open' for i in ids1}, drop=['Follow-up of the decisions'])}, prio=4)
steps1 = [('2025-04-07', 'shansen', 'MR-2025-01-D4'), ('2025-06-02', 'shansen', 'MR-2025-01-D3'),
          ('2025-06-20', 'amoreira', 'MR-2025-01-D1'), ('2025-10-06', 'jlange', 'MR-2025-01-D2')]
done = {}
for d, who, did in steps1:
    done[did] = 'done'
    st = {i: done.get(i, 'open') for i in ids1}
    ev(D(d), who, f'Mark management review decision {did} as done.',
       {MR1: set_decisions(MR1, st, drop=['Follow-up of the decisions'])}, prio=6)
ev(D('2026-02-26'), 'kvogt', 'Drop MR-2025-01-D5 (ISO/IEC 27701) as decided in the management review 2026.',
   {MR1: FINAL[MR1]}, prio=6)
ids2 = [f'MR-2026-01-D{i}' for i in range(1, 7)]
ev(D('2026-02-17'), 'amoreira', 'Prepare the inputs for the management review 2026.',
   {MR2: set_decisions(MR2, {i: 'open' for i in ids2}, drop=['Follow-up']).replace('status: final', 'status: draft', 1)}, prio=4)
ev(D('2026-02-26'), 'amoreira', 'Finalise the minutes of the management review 2026 (MR-2026-01).',
   {MR2: set_decisions(MR2, {i: 'open' for i in ids2}, drop=['Follow-up'])}, prio=5)
ev(D('2026-03-02'), 'amoreira', 'Mark MR-2026-01-D1 and D2 as done: scope v3.0 notified to the certification body, objectives and budget approved.',
   {MR2: set_decisions(MR2, {i: ('done' if i[-1] in '12' else 'open') for i in ids2}, drop=['Follow-up'])}, prio=6)
ev(D('2026-09-28'), 'lwagner', 'Close MR-2026-01-D6: the v1 ingestion service cannot be switched off earlier than planned.',
   {MR2: FINAL[MR2]}, prio=6)
ev(D('2026-11-23'), 'amoreira', 'Start the draft agenda of the management review before the surveillance audit (MR-2026-02).',
   {MR3: FINAL[MR3]}, prio=4)

OBJ = 'records/objectives/'
ev(D('2025-02-20'), 'jlange', 'Record objective OBJ-2025-01 (phishing-resistant MFA) set in the management review.',
   {OBJ + 'OBJ-2025-01.md': rec_render(OBJ + 'OBJ-2025-01.md', sets={'progress': 'on-track'},
                                       body_note='Set in the management review 2025 (MR-2025-01-D2).')}, prio=5)
ev(D('2025-10-06'), 'jlange', 'OBJ-2025-01 achieved: 100 % of users on phishing-resistant factors since 2025-09-12.',
   {OBJ + 'OBJ-2025-01.md': FINAL[OBJ + 'OBJ-2025-01.md']}, prio=5)
for n, who in ((1, 'dpetersen'), (2, 'msahin'), (3, 'jlange'), (4, 'dpetersen')):
    p = f'{OBJ}OBJ-2026-0{n}.md'
    ev(D('2026-02-26'), 'amoreira', None, {p: rec_render(p, sets={'progress': 'not-started'},
       body_note='Set in the management review 2026 (MR-2026-01-D2); plan in the front-matter.')},
       prio=5, group=('objectives',))
ev(D('2026-04-10'), 'msahin', 'OBJ-2026-02 at risk: training completion 96.1 % on 31 March.',
   {OBJ + 'OBJ-2026-02.md': FINAL[OBJ + 'OBJ-2026-02.md']}, prio=6)
ev(D('2026-07-09'), 'jlange', 'Update progress of OBJ-2026-03 with the H1 access review results.',
   {OBJ + 'OBJ-2026-03.md': FINAL[OBJ + 'OBJ-2026-03.md']}, prio=6)
ev(D('2026-10-12'), 'dpetersen', 'Update progress of OBJ-2026-01 with the Q3 patch-latency results.',
   {OBJ + 'OBJ-2026-01.md': FINAL[OBJ + 'OBJ-2026-01.md']}, prio=6)
ev(D('2026-11-20'), 'dpetersen', 'OBJ-2026-04 achieved: regional recovery of the query layer in 19 hours.',
   {OBJ + 'OBJ-2026-04.md': FINAL[OBJ + 'OBJ-2026-04.md']}, prio=6)

COMP = 'records/competence/'
for f, d, who in (('COMP-2024-001.md', '2024-12-02', 'amoreira'), ('COMP-2025-001.md', '2025-03-14', 'amoreira'),
                  ('COMP-2026-001.md', '2026-05-04', 'lwagner'), ('COMP-2026-002.md', '2026-05-15', 'shansen')):
    t = title_of(split(FINAL[COMP + f])[0])
    ev(D(d), who, f'Record competence evidence: {t}.', {COMP + f: FINAL[COMP + f]}, prio=5)
MET = 'records/metrics/'
for f, d, who in (('MET-2026-Q1-PATCH.md', '2026-04-09', 'shansen'), ('MET-2026-Q1-AWARENESS.md', '2026-04-10', 'msahin'),
                  ('MET-2026-Q2-PATCH.md', '2026-07-08', 'shansen'), ('MET-2026-H1-ACCESSREVIEW.md', '2026-07-09', 'jlange'),
                  ('MET-2026-Q3-PATCH.md', '2026-10-12', 'shansen'), ('MET-2026-Q3-RESTORE.md', '2026-10-14', 'dpetersen')):
    lines, _ = split(FINAL[MET + f])
    ev(D(d), who, f'Record metric {get(lines, "id")}: {get(lines, "value").strip(chr(34))}.', {MET + f: FINAL[MET + f]}, prio=5)

# SOC 2 operation: the control activities, each evidence record with its attachments, one sample.
ACT = 'activities/'
ev(D('2026-03-20'), 'amoreira', 'Add the SOC 2 control activities ACT-001 to ACT-004 (from 2026-04-01).',
   {ACT + f: FINAL[ACT + f] for f in ('ACT-001.md', 'ACT-002.md', 'ACT-003.md', 'ACT-004.md')},
   trailers=['Approved-by: Sven Hansen <sven.hansen@nordlicht-analytics.example>'], prio=6)
EVD = 'records/evidence/'
for n in range(1, 11):
    f = f'EV-{n:03d}.md'
    lines, _ = split(FINAL[EVD + f])
    attached = [l.split(':', 1)[1].strip() for l in lines if l.startswith('  - path: ')]
    changes = {EVD + f: FINAL[EVD + f]}
    changes.update({a: FINAL[a] for a in attached})
    ev(D(get(lines, 'date')), get(lines, 'performed_by'),
       f'Evidence: {get(lines, "id")} of {get(lines, "activity")} ({get(lines, "covers").strip("[]").strip(chr(34))})',
       changes, trailers=[f'ISMS-Record: {get(lines, "id")}', 'ISMS-Event: evidence-add'], prio=6)
SMP = 'records/samples/SMP-001.md'
ev(D('2026-10-01'), 'amoreira', 'SOC 2: sample SMP-001 of ACT-004, 2 of 6', {SMP: FINAL[SMP]},
   trailers=['ISMS-Record: SMP-001', 'ISMS-Event: sample'], prio=6)

# ---------------------------------------------------------------- group and order
GROUPS = {}
for e in EVENTS:
    g = e['group']
    if g is None:
        continue
    key = ((e['date'].strftime('%Y-%m') if g[0] == 'review' else e['date']), e['author'], e['prio'], g[0])
    if key in GROUPS:
        tgt = GROUPS[key]
        tgt['changes'].update(e['changes'])
        tgt['trailers'] += e['trailers']
        tgt['items'].append(g)
        tgt['date'] = max(tgt['date'], e['date'])
        e['merged'] = True
    else:
        GROUPS[key] = e
        e['items'] = [g]

def group_message(e):
    items = e['items']
    kind = items[0][0]
    names = [f'{it[1]} ({it[2]})' for it in items] if kind in ('draft', 'approve', 'review') else []
    if kind == 'draft':
        return ('Add the first draft of the ' + names[0] + '.') if len(names) == 1 else \
            'Add first drafts: ' + '; '.join(names) + '.'
    if kind == 'approve':
        if len(items) == 1:
            return f'Approve the {items[0][1]} ({items[0][2]}) v{items[0][3]}.'
        return 'Approve ' + '; '.join(f'{it[1]} ({it[2]}) v{it[3]}' for it in items) + '.'
    if kind == 'minor':
        if len(items) == 1:
            it = items[0]
            return f'Approve the {it[1]} ({it[2]}) v{it[3]}.\n\n{it[4]}'
        return ('Approve minor revisions: ' + '; '.join(f'{it[1]} ({it[2]}) v{it[3]}' for it in items) + '.\n\n'
                + '\n'.join(f'- {it[2]}: {it[4]}' for it in items))
    if kind == 'review':
        if len(items) == 1:
            return f'Periodic review of the {names[0]}: still suitable, no changes needed.'
        return 'Periodic review without changes: ' + '; '.join(names) + '.'
    if kind == 'reassess':
        ids = sorted(p[6:-3] for p in e['changes'])
        return f'Annual risk reassessment 2026: update {", ".join(ids)}.'
    if kind == 'accept':
        ids = sorted(p[6:-3] for p in e['changes'])
        return f'Accept the residual risk of {", ".join(ids)} as risk owner (risk treatment plan 2026).'
    if kind == 'supplier':
        return 'Add to the supplier register after the security assessment: ' + '; '.join(f'{it[1]} ({it[2]})' for it in items) + '.'
    if kind == 'objectives':
        return 'Record the information security objectives 2026 (OBJ-2026-01 to OBJ-2026-04).'
    raise ValueError(kind)

todo = [e for e in EVENTS if not e.get('merged')]
todo.sort(key=lambda e: (e['date'], e['prio'], e['seq']))

# ---------------------------------------------------------------- commit
def offset(date, who):
    def last_sunday(y, m):
        d = dt.date(y, m + 1, 1) - dt.timedelta(days=1) if m < 12 else dt.date(y, 12, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    summer = last_sunday(date.year, 3) <= date < last_sunday(date.year, 10)
    h = (1 if summer else 0) + (0 if who in LISBON else 1)
    return f'+{h:02d}:00'

per_day = {}
state = {}
env0 = dict(os.environ)
import hashlib
import zlib
OBJDIR = os.path.join(OUT, '.git', 'objects')
WRITTEN = set()

def write_object(kind, data):
    """Store a loose object the way git does and return its id (deterministic)."""
    raw = f'{kind} {len(data)}'.encode() + b'\0' + data
    oid = hashlib.sha1(raw).hexdigest()
    if oid not in WRITTEN:
        d = os.path.join(OBJDIR, oid[:2])
        os.makedirs(d, exist_ok=True)
        f = os.path.join(d, oid[2:])
        if not os.path.exists(f):
            with open(f, 'wb') as fh:
                fh.write(zlib.compress(raw))
        WRITTEN.add(oid)
    return oid

def write_tree(files):
    """files: {relative path: blob id}; returns the root tree id."""
    entries, subdirs = {}, {}
    for path, oid in files.items():
        head, _, rest = path.partition('/')
        if rest:
            subdirs.setdefault(head, {})[rest] = oid
        else:
            entries[head] = ('100644', oid)
    for name, sub in subdirs.items():
        entries[name] = ('40000', write_tree(sub))
    def sort_key(name):
        return name.encode() + (b'/' if entries[name][0] == '40000' else b'')
    data = b''.join(f'{entries[n][0]} {n}'.encode() + b'\0' + bytes.fromhex(entries[n][1])
                    for n in sorted(entries, key=sort_key))
    return write_object('tree', data)

blobs = {}
parent = None
for e in todo:
    n = per_day.get(e['date'], 0)
    per_day[e['date']] = n + 1
    minute = 9 * 60 + 7 + n * 29
    if minute > 21 * 60:
        minute = 21 * 60 + n
    stamp = f'{e["date"].isoformat()}T{minute // 60:02d}:{minute % 60:02d}:00{offset(e["date"], e["author"])}'
    for path, content in e['changes'].items():
        if state.get(path) != content:
            state[path] = content
            blobs[path] = write_object('blob', content.encode('utf-8'))
    tree = write_tree(blobs)
    msg = e['message'] if e['message'] else group_message(e)
    if e['trailers']:
        msg = msg.rstrip('\n') + '\n\n' + '\n'.join(e['trailers'])
    who = PEOPLE[e['author']]
    env = dict(env0, GIT_AUTHOR_NAME=who['name'], GIT_AUTHOR_EMAIL=who['email'], GIT_AUTHOR_DATE=stamp,
               GIT_COMMITTER_NAME=who['name'], GIT_COMMITTER_EMAIL=who['email'], GIT_COMMITTER_DATE=stamp)
    args = ['git', '-C', OUT, 'commit-tree', tree, '-F', '-'] + (['-p', parent] if parent else [])
    parent = subprocess.run(args, check=True, input=msg + '\n', env=env, text=True,
                            stdout=subprocess.PIPE).stdout.strip()
subprocess.run(['git', '-C', OUT, 'update-ref', 'refs/heads/main', parent], check=True)
subprocess.run(['git', '-C', OUT, 'reset', '-q', '--hard', 'main'], check=True)

missing = [p for p in FINAL if state.get(p) != FINAL[p]]
if missing:
    sys.stderr.write('warning: final content not reached by the timeline for: ' + ', '.join(missing) + '\n')
    sys.exit(1)
print(f'{len(todo)} commits written to {OUT}')
PY
git -C "$BUILD" config --unset gc.auto
git -C "$BUILD" config --unset maintenance.auto
cp -a "$BUILD/." "$OUT/"
git -C "$OUT" log -1 --format='HEAD %H'
