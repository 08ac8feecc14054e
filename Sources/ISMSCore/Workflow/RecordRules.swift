/// Finding checks shared by the `finding verify` command and `isms validate`, so both judge alike.
public enum FindingRules {
  /// What is wrong with verifying a CB minor "at the next audit" (R53) by naming `audit`:
  /// no such audit, an internal audit, or one that began before the finding was raised.
  public static func nextAuditProblem(audit: Document?, named name: String, finding: FindingRecord) -> String?
  {
    guard let audit, let fields = audit.audit else { return "`\(name)` names no audit record" }
    if fields.type?.isExternal != true {
      return "\(audit.id) is an internal audit; the CB verifies a minor at one of its own later audits"
    }
    if let start = fields.start, let raised = finding.raisedOn, start < raised {
      return "\(audit.id) began on \(start), before the finding was raised on \(raised)"
    }
    return nil
  }

  /// How to fix a ``nextAuditProblem(audit:named:finding:)``.
  public static let nextAuditFix =
    "name the external audit, after the finding was raised, at which the CB verified it"
}

/// Cycle facts shared by the checks of `isms validate` and `isms review pr`.
public enum CycleRules {
  /// The states reached only through a certification decision.
  public static let decidedStates: Set<CycleState> = [
    .certified, .recertPlanned, .recertDone, .suspended, .expired, .withdrawn, .lapsed,
  ]

  /// The documents stage 2 audits in force: the security policy, the SoA and the risk treatment plan (R34).
  public static let stage2CoreDocuments: [MandatoryDocument] = [
    .securityPolicy, .statementOfApplicability, .riskTreatmentPlan,
  ]
}
