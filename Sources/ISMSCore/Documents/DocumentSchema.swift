/// The field tables: one per document kind and one for `isms.yml`.
///
/// Every table lists every allowed key; any other key (except `x-…`) is an error.
public enum DocumentSchema {
  /// The states of a certification cycle (workflow d1).
  public static let cycleStates = [
    "preparing", "applied", "stage1_planned", "stage1_done", "stage1_concerns", "stage2_planned",
    "stage2_done",
    "nc_resolution", "decision_pending", "certified",
    "recert_planned", "recert_done", "suspended", "expired", "withdrawn", "lapsed",
  ]
  /// The states of an audit (workflow d2).
  public static let auditStates = [
    "planned", "scheduled", "in_progress", "fieldwork_done", "reported", "closed", "cancelled",
  ]
  /// The states of a finding (workflow d3).
  public static let findingStates = [
    "opened", "contained", "cause_analysed", "action_planned", "plan_submitted", "plan_accepted",
    "implemented",
    "verified", "closed", "rejected_plan", "reopened", "void", "escalated",
  ]

  /// The field table of `kind`.
  public static func fields(for kind: DocumentKind) -> [FieldSpec] {
    switch kind {
    case .policy, .procedure, .plan: return controlled
    case .control: return control
    case .risk: return risk
    case .supplier: return supplier
    case .objective: return objective
    case .competence: return competence
    case .metric: return metric
    case .managementReview: return managementReview
    case .cycle: return cycle
    case .audit: return audit
    case .finding: return finding
    case .answer: return answer
    case .assurance: return assurance
    case .supplierReview: return supplierReview
    case .activity: return activity
    case .evidence: return evidence
    case .sample: return sample
    }
  }

  /// A choice of the raw values of `type`.
  static func words<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> FieldType
  where T.RawValue == String {
    .choice(type.allCases.map(\.rawValue))
  }

  /// A number of months between reviews.
  static let months = FieldType.integer(NumberLimits.reviewMonths)
  private static let texts = FieldType.list(.text)

  static let common = [
    FieldSpec("id", .identifier, required: true),
    FieldSpec("kind", words(DocumentKind.self), required: true),
  ]

  private static let recordCommon = [
    FieldSpec("status", words(RecordStatus.self), required: true),
    FieldSpec("corrects", .identifier, reference: .document),
  ]

  /// One `history` entry of a workflow record.
  public static let historyEntry = [
    FieldSpec("on", .day, required: true),
    FieldSpec("by", .text, required: true, reference: .person),
    FieldSpec("event", .text, required: true),
    FieldSpec("from", .text),
    FieldSpec("to", .text, required: true),
    FieldSpec("note", .text),
    FieldSpec("rule", .text),
  ]

  /// `policy`, `procedure`, `plan`.
  public static let controlled =
    common + [
      FieldSpec("title", .text, required: true),
      FieldSpec("version", .version, required: true),
      FieldSpec("status", words(DocumentStatus.self), required: true),
      FieldSpec("owner", .text, required: true, reference: .person),
      FieldSpec("approver_role", words(Role.self), required: true),
      FieldSpec("classification", words(Classification.self), required: true),
      FieldSpec("review_interval", months),
      FieldSpec("last_review", .day),
      FieldSpec("next_review", .day),
      FieldSpec("effective", .day),
      FieldSpec("approved_by", .text, reference: .person),
      FieldSpec("approved_on", .day),
      FieldSpec("mandatory", .list(words(MandatoryDocument.self))),
      FieldSpec("clauses", .list(.text), reference: .clause),
      FieldSpec("controls", .list(.text), reference: .control),
      FieldSpec("retired_reason", .text),
      FieldSpec("history", .list(.object(historyEntry))),
    ]

  /// `control`: one SoA entry.
  public static let control =
    common + [
      FieldSpec("title", .text),
      FieldSpec("applicability", words(Applicability.self), required: true),
      FieldSpec("justification", .text),
      FieldSpec("public_justification", .text),
      FieldSpec("implementation", words(Implementation.self)),
      FieldSpec("owner", .text, reference: .person),
      FieldSpec("policies", .list(.identifier), reference: .document),
      FieldSpec("risks", .list(.identifier), reference: .risk),
      FieldSpec("evidence", texts),
    ]

  /// `risk`: the ``RiskField``s.
  public static let risk = common + RiskField.allCases.map(\.spec)

  /// `supplier`.
  public static let supplier =
    common + [
      FieldSpec("title", .text, required: true),
      FieldSpec("service", .text, required: true),
      FieldSpec("data", texts, required: true),
      FieldSpec("criticality", .choice(["low", "medium", "high", "critical"]), required: true),
      FieldSpec("owner", .text, required: true, reference: .person),
      FieldSpec(
        "certifications",
        .dictionary(
          .object([
            FieldSpec("certificate", .text),
            FieldSpec("expires", .day),
            FieldSpec("type", .integer(NumberLimits.soc2Type)),
            FieldSpec("period_start", .day),
            FieldSpec("period_end", .day),
          ]))),
      FieldSpec("review_interval", months),
      FieldSpec("last_review", .day),
      FieldSpec("next_review", .day),
      FieldSpec("controls", .list(.text), reference: .control),
      FieldSpec("location", .text),
      FieldSpec("dpa", .text),
    ]

  /// `objective` (6.2, R43): every plan element is required.
  public static let objective =
    common + recordCommon + [
      FieldSpec("title", .text, required: true),
      FieldSpec("metric", .text, required: true),
      FieldSpec("target", .text, required: true),
      FieldSpec("owner", .text, required: true, reference: .person),
      FieldSpec("due", .day, required: true),
      FieldSpec("resources", .text, required: true),
      FieldSpec("evaluation_method", .text, required: true),
      FieldSpec("progress", .choice(["not-started", "on-track", "at-risk", "achieved", "missed"])),
    ]

  /// `competence` (7.2 d).
  public static let competence =
    common + recordCommon + [
      FieldSpec("title", .text, required: true),
      FieldSpec("people", .list(.text), required: true, reference: .person),
      FieldSpec("date", .day, required: true),
      FieldSpec("evidence", .text, required: true),
    ]

  /// `metric` (9.1).
  public static let metric =
    common + recordCommon + [
      FieldSpec("title", .text, required: true),
      FieldSpec("objective", .identifier, reference: .objective),
      FieldSpec("period_start", .day, required: true),
      FieldSpec("period_end", .day, required: true),
      FieldSpec("value", .text, required: true),
      FieldSpec("measured_by", .text, required: true, reference: .person),
    ]

  /// One decision of a management review (9.3.3, R51).
  public static let decision = [
    FieldSpec("id", .identifier, required: true),
    FieldSpec("decision", .text, required: true),
    FieldSpec("owner", .text, required: true, reference: .person),
    FieldSpec("due", .day, required: true),
    FieldSpec("status", .choice(["open", "done", "dropped"]), required: true),
  ]

  /// `management-review` (9.3).
  public static let managementReview =
    common + recordCommon + [
      FieldSpec("title", .text, required: true),
      FieldSpec("date", .day, required: true),
      FieldSpec("attendees", .list(.text), required: true, reference: .person),
      FieldSpec("inputs", .object(ReviewInput.allCases.map { FieldSpec($0.rawValue, .text) })),
      FieldSpec("decisions", .list(.object(decision))),
    ]

  /// `cycle` (d1).
  public static let cycle =
    common + [
      FieldSpec("title", .text, required: true),
      FieldSpec("standard", words(Framework.self), required: true),
      FieldSpec("certification_body", .text),
      FieldSpec("status", .choice(cycleStates), required: true),
      FieldSpec("decision_date", .day),
      FieldSpec("expiry", .day),
      FieldSpec("certificate", .text),
      FieldSpec("soa_version", .version),
      FieldSpec("surveillance_anchor", .choice(["decision", "stage2_end"])),
      FieldSpec(
        "overrides",
        .list(
          .object([
            FieldSpec("rule", .text, required: true),
            FieldSpec("new_due", .day),
            FieldSpec("justification", .text, required: true),
            FieldSpec("cb_ref", .text),
          ]))),
      FieldSpec("history", .list(.object(historyEntry))),
    ]

  /// `audit` (d2).
  public static let audit =
    common + [
      FieldSpec("title", .text, required: true),
      FieldSpec("type", words(AuditType.self), required: true),
      FieldSpec("cycle", .identifier, reference: .cycle),
      FieldSpec("status", .choice(auditStates), required: true),
      FieldSpec("start", .day),
      FieldSpec("end", .day),
      FieldSpec("lead_auditor", .text, reference: .person),
      FieldSpec("auditors", .list(.text), reference: .person),
      FieldSpec("auditor_name", .text),
      FieldSpec("mode", .choice(["onsite", "remote", "hybrid"])),
      FieldSpec(
        "scope",
        .object([
          FieldSpec("clauses", .list(.text), reference: .clause),
          FieldSpec("controls", .list(.text), reference: .control),
          FieldSpec("areas", texts),
        ])),
      FieldSpec("criteria", texts),
      FieldSpec("report_date", .day),
      FieldSpec("reported_to", .list(.text), reference: .person),
      FieldSpec("conclusion", .text),
      FieldSpec(
        "concerns",
        .list(
          .object([
            FieldSpec("id", .identifier, required: true),
            FieldSpec("text", .text, required: true),
            FieldSpec("status", .choice(["open", "addressed", "accepted-risk"]), required: true),
          ]))),
      FieldSpec("history", .list(.object(historyEntry))),
    ]

  /// `finding` (d3).
  public static let finding =
    common + [
      FieldSpec("title", .text, required: true),
      FieldSpec("audit", .identifier, reference: .audit),
      FieldSpec("source", .choice(["audit", "incident", "monitoring", "other"]), required: true),
      FieldSpec("grade", words(FindingGrade.self), required: true),
      FieldSpec("requirement", .text, reference: .requirement),
      FieldSpec("statement", .text, required: true),
      FieldSpec("evidence", .text),
      FieldSpec("status", .choice(findingStates), required: true),
      FieldSpec("raised_on", .day, required: true),
      FieldSpec("due", .day),
      FieldSpec("correction", .text),
      FieldSpec("root_cause", .text),
      FieldSpec("similar_nc_check", .text),
      FieldSpec(
        "actions",
        .list(
          .object([
            FieldSpec("action", .text, required: true),
            FieldSpec("owner", .text, required: true, reference: .person),
            FieldSpec("due", .day, required: true),
            FieldSpec("status", .choice(["open", "done", "dropped"])),
          ]))),
      FieldSpec("implemented_on", .day),
      FieldSpec("implementation_evidence", .text),
      FieldSpec("verified_by", .text, reference: .person),
      FieldSpec("verified_on", .day),
      FieldSpec(
        "verification_method", .choice(["full_audit", "limited_audit", "documentary", "next_audit"])),
      FieldSpec("verified_at_audit", .identifier, reference: .audit),
      FieldSpec("isms_change", .text),
      FieldSpec("escalated_from", .identifier, reference: .document),
      FieldSpec("escalated_to", .identifier, reference: .document),
      FieldSpec("history", .list(.object(historyEntry))),
    ]

  /// One entry of `isms.yml` `people`.
  public static let person = [
    FieldSpec("id", .identifier, required: true),
    FieldSpec("name", .text, required: true),
    FieldSpec("email", .text, required: true),
    FieldSpec("roles", .list(words(Role.self)), required: true),
    FieldSpec("forge", .text),
    FieldSpec("areas", texts),
  ]

  /// `isms.yml`.
  public static let config = [
    FieldSpec("organization", .text, required: true),
    FieldSpec("scope", .text, required: true),
    FieldSpec("framework", words(Framework.self), required: true),
    FieldSpec("people", .list(.object(person)), required: true),
    FieldSpec(
      "review_intervals",
      .object(["policy", "procedure", "plan", "risk", "supplier"].map { FieldSpec($0, months) })),
    FieldSpec(
      "risk_method",
      .object([
        FieldSpec("likelihood", texts, required: true),
        FieldSpec("impact", texts, required: true),
        FieldSpec("acceptance_threshold", .integer(NumberLimits.riskLevel), required: true),
        FieldSpec(
          "bands",
          .list(
            .object([
              FieldSpec("name", .text, required: true),
              FieldSpec("max", .integer(NumberLimits.riskLevel), required: true),
            ]))),
      ]), required: true),
    FieldSpec("certification_body", .object([FieldSpec("name", .text), FieldSpec("contact", .text)])),
    FieldSpec(
      "findings",
      .object(
        ["major_days", "minor_days", "internal_major_days", "internal_minor_days", "soak_days"].map {
          FieldSpec($0, .integer(NumberLimits.days))
        })),
    FieldSpec("trust", .object(trust)),
    suppliersConfig,
    soc2Scope,
  ]
}
