/// Words and badge colours for values shown in a packet.
enum PacketLabels {
  /// The CSS class of a badge for a status or state: `good`, `warn`, `bad` or `""` (neutral).
  static func badgeClass(_ status: String?) -> String {
    switch status ?? "" {
    case "approved", "final", "closed", "verified", "implemented", "applicable", "certified", "reported",
      "achieved", "done", "on-track", "added":
      "good"
    case "draft", "planned", "scheduled", "partial", "open", "in_progress", "fieldwork_done", "contained",
      "cause_analysed", "action_planned", "plan_submitted", "plan_accepted", "undecided", "at-risk",
      "not-started", "changed", "renamed", "recert_planned", "changed_since_approval":
      "warn"
    case "not-implemented", "missing", "escalated", "reopened", "rejected_plan", "missed", "suspended",
      "expired", "withdrawn", "lapsed", "overdue", "removed", "major", "minor", "high":
      "bad"
    default:
      ""
    }
  }

  /// `approved_by` → `Approved by`.
  static func fieldLabel(_ key: String) -> String {
    if let known = known[key] { return known }
    let words = String(key.map { $0 == "_" ? " " : $0 })
    return words.prefix(1).uppercased() + words.dropFirst()
  }

  private static let known: [String: String] = [
    "approver_role": "Approver role", "clauses": "Clauses", "controls": "Annex A controls",
    "mandatory": "Mandatory document", "ISMS": "ISMS", "cb_ref": "CB reference",
    "soa_version": "SoA version", "cb_response_due": "CB response due",
    "similar_nc_check": "Similar nonconformities checked", "isms_change": "ISMS change",
  ]

  /// The fields that name people, shown with the person's name.
  static let personFields: Set<String> = [
    "owner", "approved_by", "accepted_by", "lead_auditor", "auditors", "measured_by", "verified_by",
    "attendees", "reported_to", "people", "by",
  ]

  /// `management-review` → `Management review`.
  static func kindLabel(_ kind: DocumentKind) -> String {
    switch kind {
    case .policy: "Policy"
    case .procedure: "Procedure"
    case .plan: "Plan"
    case .control: "Statement of Applicability entry"
    case .risk: "Risk"
    case .supplier: "Supplier"
    case .objective: "Objective"
    case .competence: "Competence record"
    case .metric: "Measurement"
    case .audit: "Audit"
    case .finding: "Finding"
    case .managementReview: "Management review"
    case .cycle: "Certification cycle"
    case .answer: "Questionnaire answer"
    case .assurance: "Supplier assurance"
    case .supplierReview: "Supplier review"
    case .activity: "Control activity"
    case .evidence: "Evidence"
    case .sample: "Sample"
    }
  }
}
