#!/usr/bin/env python3
"""Generate a synthetic ISMS git repository for the isms benchmarks (issue #8).

Usage:
  scripts/bench/generate.py OUT_DIR --documents N --commits M [--seed S] [--today YYYY-MM-DD]

Writes OUT_DIR as a git repository (branch `main`, checked out) through `git fast-import`, then
repacked (`git repack -a -d -f`, as git's manual advises after an import):
isms.yml, the 93 Annex A controls, the mandatory controlled documents, policies, procedures,
plans, risks (most of N), suppliers and records (competence, metric, objective,
management-review, internal audits, findings), following docs-draft-schema.md.

N counts every ISMS document (Markdown file with front-matter), the 93 controls included; it
must be at least 100. Below 130 the mandatory documents are packed into two files (the
security policy and one ISMS manual plan holding the other mandatory keys) so that risks and
records still fit.

History: M commits by the people of isms.yml, dated 2019-01-07 .. the day before --today, in
order. Commit 1 is the initial import (isms.yml, controls, mandatory documents, a few risks);
every later commit touches 1-5 documents: additions, edits (with version bumps), periodic
reviews (trailers `ISMS-Review: ID`, `ISMS-Outcome: unchanged`, authored by the owner) and
approvals (trailer `ISMS-Approval: ID`, authored by a holder of `approver_role` who is not
the owner); the latest internal audit and management review are added in the last weeks. A
branch `bench-pr` off the tip changes one policy (body + version bump).

The result validates with no errors under the current rules: relations are entered once (on
documents, risks and suppliers, never on controls), findings follow the nonconformity workflow,
reviewed risks are re-accepted. Its warnings are realistic ones: overdue reviews (R38, R40,
R46) and a few subprocessors without a DPA (V7).

Facts the benchmark needs (ids and paths used for `review log` / `review pr`) are written to
OUT_DIR/.git/bench-meta.json. Python 3 standard library only; deterministic for a seed.
"""

import argparse
import datetime as dt
import heapq
import json
import os
import random
import subprocess
import sys
import time

# --------------------------------------------------------------------------------------------
# Catalog and vocabulary

ANNEX_A = (
    [("A.5.%d" % i) for i in range(1, 38)]
    + [("A.6.%d" % i) for i in range(1, 9)]
    + [("A.7.%d" % i) for i in range(1, 15)]
    + [("A.8.%d" % i) for i in range(1, 35)]
)
CONTROL_TITLES = {
    "A.5.1": "Policies for information security", "A.5.2": "Information security roles and responsibilities",
    "A.5.3": "Segregation of duties", "A.5.4": "Management responsibilities",
    "A.5.5": "Contact with authorities", "A.5.6": "Contact with special interest groups",
    "A.5.7": "Threat intelligence", "A.5.8": "Information security in project management",
    "A.5.9": "Inventory of information and other associated assets",
    "A.5.10": "Acceptable use of information and other associated assets", "A.5.11": "Return of assets",
    "A.5.12": "Classification of information", "A.5.13": "Labelling of information",
    "A.5.14": "Information transfer", "A.5.15": "Access control", "A.5.16": "Identity management",
    "A.5.17": "Authentication information", "A.5.18": "Access rights",
    "A.5.19": "Information security in supplier relationships",
    "A.5.20": "Addressing information security within supplier agreements",
    "A.5.21": "Managing information security in the ICT supply chain",
    "A.5.22": "Monitoring, review and change management of supplier services",
    "A.5.23": "Information security for use of cloud services",
    "A.5.24": "Information security incident management planning and preparation",
    "A.5.25": "Assessment and decision on information security events",
    "A.5.26": "Response to information security incidents",
    "A.5.27": "Learning from information security incidents", "A.5.28": "Collection of evidence",
    "A.5.29": "Information security during disruption", "A.5.30": "ICT readiness for business continuity",
    "A.5.31": "Legal, statutory, regulatory and contractual requirements",
    "A.5.32": "Intellectual property rights", "A.5.33": "Protection of records",
    "A.5.34": "Privacy and protection of PII", "A.5.35": "Independent review of information security",
    "A.5.36": "Compliance with policies, rules and standards for information security",
    "A.5.37": "Documented operating procedures", "A.6.1": "Screening", "A.6.2": "Terms and conditions of employment",
    "A.6.3": "Information security awareness, education and training", "A.6.4": "Disciplinary process",
    "A.6.5": "Responsibilities after termination or change of employment",
    "A.6.6": "Confidentiality or non-disclosure agreements", "A.6.7": "Remote working",
    "A.6.8": "Information security event reporting", "A.7.1": "Physical security perimeters",
    "A.7.2": "Physical entry", "A.7.3": "Securing offices, rooms and facilities",
    "A.7.4": "Physical security monitoring", "A.7.5": "Protecting against physical and environmental threats",
    "A.7.6": "Working in secure areas", "A.7.7": "Clear desk and clear screen",
    "A.7.8": "Equipment siting and protection", "A.7.9": "Security of assets off-premises",
    "A.7.10": "Storage media", "A.7.11": "Supporting utilities", "A.7.12": "Cabling security",
    "A.7.13": "Equipment maintenance", "A.7.14": "Secure disposal or re-use of equipment",
    "A.8.1": "User end point devices", "A.8.2": "Privileged access rights",
    "A.8.3": "Information access restriction", "A.8.4": "Access to source code", "A.8.5": "Secure authentication",
    "A.8.6": "Capacity management", "A.8.7": "Protection against malware",
    "A.8.8": "Management of technical vulnerabilities", "A.8.9": "Configuration management",
    "A.8.10": "Information deletion", "A.8.11": "Data masking", "A.8.12": "Data leakage prevention",
    "A.8.13": "Information backup", "A.8.14": "Redundancy of information processing facilities",
    "A.8.15": "Logging", "A.8.16": "Monitoring activities", "A.8.17": "Clock synchronization",
    "A.8.18": "Use of privileged utility programs", "A.8.19": "Installation of software on operational systems",
    "A.8.20": "Networks security", "A.8.21": "Security of network services", "A.8.22": "Segregation of networks",
    "A.8.23": "Web filtering", "A.8.24": "Use of cryptography", "A.8.25": "Secure development life cycle",
    "A.8.26": "Application security requirements", "A.8.27": "Secure system architecture and engineering principles",
    "A.8.28": "Secure coding", "A.8.29": "Security testing in development and acceptance",
    "A.8.30": "Outsourced development", "A.8.31": "Separation of development, test and production environments",
    "A.8.32": "Change management", "A.8.33": "Test information", "A.8.34": "Protection of information systems during audit testing",
}
DOCUMENTED = [
    "A.5.1", "A.5.9", "A.5.10", "A.5.14", "A.5.15", "A.5.19", "A.5.20", "A.5.24", "A.5.26", "A.5.29",
    "A.5.30", "A.5.31", "A.5.37", "A.6.2", "A.6.6", "A.8.9", "A.8.15", "A.8.32",
]
# Excluded controls (never documented-required, never used as treating controls).
EXCLUDED = ["A.7.4", "A.7.6", "A.7.12", "A.8.30", "A.8.11", "A.7.11"]
CLAUSES = ["4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "7.4",
           "7.5", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "10.1", "10.2"]
MANDATORY_DOCS = [
    ("scope", "plan", "scope.md", "ISMS scope", ["4.3"], []),
    ("security-policy", "policy", "policies/information-security-policy.md", "Information Security Policy", ["5.2"],
     ["A.5.1", "A.5.37", "A.6.2", "A.6.6"]),
    (["risk-assessment-process", "risk-treatment-process"], "plan", "plans/risk-methodology.md",
     "Risk assessment and treatment methodology", ["6.1.2", "6.1.3"], []),
    ("statement-of-applicability", "plan", "plans/statement-of-applicability.md", "Statement of Applicability",
     ["6.1.3"], []),
    ("risk-treatment-plan", "plan", "plans/risk-treatment-plan.md", "Risk treatment plan", ["6.1.3", "8.3"], []),
    ("objectives", "plan", "plans/objectives.md", "Information security objectives", ["6.2"], []),
    ("audit-programme", "plan", "plans/audit-programme.md", "Internal audit programme", ["9.2"], []),
]
FIRST = ["Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannes", "Ines", "Jonas", "Katrin", "Lukas",
         "Mira", "Niklas", "Olga", "Paul", "Rosa", "Stefan", "Tanja", "Uwe", "Vera", "Wiebke", "Yusuf", "Zoe",
         "Ahmed", "Birgit", "Carlos", "Dana", "Emil", "Frieda", "Goran", "Hanna", "Ivan", "Julia", "Kemal", "Lea"]
LAST = ["Albrecht", "Bauer", "Costa", "Dietrich", "Engel", "Fischer", "Graf", "Hoffmann", "Iversen", "Jung",
        "Kaiser", "Lorenz", "Marx", "Neumann", "Ortmann", "Peters", "Quast", "Richter", "Schmidt", "Thiel",
        "Ulrich", "Vogel", "Weber", "Yilmaz", "Zimmer", "Brandt", "Krüger", "Özdemir", "Sørensen", "Nowak"]
AREAS = ["engineering", "operations", "it", "hr", "legal", "finance", "sales", "customer-success", "procurement",
         "facilities", "data", "product", "support", "privacy"]
ASSETS = ["customer database", "CI/CD pipeline", "payment service", "identity provider", "event store",
          "data warehouse", "laptop fleet", "mobile app", "public website", "support ticketing system",
          "HR information system", "source code repositories", "backup storage", "office network",
          "Kubernetes production cluster", "object storage buckets", "email and collaboration suite",
          "billing platform", "API gateway", "logging pipeline", "secrets vault", "VPN concentrator",
          "ERP system", "analytics platform", "DNS and CDN", "build artefact registry"]
THREATS = ["ransomware", "credential stuffing", "insider misuse", "phishing", "supply-chain compromise",
           "misconfiguration", "denial of service", "data exfiltration", "loss of a device", "power outage",
           "software defect", "unpatched vulnerability", "social engineering", "privilege escalation",
           "accidental deletion", "third-party outage", "physical intrusion", "key compromise"]
VULNS = ["missing multi-factor authentication on legacy accounts", "excessive standing privileges",
         "incomplete asset inventory", "slow patch cycle for third-party components",
         "no tested restore for one data store", "shared service accounts", "weak network segmentation",
         "manual deployment steps", "unencrypted internal traffic", "unclear ownership of alerts",
         "long-lived access tokens", "no supplier exit plan", "limited logging retention",
         "outdated runbooks", "single point of failure in the region"]
SERVICES = ["Cloud hosting", "Email delivery", "Payroll", "Customer support platform", "Source code hosting",
            "Identity provider", "Payment processing", "Background checks", "Translation services",
            "Office cleaning", "Managed SOC", "Penetration testing", "Document signing", "CRM",
            "Video conferencing", "Backup-as-a-service", "Colocation", "Legal counsel", "Recruiting platform",
            "Analytics SDK", "Travel booking", "Hardware leasing", "Data processing (BI)", "Telephony"]
SUPPLIER_NAMES = ["Nordwind", "Bluefin", "Helix", "Quantra", "Orbis", "Cobalt", "Lumen", "Vertex", "Polaris",
                  "Tessera", "Argon", "Kestrel", "Meridian", "Solace", "Brightline", "Ironclad", "Parallax",
                  "Zenith", "Cascade", "Harbor", "Fjord", "Granite", "Summit", "Beacon"]
SUFFIXES = ["GmbH", "AG", "Ltd", "SAS", "B.V.", "Inc.", "S.L.", "AB", "ApS", "sp. z o.o."]
POLICY_TOPICS = ["Access control", "Acceptable use", "Cryptography", "Secure development", "Supplier security",
                 "Mobile devices", "Remote working", "Classification and handling", "Backup", "Logging and monitoring",
                 "Incident management", "Business continuity", "Vulnerability management", "Change management",
                 "Physical security", "Clear desk", "Data retention", "Privacy", "Cloud services", "AI usage",
                 "Network security", "Password and authentication", "Asset management", "HR security",
                 "Information transfer", "Configuration management", "Threat intelligence", "Legal compliance"]
PROC_TOPICS = ["Joiner-mover-leaver", "Access review", "Incident response", "Patch management", "Backup restore test",
               "Change approval", "Supplier onboarding", "Supplier review", "Security awareness onboarding",
               "Key rotation", "Log review", "Vulnerability triage", "Penetration test follow-up",
               "Document control", "Internal audit", "Corrective action", "Management review preparation",
               "Disaster recovery failover", "Secure disposal", "Visitor management", "Release hardening",
               "Data subject request handling", "Evidence collection", "Security exception handling"]
PLAN_TOPICS = ["Communication plan", "Context of the organisation", "Interested parties", "Legal register",
               "Roles and responsibilities", "Business continuity plan", "Awareness programme",
               "Documented information register", "Capacity plan", "Crypto inventory", "Asset register"]
METRIC_TOPICS = [("Patch latency", "days"), ("Phishing click rate", "%"), ("Access review completion", "%"),
                 ("Backup restore success", "%"), ("Mean time to detect", "hours"), ("Training completion", "%"),
                 ("Open critical vulnerabilities", "count"), ("Supplier reviews on time", "%"),
                 ("Incidents closed within SLA", "%"), ("MFA coverage", "%")]
SUBJECTS = ["The system owner", "The CISO", "The ISMS manager", "Each team lead", "The service desk",
            "The platform team", "The risk owner", "Human resources", "The security operations team",
            "Every employee", "The data protection officer", "The change advisory board", "The process owner",
            "Internal audit", "The on-call engineer", "Procurement", "The supplier manager"]
VERBS = ["reviews", "approves", "documents", "monitors", "tests", "records", "reports", "verifies", "updates",
         "maintains", "escalates", "assesses", "restricts", "encrypts", "retains", "revokes"]
OBJECTS = ["access rights to production systems", "the list of privileged accounts", "changes to network rules",
           "backup restore results", "supplier certificates", "security exceptions", "the asset inventory",
           "log retention settings", "open vulnerabilities rated high or critical", "incident tickets",
           "training completion", "encryption keys in the managed vault", "the data classification of new systems",
           "firewall configuration baselines", "customer data exports", "the business continuity runbooks",
           "third-party access", "the results of penetration tests", "alerts from the SIEM",
           "joiners, movers and leavers"]
WHEN = ["every quarter", "at least once a year", "before each release", "within one business day",
        "after every significant change", "every month", "when a supplier is onboarded", "during the annual review",
        "within 24 hours of detection", "before access is granted", "as part of the change process",
        "before the internal audit"]
WHY = ["so that exceptions remain visible and time-limited", "and keeps the evidence for three years",
       "following the procedure in the handbook", "and reports deviations to the ISMS manager",
       "to reduce the risk to an acceptable level", "as required by the risk treatment plan",
       "in line with customer contracts", "and records the outcome in the ticket system",
       "so that the auditors can sample the evidence", "unless the CISO approves a documented exception"]

def slug(text):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ø", "oe"), ("ß", "ss"), ("Ö", "Oe"), ("Ä", "Ae"),
                 ("Ü", "Ue"), ("Ø", "Oe")):
        text = text.replace(a, b)
    out = []
    for ch in text.lower():
        out.append(ch if ch.isalnum() and ch.isascii() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


# --------------------------------------------------------------------------------------------
# Dates

def d2s(day):
    return day.isoformat()


def add_months(day, months):
    m = day.month - 1 + months
    y = day.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
            31][m - 1]
    return dt.date(y, m, min(day.day, last))


# --------------------------------------------------------------------------------------------
# YAML emission (a small, safe subset: quoted strings, bare dates/ints/ids)

def q(text):
    return json.dumps(text, ensure_ascii=False)


def flow(items, quote=False):
    return "[" + ", ".join(q(i) if quote else i for i in items) + "]"


def render(doc):
    """doc: {'fm': [(key, rendered_value_or_lines)], 'body': [paragraph strings]}"""
    lines = ["---"]
    for key, value in doc["fm"]:
        if value is None:
            continue
        if isinstance(value, list):  # pre-rendered block lines
            lines.append(key + ":")
            lines.extend(value)
        else:
            lines.append("%s: %s" % (key, value))
    lines.append("---")
    lines.append("")
    return ("\n".join(lines) + "\n" + "\n\n".join(doc["body"]) + "\n").encode("utf-8")


def fm_set(doc, key, value):
    for i, (k, _) in enumerate(doc["fm"]):
        if k == key:
            doc["fm"][i] = (key, value)
            return
    doc["fm"].append((key, value))


def fm_get(doc, key):
    for k, v in doc["fm"]:
        if k == key:
            return v
    return None


# --------------------------------------------------------------------------------------------

class Generator:
    def __init__(self, n_docs, n_commits, seed, today):
        if n_docs < 100:
            sys.exit("generate.py: --documents must be at least 100 (93 controls + mandatory documents + risks)")
        self.rng = random.Random(seed)
        self.n = n_docs
        self.m = n_commits
        self.today = today
        self.start = dt.datetime(2019, 1, 7, 9, 0, 0, tzinfo=dt.timezone.utc)
        self.end = dt.datetime.combine(today - dt.timedelta(days=2), dt.time(17, 0), tzinfo=dt.timezone.utc)
        self.compact = n_docs < 130
        self.docs = {}       # id -> doc
        self.order = []      # ids in creation order
        self.sentences = self.make_sentences(3000)
        self.make_people()

    # ---- text -------------------------------------------------------------------------------
    def make_sentences(self, count):
        r = self.rng
        out = []
        for _ in range(count):
            s = "%s %s %s %s" % (r.choice(SUBJECTS), r.choice(VERBS), r.choice(OBJECTS), r.choice(WHEN))
            if r.random() < 0.6:
                s += " " + r.choice(WHY)
            out.append(s + ".")
        return out

    def paragraph(self, lo=3, hi=7):
        r = self.rng
        return " ".join(r.choice(self.sentences) for _ in range(r.randint(lo, hi)))

    def body(self, heading, sections):
        """Markdown body of about 1-6 KB."""
        r = self.rng
        target = r.choice([1100, 1500, 2000, 2500, 3000, 3500, 4500, 5800])
        parts = ["# " + heading]
        size = len(parts[0])
        i = 0
        while size < target:
            sec = sections[i % len(sections)]
            i += 1
            parts.append("## " + sec)
            if r.random() < 0.3:
                items = "\n".join("- " + r.choice(self.sentences) for _ in range(r.randint(3, 6)))
                parts.append(items)
            else:
                parts.append(self.paragraph())
            size = sum(len(p) + 2 for p in parts)
        return parts

    def edit_body(self, doc):
        body = doc["body"]
        idx = [i for i, p in enumerate(body) if not p.startswith("#")]
        if idx:
            body[self.rng.choice(idx)] = self.paragraph()

    # ---- people -----------------------------------------------------------------------------
    def make_people(self):
        r = self.rng
        count = r.randint(10, 30)
        names = set()
        people = []
        while len(people) < count:
            first, last = r.choice(FIRST), r.choice(LAST)
            if (first, last) in names:
                continue
            names.add((first, last))
            pid = slug(first[0] + last).replace("-", "")
            if any(p["id"] == pid for p in people):
                pid += str(len(people))
            email = "%s.%s@example-corp.example" % (slug(first), slug(last))
            people.append({"id": pid, "name": "%s %s" % (first, last), "email": email, "roles": [], "areas": []})
        # fixed roles
        people[0]["roles"] = ["top-management"]
        people[0]["areas"] = ["management"]
        people[1]["roles"] = ["top-management", "risk-owner"]
        people[1]["areas"] = ["finance"]
        people[2]["roles"] = ["ciso", "risk-owner", "process-owner"]
        people[2]["areas"] = ["information-security"]
        people[3]["roles"] = ["isms-manager", "process-owner"]
        people[3]["areas"] = ["isms"]
        people[4]["roles"] = ["internal-auditor", "employee"]
        people[5]["roles"] = ["internal-auditor", "employee"]
        for i, p in enumerate(people[6:]):
            p["roles"] = ["risk-owner", "process-owner"]
            p["areas"] = [AREAS[i % len(AREAS)]]
        self.people = people
        self.by_role = {}
        for p in people:
            for role in p["roles"]:
                self.by_role.setdefault(role, []).append(p)
        self.owners = [p for p in people if "process-owner" in p["roles"] or "ciso" in p["roles"]]
        self.risk_owners = [p for p in people if "risk-owner" in p["roles"]]
        self.pid = {p["id"]: p for p in people}

    def config_text(self):
        lines = [
            "# isms.yml: synthetic ISMS generated by scripts/bench/generate.py (benchmark data, fictional)",
            "organization: \"Example Corp Group SE\"",
            "scope: >-",
            "  The development, operation and support of the Example Corp platforms, hosted in two",
            "  cloud regions, delivered from offices in Hamburg, Lisbon and Warsaw, including the",
            "  supporting processes of human resources, legal, finance and workplace IT.",
            "framework: iso27001:2022",
            "people:",
        ]
        for p in self.people:
            lines += ["  - id: " + p["id"], "    name: " + q(p["name"]), "    email: " + q(p["email"]),
                      "    roles: " + flow(p["roles"]), "    forge: " + p["id"]]
            if p["areas"]:
                lines.append("    areas: " + flow(p["areas"]))
        lines += [
            "review_intervals:", "  policy: 12", "  procedure: 12", "  plan: 12", "  risk: 12", "  supplier: 12",
            "risk_method:",
            "  likelihood: [Rare, Unlikely, Possible, Likely, Almost certain]",
            "  impact: [Negligible, Minor, Moderate, Major, Severe]",
            "  acceptance_threshold: 6",
            "certification_body:", "  name: \"Example Certification GmbH\"", "  contact: \"audits@cert.example\"",
            "findings:", "  major_days: 90", "  minor_days: 30", "  internal_major_days: 30",
            "  internal_minor_days: 90", "  soak_days: 30",
        ]
        return ("\n".join(lines) + "\n").encode("utf-8")

    # ---- document builders ------------------------------------------------------------------
    def add(self, doc):
        self.docs[doc["id"]] = doc
        self.order.append(doc["id"])
        return doc

    def approver_for(self, role, owner):
        cands = [p for p in self.by_role.get(role, []) if p["id"] != owner]
        return self.rng.choice(cands)

    def controlled(self, did, kind, path, title, day, owner, approver_role, mandatory=None, clauses=None,
                   controls=None, interval=12):
        r = self.rng
        approver = self.approver_for(approver_role, owner)
        doc = {"id": did, "kind": kind, "path": path, "owner": owner, "approver_role": approver_role,
               "interval": interval, "status": "approved", "major": r.randint(1, 3), "minor": r.randint(0, 4)}
        fm = [("id", did), ("kind", kind), ("title", q(title)), ("version", None), ("status", "approved"),
              ("owner", owner), ("approver_role", approver_role),
              ("classification", r.choice(["internal", "internal", "confidential", "public"])),
              ("review_interval", str(interval)), ("last_review", None), ("next_review", None),
              ("effective", None), ("approved_by", approver["id"]), ("approved_on", None)]
        if mandatory:
            fm.append(("mandatory", flow(mandatory) if isinstance(mandatory, list) else mandatory))
        if clauses:
            fm.append(("clauses", flow(clauses, quote=True)))
        if controls:
            fm.append(("controls", flow(controls)))
        doc["fm"] = fm
        self.set_version(doc)
        self.set_reviewed(doc, day)
        fm_set(doc, "effective", d2s(day))
        fm_set(doc, "approved_on", d2s(day))
        doc["body"] = self.body("%s %s" % (did, title),
                                ["Purpose", "Scope", "Principles", "Requirements", "Roles and responsibilities",
                                 "Exceptions", "Compliance", "Related documents", "Change history"])
        return doc

    def set_version(self, doc):
        fm_set(doc, "version", q("%d.%d" % (doc["major"], doc["minor"])))

    def set_reviewed(self, doc, day):
        """Reviewed on `day`: last_review/next_review (controlled, supplier) or assessed_on (risk)."""
        nxt = add_months(day, doc["interval"])
        if doc["kind"] == "risk":
            fm_set(doc, "assessed_on", d2s(day))
            if fm_get(doc, "accepted_by"):  # the owner re-accepts the residual risk it reassessed (R41)
                fm_set(doc, "accepted_on", d2s(day))
        else:
            fm_set(doc, "last_review", d2s(day))
        fm_set(doc, "next_review", d2s(nxt))
        doc["due"] = nxt

    def control_doc(self, cid, day):
        r = self.rng
        applicable = cid not in EXCLUDED
        owner = r.choice(self.owners)["id"]
        fm = [("id", cid), ("kind", "control"), ("title", q(CONTROL_TITLES[cid]))]
        if applicable:
            fm += [("applicability", "applicable"),
                   ("justification", q("Needed to treat risks to %s and required by customer contracts."
                                       % r.choice(ASSETS))),
                   ("implementation", r.choice(["implemented"] * 6 + ["partial", "planned"])),
                   ("owner", owner)]
        else:
            fm += [("applicability", "excluded"),
                   ("justification", q("Not relevant: the organisation operates no facilities or processes "
                                       "where %s applies." % CONTROL_TITLES[cid].lower()))]
        fm.append(("evidence", ["  - " + q(r.choice(SERVICES) + " export, quarterly"),
                                "  - " + q("Ticket queue " + r.choice(["SEC", "OPS", "IT", "HR"]))]))
        doc = {"id": cid, "kind": "control", "path": "controls/%s.md" % cid, "owner": owner, "fm": fm,
               "applicable": applicable}
        doc["body"] = self.body("%s %s" % (cid, CONTROL_TITLES[cid]), ["Decision", "Implementation", "Evidence"])
        return doc

    def risk_values(self, doc, day, owner):
        r = self.rng
        li, im = r.randint(1, 5), r.randint(1, 5)
        level = li * im
        fm = dict()
        if level <= 6 and r.random() < 0.7:
            fm["treatment"] = "retain"
            fm["controls"] = None
            fm["residual_likelihood"] = None
            fm["residual_impact"] = None
            fm["accepted_by"] = None
            fm["accepted_on"] = None
        else:
            treatment = r.choice(["modify"] * 8 + ["avoid", "share"])
            fm["treatment"] = treatment
            fm["controls"] = flow(sorted(r.sample(self.applicable_controls, r.randint(1, 5)), key=ANNEX_A.index)) \
                if treatment == "modify" else None
            rl, ri = r.randint(1, li), r.randint(1, im)
            fm["residual_likelihood"] = str(rl)
            fm["residual_impact"] = str(ri)
            accept = rl * ri > 6 or r.random() < 0.5
            fm["accepted_by"] = owner if accept else None
            fm["accepted_on"] = d2s(day) if accept else None
        fm["likelihood"] = str(li)
        fm["impact"] = str(im)
        fm["level"] = str(level)
        for k, v in fm.items():
            fm_set(doc, k, v)
        doc["level"] = level

    def risk_doc(self, n, day):
        r = self.rng
        rid = "RISK-%05d" % n
        owner = r.choice(self.risk_owners)["id"]
        asset, threat, vuln = r.choice(ASSETS), r.choice(THREATS), r.choice(VULNS)
        title = "%s affecting the %s" % (threat.capitalize(), asset)
        doc = {"id": rid, "kind": "risk", "path": "risks/%s.md" % rid, "owner": owner}
        doc["fm"] = [("id", rid), ("kind", "risk"), ("title", q(title)), ("asset", q(asset)),
                     ("threat", q("%s by an external or internal actor" % threat.capitalize())),
                     ("vulnerability", q(vuln.capitalize())), ("owner", owner),
                     ("likelihood", None), ("impact", None), ("level", None), ("treatment", None),
                     ("controls", None), ("residual_likelihood", None), ("residual_impact", None),
                     ("accepted_by", None), ("accepted_on", None), ("assessed_on", None),
                     ("review_interval", None), ("next_review", None), ("status", "open")]
        self.risk_values(doc, day, owner)
        doc["interval"] = 12 if doc["level"] > 6 else r.choice([12, 24, 36])
        fm_set(doc, "review_interval", str(doc["interval"]))
        self.set_reviewed(doc, day)
        doc["body"] = self.body("%s %s" % (rid, title), ["Description", "Assessment", "Treatment",
                                                          "Residual risk", "Review notes"])
        return doc

    def supplier_doc(self, n, day):
        r = self.rng
        sid = "SUP-%05d" % n
        owner = r.choice(self.owners)["id"]
        name = "%s %s %s" % (r.choice(SUPPLIER_NAMES), r.choice(["Systems", "Services", "Cloud", "Data", "Labs"]),
                             r.choice(SUFFIXES))
        crit = r.choice(["low", "low", "medium", "medium", "high", "critical"])
        interval = {"low": 36, "medium": 24, "high": 12, "critical": 12}[crit]
        doc = {"id": sid, "kind": "supplier", "path": "suppliers/%s.md" % sid, "owner": owner, "interval": interval}
        data = r.sample(["customer-data", "personal-data", "employee-data", "financial-data"], r.randint(0, 2))
        fm = [("id", sid), ("kind", "supplier"), ("title", q(name)), ("service", q(r.choice(SERVICES))),
              ("data", flow(data))]
        # a subprocessor names its data processing agreement (V7); a few have none on file yet
        if ("customer-data" in data or "personal-data" in data) and r.random() < 0.97:
            signed = day - dt.timedelta(days=r.randint(0, 60))
            fm.append(("dpa", q("%s Data Processing Agreement, signed %s" % (name.split(" ")[0], d2s(signed)))))
        fm += [("criticality", crit), ("owner", owner)]
        if crit in ("high", "critical"):
            fm.append(("certifications", [
                "  iso27001: { certificate: %s, expires: %s }" % (q("CERT-%06d" % r.randint(1, 999999)),
                                                                 d2s(dt.date(2027 + r.randint(0, 2), r.randint(1, 12),
                                                                             r.randint(1, 28))))]))
        fm += [("review_interval", str(interval)), ("last_review", None), ("next_review", None),
               ("controls", flow(["A.5.19", "A.5.20"] + ([r.choice(["A.5.21", "A.5.22", "A.5.23"])]
                                                          if r.random() < 0.5 else [])))]
        doc["fm"] = fm
        self.set_reviewed(doc, day)
        doc["body"] = self.body("%s %s" % (sid, name), ["Service", "Data processed", "Assessment", "Contract",
                                                         "Review notes"])
        return doc

    def record_doc(self, kind, day):
        r = self.rng
        y = day.year
        self.seq[kind] = self.seq.get(kind, 0) + 1
        n = self.seq[kind]
        someone = r.choice(self.owners)["id"]
        if kind == "competence":
            did = "COMP-%d-%05d" % (y, n)
            title = "%s training %d" % (r.choice(["Secure coding", "Awareness", "Incident response", "Privacy",
                                                  "Cloud security", "Phishing simulation"]), y)
            fm = [("title", q(title)),
                  ("people", flow(sorted(p["id"] for p in r.sample(self.people, r.randint(1, 6))))),
                  ("date", d2s(day - dt.timedelta(days=r.randint(1, 20)))),
                  ("evidence", q("LMS export %s" % d2s(day)))]
            folder, sections = "records/competence", ["Participants", "Content", "Result"]
        elif kind == "objective":
            did = "OBJ-%d-%04d" % (y, n)
            topic, unit = r.choice(METRIC_TOPICS)
            title = "Improve %s" % topic.lower()
            fm = [("title", q(title)), ("metric", q("%s (%s)" % (topic, unit))),
                  ("target", q("reach the target set for %d" % (y + 1))), ("owner", someone),
                  ("due", d2s(dt.date(y + 1, 12, 31))), ("resources", q("Team time, tooling budget")),
                  ("evaluation_method", q("Quarterly metric review in the ISMS meeting")),
                  ("progress", r.choice(["on-track", "at-risk", "achieved", "not-started"]))]
            folder, sections = "records/objectives", ["Plan", "Resources", "Evaluation"]
            self.objectives.append(did)
        elif kind == "metric":
            did = "MET-%d-%05d" % (y, n)
            topic, unit = r.choice(METRIC_TOPICS)
            end = day - dt.timedelta(days=r.randint(1, 10))
            fm = [("title", q("%s %s" % (topic, d2s(end)))),
                  ("objective", r.choice(self.objectives) if self.objectives and r.random() < 0.6 else None),
                  ("period_start", d2s(end - dt.timedelta(days=90))), ("period_end", d2s(end)),
                  ("value", q("%.1f %s" % (r.uniform(0, 100), unit))), ("measured_by", someone)]
            folder, sections = "records/metrics", ["Method", "Result", "Interpretation"]
        elif kind == "management-review":
            did = "MR-%d-%03d" % (y, n)
            tm = r.choice(self.by_role["top-management"])["id"]
            attendees = sorted({tm, self.by_role["ciso"][0]["id"], self.by_role["isms-manager"][0]["id"]})
            inputs = ["  %s: %s" % (k, q(self.rng.choice(self.sentences))) for k in
                      ["previous_actions", "external_internal_issues", "interested_parties", "nonconformities",
                       "monitoring_results", "audit_results", "objectives", "interested_party_feedback",
                       "risk_assessment", "improvement"]]
            decisions = []
            for k in range(r.randint(1, 4)):
                decisions += ["  - id: %s-D%d" % (did, k + 1), "    decision: " + q(r.choice(self.sentences)),
                              "    owner: " + r.choice(self.owners)["id"],
                              "    due: " + d2s(day + dt.timedelta(days=r.randint(30, 180))), "    status: done"]
            fm = [("title", q("Management review %d" % y)), ("date", d2s(day)), ("attendees", flow(attendees)),
                  ("inputs", inputs), ("decisions", decisions)]
            folder, sections = "records/management-reviews", ["Inputs", "Discussion", "Decisions"]
        elif kind == "audit":
            did = "AUD-%d-INT-%03d" % (y, n)
            lead = r.choice(self.by_role["internal-auditor"])["id"]
            start = day - dt.timedelta(days=r.randint(20, 40))
            end = start + dt.timedelta(days=r.randint(1, 4))
            report = end + dt.timedelta(days=r.randint(3, 10))
            tm = self.by_role["top-management"][0]["id"]
            areas = sorted(r.sample(AREAS, 3))
            hist = []
            for on, ev, fr, to in [(start - dt.timedelta(days=14), "schedule", "planned", "scheduled"),
                                   (start, "start", "scheduled", "in_progress"),
                                   (end, "finish_fieldwork", "in_progress", "fieldwork_done"),
                                   (report, "report", "fieldwork_done", "reported"),
                                   (day, "close", "reported", "closed")]:
                hist += ["  - on: " + d2s(on), "    by: " + lead, "    event: " + ev, "    from: " + fr,
                         "    to: " + to]
            fm = [("title", q("Internal audit %d-%03d" % (y, n))), ("type", "internal"), ("status", "closed"),
                  ("start", d2s(start)), ("end", d2s(end)), ("lead_auditor", lead), ("auditors", flow([lead])),
                  ("mode", r.choice(["onsite", "remote", "hybrid"])),
                  ("scope", ["  clauses: " + flow(sorted(r.sample(CLAUSES, 5), key=CLAUSES.index), quote=True),
                             "  controls: " + flow(sorted(r.sample(self.applicable_controls, 6), key=ANNEX_A.index)),
                             "  areas: " + flow(areas)]),
                  ("criteria", flow(["iso27001:2022"])), ("report_date", d2s(report)),
                  ("reported_to", flow([tm])), ("conclusion", q(r.choice(self.sentences))), ("history", hist)]
            folder, sections = "records/audits", ["Scope", "Method", "Results", "Conclusion"]
            self.audits.append((did, lead))
        elif kind == "finding":
            did = "NC-%d-%04d" % (y, n)
            grade = r.choice(["minor", "minor", "observation", "ofi"])
            raised = day - dt.timedelta(days=r.randint(130, 170))
            impl = raised + dt.timedelta(days=r.randint(10, 40))
            verif = impl + dt.timedelta(days=r.randint(31, 50))
            if self.audits:
                aud, by = r.choice(self.audits)
                src = [("audit", aud), ("source", "audit")]
            else:
                by = r.choice(self.by_role["internal-auditor"])["id"]
                src = [("source", "monitoring")]
            owner = r.choice(self.owners)["id"]
            # The nonconformity workflow (d3): a minor is contained, analysed, planned and implemented
            # by the action owner, then verified after the soak period and closed by the auditor, who
            # did not implement it (R55). An observation or OFI needs no corrective action and is
            # closed with a note of what was decided (R54).
            contained = raised + dt.timedelta(days=r.randint(1, 5))
            analysed = contained + dt.timedelta(days=r.randint(1, 5))
            if grade == "minor":
                steps = [(raised, by, "open", None, "opened"),
                         (contained, owner, "contain", "opened", "contained"),
                         (analysed, owner, "analyse_cause", "contained", "cause_analysed"),
                         (analysed, owner, "plan_actions", "cause_analysed", "action_planned"),
                         (impl, owner, "implement", "action_planned", "implemented"),
                         (verif, by, "verify", "implemented", "verified"),
                         (verif, by, "close", "verified", "closed")]
            else:
                steps = [(raised, by, "open", None, "opened"), (contained, owner, "close", "opened", "closed")]
            hist = []
            for on, who, ev, fr, to in steps:
                hist += ["  - on: " + d2s(on), "    by: " + who, "    event: " + ev] + \
                    (["    from: " + fr] if fr else []) + ["    to: " + to]
            fm = [("title", q("%s not followed for the %s" % (r.choice(PROC_TOPICS), r.choice(ASSETS))))] + src + [
                ("grade", grade), ("requirement", r.choice(self.applicable_controls)),
                ("statement", q(r.choice(self.sentences))), ("evidence", q(r.choice(self.sentences))),
                ("status", "closed"), ("raised_on", d2s(raised))]
            if grade == "minor":
                fm += [("due", d2s(raised + dt.timedelta(days=90))),
                       ("correction", q(r.choice(self.sentences))), ("root_cause", q(r.choice(self.sentences))),
                       ("similar_nc_check", q("No similar cases found in other teams.")),
                       ("actions", ["  - action: " + q(r.choice(self.sentences)), "    owner: " + owner,
                                    "    due: " + d2s(impl), "    status: done"]),
                       ("implemented_on", d2s(impl)),
                       ("implementation_evidence", q("Ticket SEC-%d" % r.randint(100, 9999))),
                       ("verified_by", by), ("verified_on", d2s(verif)), ("verification_method", "documentary"),
                       ("isms_change", q("none needed"))]
            else:
                fm.append(("isms_change", q("Considered by the process owner: %s" % r.choice(self.sentences))))
            fm.append(("history", hist))
            folder, sections = "records/findings", ["Statement", "Analysis", "Actions", "Verification"]
        else:
            raise ValueError(kind)
        base = [("id", did), ("kind", kind)]
        if kind not in ("audit", "finding"):
            base.append(("status", "final"))
        doc = {"id": did, "kind": kind, "path": "%s/%s.md" % (folder, did), "fm": base + fm, "owner": someone}
        doc["body"] = self.body("%s %s" % (did, fm[0][1].strip('"')), sections)
        return doc

    # ---- plan -------------------------------------------------------------------------------
    def plan_counts(self):
        base = 93 + (2 if self.compact else len(MANDATORY_DOCS))
        rest = self.n - base
        if self.compact:
            counts = {"risk": 1, "competence": 1, "metric": 1, "management-review": 1, "audit": 1}
            extra = rest - sum(counts.values())
            counts["risk"] += max(0, extra)
            if extra < 0:
                counts = {"risk": rest}
            return counts
        share = {"policy": 0.02, "procedure": 0.03, "plan": 0.01, "supplier": 0.10, "competence": 0.06,
                 "metric": 0.12, "objective": 0.02, "management-review": 0.001, "audit": 0.01, "finding": 0.03}
        counts = {k: max(1, int(rest * v)) for k, v in share.items()}
        counts["management-review"] = 8 if rest >= 800 else 1  # about one a year
        counts["risk"] = rest - sum(counts.values())
        return counts

    def commit_time(self, i):
        span = (self.end - self.start).total_seconds()
        base = self.start.timestamp() + span * i / max(1, self.m - 1)
        return int(base)

    def run(self, out):
        r = self.rng
        self.seq, self.objectives, self.audits = {}, [], []
        self.applicable_controls = [c for c in ANNEX_A if c not in EXCLUDED]
        stream = FastImport(out)
        stats = {"commits": 0, "reviews": 0, "approvals": 0, "edits": 0, "adds": 0}

        # ---- commit 1: the initial import
        t0 = self.commit_time(0)
        day0 = dt.datetime.fromtimestamp(t0, dt.timezone.utc).date()
        files = {"isms.yml": self.config_text()}
        for cid in ANNEX_A:
            d = self.add(self.control_doc(cid, day0))
        ciso = self.by_role["ciso"][0]["id"]
        mgr = self.by_role["isms-manager"][0]["id"]
        if self.compact:
            self.add(self.controlled("POL-0001", "policy", "policies/information-security-policy.md",
                                     "Information Security Policy", day0, ciso, "top-management",
                                     mandatory="security-policy", clauses=["5.2"], controls=DOCUMENTED))
            self.add(self.controlled("PLAN-0001", "plan", "plans/isms-manual.md", "ISMS manual", day0, mgr, "ciso",
                                     mandatory=["scope", "risk-assessment-process", "risk-treatment-process",
                                                "statement-of-applicability", "risk-treatment-plan", "objectives",
                                                "audit-programme"], clauses=["4.3", "6.1", "6.2", "9.2"]))
        else:
            rest_doc = [c for c in DOCUMENTED if c not in MANDATORY_DOCS[1][5]]
            for k, (key, kind, path, title, clauses, controls) in enumerate(MANDATORY_DOCS):
                did = ("POL-0001" if kind == "policy" else "PLAN-%04d" % (k + 1))
                if key == "statement-of-applicability":
                    controls = rest_doc  # the SoA plan lists the remaining documented controls
                role = "top-management" if kind == "policy" else r.choice(["ciso", "top-management"])
                self.add(self.controlled(did, kind, path, title, day0, ciso if kind == "policy" else mgr, role,
                                         mandatory=key, clauses=clauses, controls=controls or None))
        counts = self.plan_counts()
        # a few risks in the initial import
        self.counters = {"policy": 1, "procedure": 0, "plan": 1 if self.compact else len(MANDATORY_DOCS),
                         "risk": 0, "supplier": 0}
        initial_risks = min(5, counts["risk"])
        for _ in range(initial_risks):
            self.counters["risk"] += 1
            self.add(self.risk_doc(self.counters["risk"], day0))
        counts["risk"] -= initial_risks
        # Relations are entered once, on the document, risk and supplier side (`controls:`); a
        # control lists no `policies:` or `risks:` of its own (L1, L2).
        for did in self.order:
            files[self.docs[did]["path"]] = render(self.docs[did])
        self.reviewable = []  # heap of (due, id)
        for did in self.order:
            if "due" in self.docs[did]:
                heapq.heappush(self.reviewable, (self.docs[did]["due"], did))
        stream.commit(self.pid[mgr], t0, "Initial import of the ISMS from the wiki\n\n"
                      "Imports isms.yml, the 93 Annex A controls, the mandatory documents and the first risks.\n",
                      files)
        stats["commits"] += 1
        stats["adds"] += len(files) - 1

        # ---- the queue of documents to add, records in an order that respects references
        queue = []
        # the latest internal audit and management review are held in the last weeks (R48, R49:
        # each at least once a year); the others come with the rest of the queue
        late = {}
        for kind, before_end in (("audit", max(2, self.m // 100)), ("management-review", max(1, self.m // 200))):
            at = self.m - 1 - before_end
            if counts.get(kind, 0) > 0 and at >= 1 and at not in late:
                late[at] = kind
                counts[kind] -= 1
        for kind, c in counts.items():
            queue += [kind] * c
        r.shuffle(queue)
        # objectives early-ish, findings after audits: a stable nudge
        queue.sort(key=lambda k: {"objective": 0, "audit": 1}.get(k, 2) if r.random() < 0.05 else 2)
        total_adds = len(queue)
        add_horizon = max(1, int((self.m - 1) * 0.85))
        added = 0
        self.pending = []  # controlled docs in draft waiting for approval: (commit index, id)
        editable = [d for d in self.order if self.docs[d]["kind"] in ("policy", "procedure", "plan", "risk",
                                                                      "supplier", "control")]
        for i in range(1, self.m):
            ts = self.commit_time(i) + r.randint(-1800, 1800)
            ts = max(ts, stream.last_ts + 1)
            day = dt.datetime.fromtimestamp(ts, dt.timezone.utc).date()
            expected = total_adds if i >= add_horizon else total_adds * i / add_horizon
            remaining_commits = self.m - i
            files = {}
            if i in late:
                d = self.add(self.new_doc(late[i], day))
                files[d["path"]] = render(d)
                stats["adds"] += 1
                stream.commit(self.pid[d["owner"]], ts, "Add %s\n\n%s\n" % (d["id"], r.choice(self.sentences)), files)
                stats["commits"] += 1
                continue
            if queue and (added < expected or len(queue) > remaining_commits * 5 - 5):
                k = r.randint(1, 5)
                if i == self.m - 1:
                    k = len(queue)
                elif len(queue) > (remaining_commits - 1) * 5:
                    k = max(k, len(queue) - (remaining_commits - 1) * 5)
                new = []
                for _ in range(min(k, len(queue))):
                    kind = queue.pop()
                    new.append(self.new_doc(kind, day))
                author = self.pid[new[0]["owner"]] if new[0]["owner"] in self.pid else self.pid[mgr]
                for d in new:
                    self.add(d)
                    files[d["path"]] = render(d)
                    if "due" in d:
                        heapq.heappush(self.reviewable, (d["due"], d["id"]))
                    if d["kind"] in ("policy", "procedure", "plan", "risk", "supplier"):
                        editable.append(d["id"])
                added += len(new)
                stats["adds"] += len(new)
                subject = "Add %s" % ", ".join(d["id"] for d in new) if len(new) <= 3 else \
                    "Add %d %s documents" % (len(new), new[0]["kind"])
                msg = subject + "\n\n" + r.choice(self.sentences) + "\n"
                stream.commit(author, ts, msg, files)
                stats["commits"] += 1
                continue
            # an approval of a pending draft
            if self.pending and (i - self.pending[0][0] > 6 or r.random() < 0.25):
                _, did = self.pending.pop(0)
                d = self.docs[did]
                approver = self.approver_for(d["approver_role"], d["owner"])
                d["status"] = "approved"
                fm_set(d, "status", "approved")
                fm_set(d, "approved_by", approver["id"])
                fm_set(d, "approved_on", d2s(day))
                fm_set(d, "effective", d2s(day))
                self.set_reviewed(d, day)
                heapq.heappush(self.reviewable, (d["due"], did))
                msg = "Approve %s version %d.%d\n\n%s\n\nISMS-Approval: %s\n" % (
                    did, d["major"], d["minor"], r.choice(self.sentences), did)
                stream.commit(approver, ts, msg, {d["path"]: render(d)})
                stats["commits"] += 1
                stats["approvals"] += 1
                continue
            # a periodic review of the documents due soonest, by their owner
            if self.reviewable and r.random() < 0.6:
                due, did = self.reviewable[0]
                d = self.docs[did]
                if due != d.get("due") or d.get("status") == "draft":
                    heapq.heappop(self.reviewable)  # stale entry
                    if d.get("status") != "draft":
                        heapq.heappush(self.reviewable, (d["due"], did))
                    # fall through to an edit this time
                elif due <= day + dt.timedelta(days=45) or r.random() < 0.3:
                    owner = d["owner"]
                    batch = [did]
                    heapq.heappop(self.reviewable)
                    want = r.randint(1, 5)
                    # more of the same owner's documents that are due
                    skipped = []
                    while self.reviewable and len(batch) < want and len(skipped) < 50:
                        due2, did2 = heapq.heappop(self.reviewable)
                        d2 = self.docs[did2]
                        if due2 != d2.get("due") or d2.get("status") == "draft":
                            continue
                        if d2["owner"] == owner and due2 <= day + dt.timedelta(days=60):
                            batch.append(did2)
                        else:
                            skipped.append((due2, did2))
                    for e in skipped:
                        heapq.heappush(self.reviewable, e)
                    for bid in batch:
                        b = self.docs[bid]
                        self.set_reviewed(b, day)
                        heapq.heappush(self.reviewable, (b["due"], bid))
                        files[b["path"]] = render(b)
                    trailers = "".join("ISMS-Review: %s\n" % b for b in batch) + "ISMS-Outcome: unchanged\n"
                    subject = "Review %s" % ", ".join(batch) if len(batch) <= 3 else \
                        "Review %d documents of %s" % (len(batch), owner)
                    msg = "%s\n\nPeriodic review without changes.\n\n%s" % (subject, trailers)
                    stream.commit(self.pid[owner], ts, msg, files)
                    stats["commits"] += 1
                    stats["reviews"] += len(batch)
                    continue
            # an edit of 1-3 documents by one author
            batch = []
            for _ in range(r.randint(1, 3)):
                did = r.choice(editable)
                if did not in batch and self.docs[did].get("status") != "draft":
                    batch.append(did)
            if not batch:
                batch = [self.docs["POL-0001"]["id"]] if self.docs["POL-0001"]["status"] != "draft" else \
                    [r.choice(ANNEX_A)]
            author = self.pid[self.docs[batch[0]]["owner"]]
            for did in batch:
                d = self.docs[did]
                self.edit_body(d)
                kind = d["kind"]
                if kind in ("policy", "procedure", "plan"):
                    if r.random() < 0.15:
                        d["major"] += 1
                        d["minor"] = 0
                    else:
                        d["minor"] += 1
                    self.set_version(d)
                    d["status"] = "draft"
                    fm_set(d, "status", "draft")
                    self.pending.append((i, did))
                elif kind == "risk":
                    self.risk_values(d, day, d["owner"])
                    d["interval"] = 12 if d["level"] > 6 else d["interval"]
                    fm_set(d, "review_interval", str(d["interval"]))
                    self.set_reviewed(d, day)
                    heapq.heappush(self.reviewable, (d["due"], did))
                elif kind == "supplier":
                    self.set_reviewed(d, day)
                    heapq.heappush(self.reviewable, (d["due"], did))
                elif kind == "control" and d["applicable"]:
                    fm_set(d, "implementation", r.choice(["implemented"] * 6 + ["partial", "planned"]))
                files[d["path"]] = render(d)
            stats["edits"] += len(batch)
            subject = "Update %s" % ", ".join(batch)
            msg = "%s\n\n%s\n" % (subject, r.choice(self.sentences))
            stream.commit(author, ts, msg, files)
            stats["commits"] += 1

        main_tip = stream.mark
        # ---- bench-pr: one policy changed (body + version bump) off the tip
        policies = [d for d in self.order if self.docs[d]["kind"] == "policy" and d != "POL-0001"] or ["POL-0001"]
        pr_id = r.choice(policies)
        d = self.docs[pr_id]
        self.edit_body(d)
        d["minor"] += 1
        self.set_version(d)
        ts = stream.last_ts + 3600
        stream.commit(self.pid[d["owner"]], ts,
                      "Clarify %s\n\nTightens one section; version %d.%d.\n" % (pr_id, d["major"], d["minor"]),
                      {d["path"]: render(d)}, ref="refs/heads/bench-pr", parent=":%d" % main_tip)
        stream.finish()

        # the most-touched document for `review log`
        log_doc = self.pick_log_doc(stream.touches)
        meta = {
            "documents": len(self.docs), "commits_main": stats["commits"], "seed": self.seed,
            "people": len(self.people), "counts": self.kind_counts(), "stats": stats,
            "review_log_id": log_doc, "review_log_path": self.docs[log_doc]["path"],
            "review_log_commits": stream.touches.get(self.docs[log_doc]["path"], 0),
            "pr_branch": "bench-pr", "pr_base": "main", "pr_id": pr_id, "pr_path": d["path"],
            "today": d2s(self.today), "compact": self.compact,
        }
        return meta

    def pick_log_doc(self, touches):
        # a policy with a typical (median) number of commits, so `review log` is representative
        pols = sorted((touches.get(self.docs[d]["path"], 0), d) for d in self.order if self.docs[d]["kind"] == "policy")
        return pols[len(pols) // 2][1]

    def kind_counts(self):
        out = {}
        for d in self.docs.values():
            out[d["kind"]] = out.get(d["kind"], 0) + 1
        return out

    def new_doc(self, kind, day):
        r = self.rng
        if kind in ("policy", "procedure", "plan"):
            self.counters[kind] += 1
            n = self.counters[kind]
            prefix = {"policy": "POL", "procedure": "PROC", "plan": "PLAN"}[kind]
            topics = {"policy": POLICY_TOPICS, "procedure": PROC_TOPICS, "plan": PLAN_TOPICS}[kind]
            topic = topics[n % len(topics)]
            title = topic + (" policy" if kind == "policy" else "") + ("" if n <= len(topics) else
                                                                        " (%s)" % r.choice(AREAS))
            did = "%s-%04d" % (prefix, n)
            folder = {"policy": "policies", "procedure": "procedures", "plan": "plans"}[kind]
            owner = r.choice(self.owners)["id"]
            controls = sorted(r.sample(self.applicable_controls, r.randint(0, 4)), key=ANNEX_A.index)
            roles = [role for role in ["ciso", "ciso", "isms-manager", "top-management"]
                     if any(p["id"] != owner for p in self.by_role[role])]
            return self.controlled(did, kind, "%s/%s.md" % (folder, did), title, day, owner, r.choice(roles),
                                   clauses=sorted(r.sample(CLAUSES, r.randint(0, 2)), key=CLAUSES.index) or None,
                                   controls=controls or None, interval=r.choice([12, 12, 24]))
        if kind == "risk":
            self.counters["risk"] += 1
            return self.risk_doc(self.counters["risk"], day)
        if kind == "supplier":
            self.counters["supplier"] += 1
            return self.supplier_doc(self.counters["supplier"], day)
        return self.record_doc(kind, day)


class FastImport:
    """Writes commits to `git fast-import` with inline blobs."""

    def __init__(self, out):
        self.out = out
        self.proc = subprocess.Popen(["git", "-C", out, "fast-import", "--quiet", "--done"],
                                     stdin=subprocess.PIPE)
        self.buf = []
        self.size = 0
        self.mark = 0
        self.last_ts = 0
        self.touches = {}

    def _w(self, data):
        self.buf.append(data)
        self.size += len(data)
        if self.size > (8 << 20):
            self.flush()

    def flush(self):
        self.proc.stdin.write(b"".join(self.buf))
        self.buf, self.size = [], 0

    def commit(self, person, ts, message, files, ref="refs/heads/main", parent=None):
        self.mark += 1
        self.last_ts = max(self.last_ts, ts)
        ident = ("%s <%s> %d +0000" % (person["name"], person["email"], ts)).encode("utf-8")
        msg = message.encode("utf-8")
        out = [b"commit %s\nmark :%d\nauthor %s\ncommitter %s\ndata %d\n" % (ref.encode(), self.mark, ident, ident,
                                                                           len(msg)), msg, b"\n"]
        if parent:
            out.append(b"from %s\n" % parent.encode())
        for path in sorted(files):
            content = files[path]
            out.append(b"M 100644 inline %s\ndata %d\n" % (path.encode("utf-8"), len(content)))
            out.append(content)
            out.append(b"\n")
            if ref == "refs/heads/main":
                self.touches[path] = self.touches.get(path, 0) + 1
        out.append(b"\n")
        self._w(b"".join(out))

    def finish(self):
        self._w(b"done\n")
        self.flush()
        self.proc.stdin.close()
        if self.proc.wait() != 0:
            sys.exit("generate.py: git fast-import failed")
        # fast-import deltifies each object against the one written before it (chains 50 deep
        # across unrelated files); git's manual says to repack after an import. A repository that
        # lived under git (gc) or was cloned has path-ordered deltas like these.
        if subprocess.run(["git", "-C", self.out, "repack", "-a", "-d", "-f", "-q"]).returncode != 0:
            sys.exit("generate.py: git repack failed")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--documents", type=int, required=True, help="total ISMS documents (>= 100)")
    ap.add_argument("--commits", type=int, required=True, help="commits on main (>= 2)")
    ap.add_argument("--seed", type=int, default=27001)
    ap.add_argument("--today", default="2026-11-29", help="history ends two days before this day")
    args = ap.parse_args()
    if args.commits < 2:
        sys.exit("generate.py: --commits must be at least 2")
    if os.path.exists(args.out) and os.listdir(args.out):
        sys.exit("generate.py: %s exists and is not empty" % args.out)
    started = time.time()
    os.makedirs(args.out, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", args.out], check=True)
    gen = Generator(args.documents, args.commits, args.seed, dt.date.fromisoformat(args.today))
    gen.seed = args.seed
    meta = gen.run(args.out)
    subprocess.run(["git", "-C", args.out, "checkout", "-q", "-f", "main"], check=True)
    meta["generation_seconds"] = round(time.time() - started, 2)
    with open(os.path.join(args.out, ".git", "bench-meta.json"), "w") as f:
        json.dump(meta, f, indent=2, sort_keys=True)
    print(json.dumps(meta, sort_keys=True))


if __name__ == "__main__":
    main()
