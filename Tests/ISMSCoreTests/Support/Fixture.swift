import Foundation
import ISMSCore

/// A minimal ISMS that validates without a single diagnostic, and tools to break it.
struct Fixture {
  static let today = Day(year: 2026, month: 6, day: 1) ?? Day(daysSinceEpoch: 0)

  static let clauses = """
    # ISO/IEC 27001:2022 clauses (test subset)
    id\ttitle\tparent
    4\tContext of the organization\t
    4.1\tUnderstanding the organization\t4
    5\tLeadership\t
    5.2\tPolicy\t5
    9\tPerformance evaluation\t
    9.2\tInternal audit\t9
    """

  static let annexA = """
    id\ttitle\ttheme\tcontrol_type\tsecurity_properties\tcybersecurity_concepts\toperational_capabilities\tsecurity_domains
    A.5.1\tPolicies for information security\tOrganizational\tPreventive\tConfidentiality,Integrity,Availability\tIdentify\tGovernance\tGovernance_and_Ecosystem,Resilience
    A.5.15\tAccess control\tOrganizational\tPreventive\tConfidentiality\tProtect\tIdentity_and_access_management\tProtection
    A.8.7\tProtection against malware\tTechnological\tPreventive,Detective\tConfidentiality\tProtect,Detect\tSystem_and_network_security\tProtection
    A.8.13\tInformation backup\tTechnological\tCorrective\tIntegrity,Availability\tRecover\tContinuity\tProtection
    """

  static var catalogs: Catalogs {
    get throws {
      try Catalogs(files: [Catalogs.File.clauses: clauses, Catalogs.File.annexA: annexA])
    }
  }

  var files: [String: String] = [
    "isms.yml": """
    organization: Nordlicht Analytics GmbH
    scope: The Nordlicht SaaS platform
    framework: iso27001:2022
    people:
      - id: mweber
        name: Marta Weber
        email: marta@nordlicht.example
        roles: [top-management]
      - id: jdoe
        name: Jan Doe
        email: jan@nordlicht.example
        roles: [ciso, risk-owner]
        areas: [engineering]
      - id: kfischer
        name: Kai Fischer
        email: kai@nordlicht.example
        roles: [internal-auditor]
        areas: [finance]
    risk_method:
      likelihood: [Rare, Unlikely, Possible, Likely, Almost certain]
      impact: [Negligible, Minor, Moderate, Major, Severe]
      acceptance_threshold: 6
    """,
    "README.md": "# Our ISMS\n\nNo front-matter here.\n",
    "templates/policy.md": "---\nid: TEMPLATE\nkind: nonsense\n---\n",
    ".github/notes.md": "---\nbroken: [\n---\n",
    "policies/pol-001.md": """
    ---
    id: POL-001
    kind: policy
    title: Information Security Policy
    version: "2.1"
    status: approved
    owner: jdoe
    approver_role: top-management
    classification: internal
    last_review: 2026-03-02
    next_review: 2027-03-02
    effective: 2025-04-01
    approved_by: mweber
    approved_on: 2025-03-28
    mandatory: security-policy
    clauses: ["5.2"]
    controls: [A.5.1, A.5.15]
    ---
    # Information Security Policy
    """,
    "plans/isms-manual.md": """
    ---
    id: PLAN-001
    kind: plan
    title: ISMS manual
    version: 1.0
    status: approved
    owner: jdoe
    approver_role: ciso
    classification: internal
    last_review: 2026-01-10
    effective: 2026-01-10
    approved_by: jdoe
    approved_on: 2026-01-10
    mandatory: [scope, risk-assessment-process, risk-treatment-process, statement-of-applicability, risk-treatment-plan, objectives, audit-programme]
    ---
    The manual.
    """,
    "controls/A.5.1.md": """
    ---
    id: A.5.1
    kind: control
    applicability: applicable
    justification: Required by the risk assessment
    implementation: implemented
    owner: jdoe
    policies: [POL-001]
    ---
    """,
    "controls/A.5.15.md": """
    ---
    id: A.5.15
    kind: control
    applicability: applicable
    justification: Access to customer data
    implementation: partial
    owner: jdoe
    ---
    """,
    "controls/A.8.7.md": """
    ---
    id: A.8.7
    kind: control
    applicability: applicable
    justification: Ransomware risk
    implementation: planned
    owner: jdoe
    risks: [RISK-001]
    ---
    """,
    "controls/A.8.13.md": """
    ---
    id: A.8.13
    kind: control
    applicability: excluded
    justification: No data is stored; the platform is stateless
    ---
    """,
    "risks/risk-001.md": """
    ---
    id: RISK-001
    kind: risk
    title: Ransomware on the build infrastructure
    asset: CI/CD pipeline
    threat: Ransomware
    vulnerability: Unpatched runners
    owner: jdoe
    likelihood: 3
    impact: 4
    level: 12
    treatment: modify
    controls: [A.8.7]
    residual_likelihood: 1
    residual_impact: 2
    assessed_on: 2026-01-10
    ---
    """,
    "suppliers/aws.md": """
    ---
    id: SUP-001
    kind: supplier
    title: Amazon Web Services EMEA SARL
    service: Cloud hosting
    data: [customer-data]
    criticality: critical
    owner: jdoe
    certifications:
      iso27001: { certificate: "C-1", expires: 2027-05-01 }
    last_review: 2026-02-01
    dpa: "DPA of 2025-01-01"
    ---
    """,
    "records/objectives/obj-1.md": """
    ---
    id: OBJ-2026-01
    kind: objective
    title: Patch fast
    metric: Median days to patch
    target: "≤ 7 days"
    owner: jdoe
    due: 2026-12-31
    resources: Two engineers
    evaluation_method: Quarterly dashboard
    status: final
    ---
    """,
    "records/competence/c-1.md": """
    ---
    id: COMP-2026-001
    kind: competence
    title: Secure coding training
    people: [jdoe]
    date: 2026-02-10
    evidence: LMS export
    status: final
    ---
    """,
    "records/metrics/m-1.md": """
    ---
    id: MET-2026-Q1
    kind: metric
    title: Patch latency Q1
    objective: OBJ-2026-01
    period_start: 2026-01-01
    period_end: 2026-03-31
    value: 5.5 days
    measured_by: jdoe
    status: final
    ---
    """,
    "records/management-reviews/mr-1.md": """
    ---
    id: MR-2026-01
    kind: management-review
    title: Management review 2026
    date: 2026-03-12
    status: final
    attendees: [mweber, jdoe]
    inputs:
      previous_actions: none open
      external_internal_issues: new customer
      interested_parties: no change
      nonconformities: one minor
      monitoring_results: on target
      audit_results: see AUD-2026-INT-01
      objectives: on track
      interested_party_feedback: none
      risk_assessment: RISK-001 treated
      improvement: automate patching
    decisions:
      - id: MR-2026-01-D1
        decision: Automate patching
        owner: jdoe
        due: 2026-09-30
        status: open
    ---
    """,
    "records/audits/aud-1.md": """
    ---
    id: AUD-2026-INT-01
    kind: audit
    title: Internal audit 2026
    type: internal
    status: reported
    start: 2026-02-09
    end: 2026-02-11
    lead_auditor: kfischer
    scope:
      clauses: ["4.1", "9.2"]
      controls: [A.5.1]
      areas: [engineering]
    report_date: 2026-02-20
    reported_to: [mweber]
    ---
    """,
    "records/findings/nc-1.md": """
    ---
    id: NC-2026-001
    kind: finding
    title: Access reviews not performed
    audit: AUD-2026-INT-01
    source: audit
    grade: minor
    requirement: A.5.15
    statement: No access reviews for the warehouse
    evidence: Review log empty since 2025
    status: opened
    raised_on: 2026-02-11
    ---
    """,
    "records/cycles/cyc-1.md": """
    ---
    id: CYC-2025
    kind: cycle
    title: Certification 2025–2028
    standard: iso27001:2022
    status: certified
    decision_date: 2025-06-20
    expiry: 2028-06-19
    ---
    """,
  ]

  var snapshot: InMemorySnapshot { InMemorySnapshot(files) }

  /// The fixture with `find` replaced by `replace` in `path` (which must contain it).
  func replacing(_ find: String, with replace: String, in path: String) -> Fixture {
    var copy = self
    copy.files[path] = files[path]?.replacingOccurrences(of: find, with: replace)
    return copy
  }

  /// Validates the fixture.
  func validate() throws -> ValidationReport {
    Validator.validate(snapshot: snapshot, catalogs: try Fixture.catalogs, today: Fixture.today)
  }
}
